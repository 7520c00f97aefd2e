package attribute

import (
	"bytes"
	"hash/maphash"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/verbatim-nlp/verbatim/quote"
)

// nameBits are the lexicon sections a word of a personal name may be
// in: "Said" and "Mr" may start one, "Maria" is a given name, "Le" a
// particle, "Won" an office verb; function-word lists say nothing either
// way ("May", "March").
const nameBits = bitCue | bitHonorific | bitFemale | bitMale | bitParticle | bitOfficeVerb | bitOfficePass | funcBits

// maxNameWords bounds a personal name in tokens ("José Luis Rodríguez
// Zapatero" is four; initials and particles count).
const maxNameWords = 6

// scanNames registers the people an article names anywhere outside
// quotes — subjects, objects, possessives, lists, captions — so that a
// later "Okonkwo said" or "she said" finds the fullest name. A run of
// two or more name words is a person when something says so: a given
// name first ("Maria Okonkwo"), its last word standing alone elsewhere
// ("Okonkwo"), an honorific or title before it, or a cue, an age or an
// appositive after it. "the" before the run, or a capitalised lexicon
// word after it ("Fort Worth Police", "George Washington University"),
// makes it a body or a place.
func (d *doc) scanNames() {
	alone := map[uint64]bool{}
	for i := 0; i < len(d.toks); {
		if !d.capName(i) {
			i++
			continue
		}
		j := d.nameRunEnd(i)
		k := i
		for k < j-1 && d.in(bitHonorific, k) {
			k++ // "Ms Le Pen" stands for "Le Pen"
		}
		if j > k+1 || k > i || !d.sentenceStart(i) {
			alone[nameKey(d.src[d.toks[k].s:d.toks[j-1].e])] = true
		}
		i = j
	}
	for i := 0; i < len(d.toks); {
		if !d.capName(i) && !d.initial(i) {
			i++
			continue
		}
		j := d.nameRunEnd(i)
		if j <= i {
			i++
			continue
		}
		// "World Cup winner Lionel Messi", "Derek Chauvin Lionel": a
		// given name inside the run starts the name.
		for k := i + 1; k < j-1; k++ {
			if d.givenName(k) != 0 && !d.in(bitParticle, k) && d.givenName(i) == 0 {
				i = k
				break
			}
		}
		if j-i >= 2 && d.commonWord(i) {
			i++ // "Rival Jane Roe had mocked …"
		}
		if j-i >= 2 && d.personRun(i, j, alone) {
			e := d.person(i, j)
			d.addMention(e, d.mention(i, j), quote.Mention{})
		}
		i = j
	}
}

// nameSeed keys the names scanNames has seen standing alone.
var nameSeed = maphash.MakeSeed()

// nameKey is the key of a run of name words as written, on one line
// ("Le\nPen" is "Le Pen"): a 64-bit hash, so that keeping a name
// allocates nothing.
func nameKey(w []byte) uint64 {
	if bytes.ContainsAny(w, "\n\r") {
		return maphash.String(nameSeed, oneLine(string(w)))
	}
	return maphash.Bytes(nameSeed, w)
}

// nameRunEnd returns the end of the run of name words that starts at i.
func (d *doc) nameRunEnd(i int) int {
	j := i
	for j < len(d.toks) && j-i < maxNameWords {
		if j > i && (d.toks[j].para != d.toks[i].para || d.toks[j].sent != d.toks[i].sent) {
			return j
		}
		if j > i && d.in(bitCue, j) && d.capName(j+1) && d.toks[j+1].sent == d.toks[i].sent {
			// A title-case headline: "Mayor Roe Slams Governor Lee".
			return j
		}
		switch {
		case d.capName(j) || d.hyphenParticle(j) && j > i:
		case d.initial(j) && d.capName(j+1) || d.initial(j) && d.initial(j+1):
		case j > i && d.particle(j):
		default:
			return j
		}
		j++
	}
	return j
}

// personRun reports whether the name words [i, j) name a person.
func (d *doc) personRun(i, j int, alone map[uint64]bool) bool {
	if d.is(i-1, "the") {
		return false // "the Rose Garden", "the Red Cross"
	}
	if d.word(j) && d.toks[j].cap && !d.toks[j].inQ && !d.in(bitStop, j) && !d.isCue(j) {
		return false // part of a longer proper name: "Fort Worth Police"
	}
	first := i
	for first < j && d.in(bitHonorific, first) {
		first++
	}
	switch {
	case first > i, d.in(bitHonorific, i-1), d.in(bitTitle, i-1):
		return true
	case d.givenName(first) != 0 && !d.initial(first):
		return true
	case d.word(i-1) && d.toks[i-1].cap && !d.sentenceStart(i-1):
		return false // a title-case headline: "He Believes Biden’s Weak"
	case d.bodyLink(i):
		return false // "the Board on Public Safety"
	case d.suffixAlone(i+1, j, alone):
		return true
	case d.isCue(j):
		return true
	}
	if j+2 < len(d.toks) && d.toks[j].kind == tComma && d.word(j+1) && d.src[d.toks[j+1].s] >= '0' && d.src[d.toks[j+1].s] <= '9' && d.toks[j+2].kind == tComma {
		return true // "Maria Okonkwo, 52,"
	}
	_, _, ok := d.appositive(j)
	return ok
}

// suffixAlone reports whether a run of name words ending at j and
// starting at or after i stands alone elsewhere: "Le Pen" for "Marine
// Le Pen", "Erdogan" for "Recep Tayyip Erdogan".
func (d *doc) suffixAlone(i, j int, alone map[uint64]bool) bool {
	for k := i; k < j; k++ {
		if alone[nameKey(d.src[d.toks[k].s:d.toks[j-1].e])] {
			return true
		}
	}
	return false
}

// sentenceStart reports whether token t opens its sentence, past
// opening quote marks and dashes: a capital there says nothing.
func (d *doc) sentenceStart(t int) bool {
	for k := t - 1; k >= 0; k-- {
		if d.toks[k].sent != d.toks[t].sent {
			return true
		}
		switch d.toks[k].kind {
		case tQuote, tDash, tParen, tOther:
			continue
		}
		return false
	}
	return true
}

// particle reports whether t is a lower-case particle inside a name:
// particles, then a capitalised name word ("van der Berg").
func (d *doc) particle(t int) bool {
	k := t
	for k < len(d.toks) && k < t+3 && d.in(bitParticle, k) && !d.toks[k].cap && !d.toks[k].inQ {
		k++
	}
	return k > t && (d.capName(k) || d.hyphenParticle(k))
}

// initial reports whether t is an initial such as "R.".
func (d *doc) initial(t int) bool {
	if !d.word(t) || d.toks[t].inQ {
		return false
	}
	tk := &d.toks[t]
	return tk.e-tk.s == 2 && d.src[tk.s] >= 'A' && d.src[tk.s] <= 'Z' && d.src[tk.s+1] == '.'
}

// hyphenParticle reports whether t is a name with a hyphenated
// lower-case particle: "al-Assad", "el-Sisi".
func (d *doc) hyphenParticle(t int) bool {
	if !d.word(t) || d.toks[t].cap || d.toks[t].inQ {
		return false
	}
	tk := &d.toks[t]
	w := d.src[tk.s:tk.e]
	h := bytes.IndexByte(w, '-')
	if h <= 0 || h+1 >= len(w) {
		return false
	}
	if _, ok := d.a.sec[secParticle][string(d.lower[tk.s:int(tk.s)+h])]; !ok {
		return false
	}
	r, _ := utf8.DecodeRune(w[h+1:])
	return unicode.IsUpper(r)
}

// givenName returns 'f' or 'm' when token t is a word that tells a
// gender (a given name, an honorific, a gendered noun or pronoun), else 0.
func (d *doc) givenName(t int) byte {
	if !d.word(t) {
		return 0
	}
	f, m := d.in(bitFemale, t), d.in(bitMale, t)
	switch {
	case f && !m:
		return 'f'
	case m && !f:
		return 'm'
	}
	return 0
}

// noteGender records what a new mention or title of person e says of
// its gender: an honorific or given name at the mention ("Ms Le Pen",
// "Maria Okonkwo").
func (d *doc) noteGender(e int, m quote.Mention) {
	en := &d.ents[e]
	if en.kind != KindPerson || en.gender != 0 {
		return
	}
	if m.End > m.Start {
		t := d.tokAt(m.Start)
		// A lone name in news is a surname, which a given-name list
		// cannot tell ("Erdogan", "Santos" are given names somewhere):
		// the given name must be followed by another name word.
		if g := d.givenName(t); g != 0 && d.toks[t].cap && d.capName(t+1) && d.toks[t+1].s < int32(m.End) {
			en.gender = g
			return
		}
		if d.in(bitHonorific, t-1) {
			if g := d.givenName(t - 1); g != 0 {
				en.gender = g
				return
			}
		}
	}
	// Title words are not read: the given-name list holds common
	// nouns ("Mayor") that would misgender a titled person.
}

// genderOf returns the gender of person e: 'f', 'm', or 0 when unknown.
func (d *doc) genderOf(e int) byte {
	if d.ents[e].kind != KindPerson {
		return 0
	}
	if g := d.ents[e].gender; g != 0 {
		return g
	}
	return d.ents[e].pronGender
}

// antecedent returns the person a personal pronoun at token t refers
// to, or -1: the last person named in its paragraph whose gender agrees,
// else the last speaker or subject if it agrees, else the last person
// who agrees within antecedentWindow tokens. A gender-free person
// takes the pronoun's gender.
func (d *doc) antecedent(t int) int {
	g := d.givenName(t)
	agrees := func(e int) bool {
		if e < 0 || d.ents[e].kind != KindPerson {
			return false
		}
		eg := d.genderOf(e)
		return g == 0 || eg == 0 || eg == g
	}
	// First people the article shows to be people (a gender, a full
	// name or a title): a bare "OpenAI" credited with words may be a
	// company.
	sure := func(e int) bool { return agrees(e) && d.personLike(e) }
	// The last speaker, named in the pronoun's paragraph, comes first:
	// "Mr Biden, beside Kamala Harris, welcomed … “…,” he said".
	e := -1
	if lp := d.lastPerson; sure(lp) {
		if o := d.lastBefore(lp, int(d.toks[t].s)); o >= 0 && d.toks[d.tokAt(o)].para == d.toks[t].para {
			e = lp
		}
	}
	if e < 0 {
		e = d.recentAgreeing(t, sure, true)
	}
	if e < 0 && g != 0 {
		e = d.latestSubject(t, sure)
	}
	if e < 0 && sure(d.lastPerson) {
		e = d.lastPerson
	}
	if e < 0 {
		e = d.recentAgreeing(t, agrees, true)
	}
	if e < 0 && agrees(d.lastPerson) {
		e = d.lastPerson
	}
	if e >= 0 && g != 0 && d.ents[e].pronGender == 0 {
		d.ents[e].pronGender = g
	}
	return e
}

// personLike reports whether person e has a gender, a name of two or
// more words, or a title.
func (d *doc) personLike(e int) bool {
	en := &d.ents[e]
	return len(en.nameToks) >= 2 || len(en.titles) > 0 || d.genderOf(e) != 0
}

// antecedentWindow is how far back, in tokens, a pronoun looks for a
// person of its gender outside its paragraph.
const antecedentWindow = 400

// recentAgreeing returns the person mentioned last before token t for
// which ok holds: in t's paragraph, or within antecedentWindow tokens.
func (d *doc) recentAgreeing(t int, ok func(int) bool, samePara bool) int {
	off, para := int(d.toks[t].s), d.toks[t].para
	minOff := int(d.toks[max(0, t-antecedentWindow)].s)
	best, bestOff := -1, -1
	for i := range d.ents {
		if d.ents[i].kind != KindPerson {
			continue
		}
		o := d.lastBefore(i, off)
		if o <= bestOff || o < 0 || samePara && d.toks[d.tokAt(o)].para != para || !samePara && o < minOff {
			continue
		}
		if ok(i) {
			best, bestOff = i, o
		}
	}
	return best
}

// bodyWindow is how far back, in tokens, "the company" looks for the
// body it stands for.
const bodyWindow = 80

// bodyBefore returns the organisation that a descriptor at token t
// ("the company", "the board") stands for: the nearest name before it,
// outside quotes and not at a sentence start, that is not a person the
// article shows to be one; -1 if none.
func (d *doc) bodyBefore(t int) int {
	for j := t; j > 0 && j > t-bodyWindow; {
		if !d.capName(j - 1) {
			j--
			continue
		}
		i := j - 1
		for i > 0 && d.capName(i-1) && d.toks[i-1].sent == d.toks[j-1].sent {
			i--
		}
		if !d.sentenceStart(i) && !d.in(bitStop, i) {
			person := false
			for _, e := range d.byTok[string(d.src[d.toks[j-1].s:d.toks[j-1].e])] {
				person = person || d.ents[e].kind == KindPerson && d.runIn(i, j, d.ents[e].nameToks) && d.personLike(e)
			}
			if !person && d.givenName(i) == 0 {
				return d.named(KindOrganization, i, j)
			}
		}
		j = i
	}
	return -1
}

// capitalBody reports whether tokens [a, b) after "the" name a body:
// capitalised words, none a title or honorific ("the White Helmets",
// not "the Russian President Vladimir Putin"), that do not end in the
// name of a person the article shows to be one.
func (d *doc) capitalBody(a, b int) bool {
	for t := a; t < b; t++ {
		if !d.word(t) || !d.toks[t].cap || d.toks[t].inQ || d.in(bitStop, t) || d.in(bitTitle, t) || d.in(bitHonorific, t) {
			return false
		}
	}
	if d.givenName(a) != 0 {
		return false
	}
	for _, e := range d.byTok[string(d.src[d.toks[b-1].s:d.toks[b-1].e])] {
		if d.ents[e].kind == KindPerson && d.personLike(e) {
			return false
		}
	}
	return true
}

// hasLongForm reports whether the article defines the acronym at t.
func (d *doc) hasLongForm(t int) bool {
	_, ok := d.longForm(t)
	return ok
}

// longForm returns the long name the article gives the word at t: for
// an acronym, the name it follows in brackets ("the Ministry of Foreign
// Affairs (MOFA)"); for a capitalised head, the longest name ending in
// it written after "the" ("the World Health Organization" for "the
// Organization"). The table is built in one pass on first use.
func (d *doc) longForm(t int) (string, bool) {
	if d.longForms == nil {
		d.longForms = map[string]string{}
		for i := 0; i < len(d.toks); {
			if !d.is(i-1, "the") || !d.word(i) || !d.toks[i].cap || d.toks[i].inQ || d.in(bitStop, i) {
				i++
				continue
			}
			j := i
			for j < len(d.toks) && j-i < 8 && d.word(j) && !d.toks[j].inQ && d.toks[j].para == d.toks[i].para &&
				(d.toks[j].cap && !d.in(bitStop, j) || (d.is(j, "of") || d.is(j, "for") || d.is(j, "and")) && d.word(j+1) && d.toks[j+1].cap) {
				j++
			}
			if j-i >= 2 {
				long := d.phrase(i, j)
				last := strings.ToLower(string(d.src[d.toks[j-1].s:d.toks[j-1].e]))
				if len(long) > len(d.longForms[last]) {
					d.longForms[last] = long
				}
				if j+2 < len(d.toks) && d.toks[j].kind == tParen && d.src[d.toks[j].s] == '(' && d.allCaps(j+1) && d.toks[j+2].kind == tParen &&
					d.acronymOf(i, j, j+1) {
					d.longForms[strings.ToLower(string(d.src[d.toks[j+1].s:d.toks[j+1].e]))] = long
				}
			}
			i = max(j, i+1)
		}
	}
	w := strings.ToLower(string(d.src[d.toks[t].s:d.toks[t].e]))
	long, ok := d.longForms[w]
	if ok && strings.EqualFold(long, w) {
		return "", false
	}
	return long, ok
}

// acronymOf reports whether the acronym at token c starts with the
// initial of the name [a, b) and holds the initial of its last word.
func (d *doc) acronymOf(a, b, c int) bool {
	acr := d.src[d.toks[c].s:d.toks[c].e]
	return len(acr) >= 2 && acr[0] == d.src[d.toks[a].s] && bytes.IndexByte(acr[1:], d.src[d.toks[b-1].s]) >= 0
}

// scanIssuers records who issues the documents an article cites as a
// channel: "Twitter said in a statement", "said OpenAI in a brief
// statement", "the board wrote in a blog post". A later "the statement
// read" then credits the issuer and gives the document as Via.
func (d *doc) scanIssuers() {
	for i := 2; i < len(d.toks); i++ {
		if !d.word(i) || d.toks[i].inQ || d.toks[i].cap || !d.in(bitDocument, i) {
			continue
		}
		a := i - 1 // the determiner: "in a statement", "in a brief statement"
		if !d.det(a) && d.det(a-1) && d.word(a) && !d.toks[a].cap {
			a--
		}
		if !d.det(a) || !d.is(a-1, "in") {
			continue
		}
		in := a - 1
		e := -1
		for k := in - 1; k >= 0 && k >= in-6 && d.toks[k].sent == d.toks[i].sent; k-- {
			h, ok := d.cueAt(k)
			if !ok {
				continue
			}
			ss := d.sents[d.toks[i].sent]
			if h.j == in {
				if sa, sb, _, _, ok := d.subjectOf(h, ss); ok {
					if r, ok := d.resolveNP(sa, sb); ok && !r.pronoun {
						e = r.ent
					}
				}
			} else if nb, ok := d.npAfter(h.j, in); ok && nb == in {
				if r, ok := d.resolveNP(h.j, nb); ok && !r.pronoun {
					e = r.ent
				}
			}
			break
		}
		if e < 0 || d.ents[e].kind == KindDocument || d.ents[e].kind == KindRole {
			continue
		}
		doc := d.named(KindDocument, a, i+1)
		if d.ents[doc].issuer == 0 {
			d.ents[doc].issuer = e + 1
		}
	}
}

// nounHead reports whether token t can head a role ("a friend", "the
// 45-year-old"): no determiner, stop word, auxiliary, pronoun or cue, so
// that "a few", "This is" and "the said" are no speakers (issue 10,
// item 6: a speaker is a person, body, document, role or group).
func (d *doc) nounHead(t int) bool {
	if !d.word(t) || d.det(t) || d.in(bitStop, t) || d.skippable(t) || d.isCue(t) {
		return false
	}
	_, pron := d.pronoun(t)
	return !pron
}

// latestSubject returns, among the people for which ok holds, the one
// named first in the latest sentence before token t (within
// antecedentWindow) that names one of them: the subject, more often
// than an object, is whom the next paragraph's pronoun means ("Keith
// Ellison has reacted to the verdict against Derek Chauvin. He said …");
// the last speaker, when that sentence names them, comes first.
func (d *doc) latestSubject(t int, ok func(int) bool) int { return d.subjectBefore(t, ok, true) }

// subjectBefore is latestSubject; with speakerFirst false the person
// named first wins even over the last speaker: a descriptor ("the
// 45-year-old") names the sentence's subject, not whoever spoke last.
func (d *doc) subjectBefore(t int, ok func(int) bool, speakerFirst bool) int {
	e := d.recentAgreeing(t, ok, false)
	if e < 0 {
		return -1
	}
	off := int(d.toks[t].s)
	best, bestO := e, d.lastBefore(e, off)
	sOff := int(d.toks[d.sents[d.toks[d.tokAt(bestO)].sent]].s)
	// The speaker of that sentence is its subject: "Putin met Xi, aide
	// Yuri Ushakov said. He said …" is Ushakov.
	if lp := d.lastPerson; speakerFirst && lp >= 0 && ok(lp) {
		if st := d.ents[lp].starts; len(st) > 0 {
			if k := sort.SearchInts(st, sOff); k < len(st) && st[k] < off {
				return lp
			}
		}
	}
	for i := range d.ents {
		if i == e || d.ents[i].kind != KindPerson || !ok(i) {
			continue
		}
		st := d.ents[i].starts
		if k := sort.SearchInts(st, sOff); k < len(st) && st[k] < bestO {
			best, bestO = i, st[k]
		}
	}
	return best
}

// caseSeed keys the word counts of commonWord.
var caseSeed = maphash.MakeSeed()

// caseUses counts how an article writes a word that opens a sentence
// somewhere: in lower case, capitalised inside a sentence, and, outside
// quotes, as a name: capitalised inside a sentence or as a label
// opening a paragraph ("Okafor: we will win"). A quoted title
// (“MacGyver”) is no name.
type caseUses struct {
	lower, mid, name uint16
}

// commonWord reports whether token t is a common word capitalised only
// because it opens its sentence ("Rival Jane Roe had mocked …",
// "Keeps saying she …"): the article writes it lower-case more often
// than it capitalises it inside a sentence. Names ("Bush", "Rose") are
// capitalised wherever they stand, so they are kept. Only a word that
// can start a name is asked about (its callers test names).
func (d *doc) commonWord(t int) bool {
	if !d.askCase(t) {
		return false
	}
	c := d.caseUsesOf(t)
	return c.lower > c.mid
}

// caseUsesOf returns the article's counts for the word at t, which
// askCase admits.
func (d *doc) caseUsesOf(t int) caseUses {
	if !d.caseBuilt {
		d.caseBuilt = true
		if d.caseCount == nil {
			d.caseCount = map[uint64]caseUses{}
		}
		// Only the words askCase admits are counted: a filter by first
		// letter and length skips hashing the others ("the", "he").
		var asked [256]uint64
		for i := range d.toks {
			if d.askCase(i) {
				asked[d.lower[d.toks[i].s]] |= lenBit(&d.toks[i])
			}
		}
		for i := range d.toks {
			tk := &d.toks[i]
			if tk.kind != tWord || asked[d.lower[tk.s]]&lenBit(tk) == 0 {
				continue
			}
			k := maphash.Bytes(caseSeed, d.lower[tk.s:tk.e])
			c := d.caseCount[k]
			switch {
			case !tk.cap:
				c.lower = min(c.lower+1, 0xfffe)
			case !d.sentenceStart(i):
				c.mid = min(c.mid+1, 0xfffe)
				if !tk.inQ {
					c.name = min(c.name+1, 0xfffe)
				}
			case d.labelWord(i) && !tk.inQ:
				c.name = min(c.name+1, 0xfffe)
			default:
				continue
			}
			d.caseCount[k] = c
		}
	}
	return d.caseCount[maphash.Bytes(caseSeed, d.lower[d.toks[t].s:d.toks[t].e])]
}

// labelWord reports whether the word t and a colon open a paragraph, as a
// speaker's name does in a transcript or a headline ("Okafor: we will
// win").
func (d *doc) labelWord(t int) bool {
	return t+1 < len(d.toks) && d.paraStart(t) == t && d.toks[t+1].kind == tColon && d.src[d.toks[t+1].s] == ':'
}

// loneName reports whether the capitalised word t, opening its
// sentence and standing alone, is a name: no English word ("Polls",
// "Crews" are), and written as a name elsewhere in the article,
// capitalised inside a sentence or as a label ("Okafor: …").
func (d *doc) loneName(t int) bool {
	if !d.askCase(t) || d.englishWord(t) {
		return false
	}
	self := uint16(0)
	if d.labelWord(t) {
		self = 1
	}
	return d.caseUsesOf(t).name > self
}

// inflections are WordNet's rules for the base form of an inflected
// word: an ending, and what replaces it ("polls", "crews", "women",
// "depending", "hated").
var inflections = [...]struct{ end, add string }{
	{"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"},
	{"men", "man"}, {"ies", "y"}, {"es", "e"}, {"es", ""}, {"ed", "e"}, {"ed", ""},
	{"ing", "e"}, {"ing", ""}, {"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"},
}

// englishWord reports whether word t is in the lexicon's english
// section, as written or once an inflection is undone.
func (d *doc) englishWord(t int) bool {
	m := d.a.sec[secEnglish]
	if !d.word(t) || len(m) == 0 {
		return false
	}
	w := string(d.lower[d.toks[t].s:d.toks[t].e])
	if _, ok := m[w]; ok {
		return true
	}
	for _, r := range inflections {
		if base, ok := strings.CutSuffix(w, r.end); ok && len(base) >= 2 {
			if _, ok := m[base+r.add]; ok {
				return true
			}
		}
	}
	return false
}

// askCase reports whether commonWord answers for token t: a name word
// or initial, not a given name, opening its sentence.
func (d *doc) askCase(t int) bool {
	return d.word(t) && d.toks[t].cap && (d.capName(t) || d.initial(t)) && d.sentenceStart(t) && d.givenName(t) == 0
}

// lenBit is a token's length as one bit of a uint64; 63 and over share
// the top bit.
func lenBit(tk *token) uint64 {
	return 1 << min(tk.e-tk.s, 63)
}

// ingForm reports whether word t, of any case, ends in "-ing"
// ("Speaking", "Having").
func (d *doc) ingForm(t int) bool {
	w := d.lower[d.toks[t].s:d.toks[t].e]
	return d.word(t) && len(w) > 4 && string(w[len(w)-3:]) == "ing"
}

// linkWord reports whether t is a lower-case preposition of the
// lexicon's smallword section that links the words of a body's name
// ("Board on Public Safety", "Bureau of Prisons"); "to", "by" and
// "with" link a verb to its object more often ("According to").
func (d *doc) linkWord(t int) bool {
	if !d.word(t) || d.toks[t].cap || d.det(t) || d.is(t, "and") || d.is(t, "or") || d.is(t, "to") || d.is(t, "by") || d.is(t, "with") || d.in(bitParticle, t) {
		return false
	}
	_, ok := d.a.sec[secSmallWord][string(d.lower[d.toks[t].s:d.toks[t].e])]
	return ok
}

// bodyLink reports whether the capitalised words at t follow a link
// word (and "the" or "a") that follows a capitalised word, or follow a
// capitalised organisation word: they end a body's name ("the Board on
// Public Safety", "Bureau of Prisons", "Metro News Service").
func (d *doc) bodyLink(t int) bool {
	if t >= 1 && d.word(t-1) && d.toks[t-1].cap && d.toks[t-1].sent == d.toks[t].sent && (d.in(bitOrg, t-1) || d.in(bitChannel, t-1)) &&
		!d.in(bitTitle, t-1) && !d.in(bitStop, t-1) && !d.in(bitHonorific, t-1) {
		return true // "Christian News Service", not "Service"
	}
	p := t - 1
	if d.is(p, "the") || d.is(p, "a") {
		p--
	}
	return p >= 1 && d.linkWord(p) && d.toks[p-1].sent == d.toks[t].sent && d.word(p-1) && d.toks[p-1].cap && !d.in(bitStop, p-1)
}
