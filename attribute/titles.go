package attribute

import "bytes"

// This file holds the titles an article gives a person in a predicate
// rather than next to the name: "Jane Roe, who won a second term as
// mayor, …", "Roe became the county’s first sheriff", "Roe was elected
// mayor".

// Lexicon sections read here.
const (
	secOfficeVerb = "officeverb"    // became, won: give their subject the title after them
	secOfficePass = "officepassive" // elected, named: give it in the passive only
)

// maxOfficeGap bounds, in tokens, the words between an office verb and
// the "as" that brings in the title ("won his second term today as").
const maxOfficeGap = 6

// scanOffices records the titles that office verbs give the people the
// article has named (lexicon sections officeverb and officepassive). It
// runs after scanNames: a subject must be a person already registered.
func (d *doc) scanOffices() {
	for v := range d.toks {
		tk := &d.toks[v]
		if tk.kind != tWord || tk.inQ || tk.cap || tk.cls&(bitOfficeVerb|bitOfficePass) == 0 {
			continue
		}
		w := string(d.lower[tk.s:tk.e])
		verb := false
		if lemma, ok := d.a.sec[secOfficeVerb][w]; ok {
			// "to become", "could win": the base form names an office not held
			verb = lemma != w || d.is(v-1, "has") || d.is(v-1, "have") || d.is(v-1, "had")
		}
		if d.in(bitOfficePass, v) && d.beForm(v) {
			verb = true
		}
		if !verb {
			continue
		}
		s, e, ok := d.officeAfter(v)
		if !ok {
			continue
		}
		a, b, ok := d.officeSubject(v)
		if !ok {
			continue
		}
		if p := d.knownPerson(a, b); p >= 0 {
			d.addMention(p, d.mention(a, b), d.mention(s, e))
		}
	}
}

// beForm reports whether a form of "be" comes right before token v,
// perhaps across an adverb: "was elected", "has been appointed", "was
// later named". "be" and "being" are left out: "could be elected",
// "hopes of being named" name an office not held.
func (d *doc) beForm(v int) bool {
	p := v - 1
	if d.lyAdverb(p) || d.is(p, "later") || d.is(p, "also") || d.is(p, "then") {
		p--
	}
	return d.is(p, "was") || d.is(p, "were") || d.is(p, "is") || d.is(p, "are") || d.is(p, "been")
}

// officeAfter returns the title [s, e) an office verb at v gives: right
// after it ("became the first woman mayor", "was elected mayor"), or
// after "as" a few lower-case words on ("won a second term as
// president", "was sworn in as governor"). The title runs from an
// optional determiner over title words and must end in an office word.
func (d *doc) officeAfter(v int) (int, int, bool) {
	t := v + 1
	for k := t; k < len(d.toks) && k <= v+maxOfficeGap; k++ {
		if d.is(k, "as") {
			t = k + 1
			break
		}
		if !d.word(k) || d.toks[k].cap && !d.timeWord(k) || d.toks[k].inQ || d.isCue(k) {
			break
		}
		if _, pron := d.pronoun(k); pron && !d.det(k) {
			break // "named him as": the title is the object's
		}
	}
	if d.det(t) {
		t++
	}
	for d.skippable(t) && t < v+maxOfficeGap {
		t++ // "the first", "the only": no part of the office
	}
	e := t
	for e < len(d.toks) && e-t < maxTitleBefore && d.titleWord(e) && !d.capName(e) {
		e++
	}
	if e == t || !d.in(bitTitle, e-1) || d.in(bitHonorific, e-1) || d.capName(e) {
		// "won the Republican primary": the run ends in no office.
		return 0, 0, false
	}
	return t, e, true
}

// officeSubject returns the name [a, b) that is the subject of the
// office verb at v: a name opening the clause with only auxiliaries and
// adverbs before the verb ("Roe has since become", "Roe was elected"),
// or the name before ", who" ("Roe, who was elected …").
func (d *doc) officeSubject(v int) (int, int, bool) {
	t := v - 1
	for t >= 0 && v-t <= maxOfficeGap && (d.skippable(t) || d.lyAdverb(t) || d.is(t, "been")) {
		t--
	}
	if d.is(t, "who") && t > 1 && d.toks[t-1].kind == tComma {
		t -= 2
	}
	b := t + 1
	a := b
	for a > 0 && b-a < maxNameWords && (d.capName(a-1) || d.in(bitHonorific, a-1)) {
		a--
	}
	if a == b {
		return 0, 0, false
	}
	lo := d.sents[d.toks[a].sent]
	if ts := d.titleBefore(a, lo); ts < a && d.hasTitleWord(ts, a) {
		a = ts // "Mayor Jane Roe, who …": the clause opens before the title
	}
	if !d.clauseOpens(a, lo) {
		return 0, 0, false // "allow Roe to become": Roe is an object
	}
	return a, b, true
}

// knownPerson returns the person registered under the name at tokens
// [a, b), honorifics left out, or -1; it registers nobody.
func (d *doc) knownPerson(a, b int) int {
	var buf [maxNameWords]string
	toks := buf[:0]
	for t := a; t < b && len(toks) < len(buf); t++ {
		if d.word(t) && !d.in(bitHonorific, t) {
			toks = append(toks, string(d.src[d.toks[t].s:d.toks[t].e]))
		}
	}
	for _, w := range toks {
		for _, e := range d.byTok[w] {
			if d.ents[e].kind == KindPerson && (subseq(toks, d.ents[e].nameToks) || subseq(d.ents[e].nameToks, toks)) {
				return e
			}
		}
	}
	return -1
}

// maxOfficeSubject bounds, in tokens, an office that opens a sentence
// with no name ("Co-founder and former CEO of Acme").
const maxOfficeSubject = 10

// scanLeadOffices gives an office that opens a sentence with no name and
// no determiner ("Ohio’s governor has answered critics …", "Co-founder and former
// CEO of Acme, in a series of posts, backed the deal.") to the person
// the next sentence opens with ("Jane Roe told reporters …"), else, in
// a standfirst, to the one person its headline names (headlinePerson),
// when no one the article named before holds that office: a lead that
// names the office first and the person after. The office becomes a
// mention and a title of that person. It runs after scanNames.
func (d *doc) scanLeadOffices() {
	for s := 0; s+2 < len(d.sents); s++ {
		i, end := d.sents[s], d.sents[s+1]
		e, ok := d.leadOffice(i, end)
		if !ok || d.personWithTitle(i, e) >= 0 {
			continue
		}
		p := d.nextSubject(s + 1)
		if p < 0 {
			p = d.headlinePerson(s)
		}
		if p >= 0 && d.ents[p].kind == KindPerson {
			m := d.mention(i, e)
			d.addMention(p, m, m)
		}
	}
}

// nextSubject returns the person whose name opens sentence s as its
// subject, or -1.
func (d *doc) nextSubject(s int) int {
	a := d.sents[s]
	if a >= len(d.toks) || !d.capName(a) {
		return -1
	}
	b := d.nameRunEnd(a)
	if !d.word(b) || d.toks[b].cap || d.toks[b].inQ {
		return -1 // the name must be the next sentence's subject
	}
	p := d.knownPerson(a, b)
	if p < 0 && d.isCue(b) {
		p = d.person(a, b) // "Roe posted": a surname before a cue
	}
	return p
}

// headlinePerson returns the one person named in the paragraph before
// sentence s when that paragraph is a headline (one sentence, no quote
// mark, no final stop) and s a paragraph of its own: a standfirst
// ("Roe vows to fight on" over "Governor admits the count went against
// her"), where a byline or a name in capitals may come before the
// person's name in the text. Else -1.
func (d *doc) headlinePerson(s int) int {
	if s < 1 {
		return -1
	}
	a, b := d.sents[s-1], d.sents[s]
	if d.paraStart(a) != a || d.paraEnd(a) != b || d.paraStart(b) != b || d.paraEnd(b) != d.sents[s+1] || d.toks[b-1].kind == tStop {
		return -1
	}
	p := -1
	for t := a; t < b; t++ {
		if d.toks[t].kind == tQuote {
			return -1
		}
		if !d.capName(t) {
			continue
		}
		e := d.nameRunEnd(t)
		q := d.knownPerson(t, e)
		if q < 0 && t > a || p >= 0 && q != p {
			return -1 // another name, perhaps a person's: "Roe beats Hale"
		}
		p = q
		t = e - 1
	}
	return p
}

// leadOffice returns the end of an office that opens the sentence at
// token i, before end, as its whole subject: title words and
// possessors ending in an office word, perhaps with "of" and a
// capitalised name after it, followed by a comma or a lower-case verb.
func (d *doc) leadOffice(i, end int) (int, bool) {
	if !d.word(i) || d.toks[i].inQ || d.det(i) || d.capName(i) && d.givenName(i) != 0 {
		return 0, false
	}
	if _, pron := d.pronoun(i); pron {
		return 0, false
	}
	h, t := -1, i
	for ; t < end && t-i < maxOfficeSubject; t++ {
		switch {
		case d.givenName(t) != 0:
			return 0, false // a name: "Judge Emmet Roe"
		case d.in(bitTitle, t) && !d.in(bitHonorific, t):
			h = t
		case h >= 0 && d.is(t, "of") && d.word(t+1) && d.toks[t+1].cap:
			// "CEO of Acme": one or two capitalised words
			t++
			if d.capName(t+1) && t+1 < end {
				t++
			}
			h = t
		case h >= 0 && d.capName(t):
			goto done // a name after the office: no lead office
		case d.toks[t].kind == tPoss && t > i:
			if d.knownPerson(i, t) >= 0 {
				return 0, false // "Roe’s lawyer": anyone's, not a lead
			}
		case d.is(t, "and") && t > i, d.titleWord(t):
		default:
			goto done
		}
	}
done:
	if h < 0 || h+1 != t || t >= end || d.capName(h) && !d.in(bitTitle, h) && d.toks[h-1].kind != tWord {
		return 0, false
	}
	if d.toks[t].kind != tComma && !(d.word(t) && !d.toks[t].cap && !d.lexWord(t)) {
		return 0, false
	}
	return t, true
}

// titleHolder returns the person given the title at exactly tokens
// [a, b), or -1.
func (d *doc) titleHolder(a, b int) int {
	m := d.mention(a, b)
	k := [2]int{-1 - m.Start, m.End}
	for e := range d.ents {
		if d.ents[e].kind == KindPerson && d.ents[e].has(k) {
			return e
		}
	}
	return -1
}

// minVariantLen is the shortest surname misspeltAs compares: shorter
// names differ by one letter too often ("Lee", "Lea").
const minVariantLen = 5

// misspeltAs returns the one other person of the article whose surname
// differs from person e's by two swapped neighbouring letters or one
// changed letter, not the first ("Rowlnads" after "Jane Rowlands"), or
// -1. An article that misspells a name gives the title at one spelling
// and quotes the other; the speakers stay apart, so that package compare
// can flag the variant.
func (d *doc) misspeltAs(e int) int {
	last := func(en *entity) string {
		if len(en.nameToks) == 0 {
			return ""
		}
		return en.nameToks[len(en.nameToks)-1]
	}
	w := last(&d.ents[e])
	if len(w) < minVariantLen {
		return -1
	}
	found := -1
	for v := range d.ents {
		en := &d.ents[v]
		if v == e || en.kind != KindPerson || len(d.offices(v)) == 0 || !oneSlip(w, last(en)) {
			continue
		}
		if found >= 0 {
			return -1 // two candidates: no telling which
		}
		found = v
	}
	return found
}

// oneSlip reports whether a and b, of equal length, differ by two
// swapped neighbouring bytes or one changed byte after the first.
func oneSlip(a, b string) bool {
	if len(a) != len(b) || a == b || a[0] != b[0] {
		return false
	}
	i := 0
	for a[i] == b[i] {
		i++
	}
	if a[i+1:] == b[i+1:] {
		return true // one changed letter
	}
	return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
}

// scanSharedTitles gives a plural title written before two names joined
// by "and" to both ("Acme co-founders Roe and Tom Hale", "state senators
// Ana Ruiz and Tom Hale"), when the singular is an office word. The
// title runs from the capitalised words or possessor before the plural.
// It runs after scanNames: both must be registered people.
func (d *doc) scanSharedTitles() {
	for p := range d.toks {
		tk := &d.toks[p]
		// A name must follow: that cheap test rejects most words
		// before pluralOffice's map read.
		if tk.kind != tWord || tk.inQ || tk.cap || !d.capName(p+1) || !d.pluralOffice(p) {
			continue
		}
		a1 := p + 1
		b1 := d.nameRunEnd(a1)
		if !d.capName(a1) || !d.is(b1, "and") || !d.capName(b1+1) {
			continue
		}
		a2, b2 := b1+1, d.nameRunEnd(b1+1)
		e1, e2 := d.knownPerson(a1, b1), d.knownPerson(a2, b2)
		if e1 < 0 || e2 < 0 || e1 == e2 {
			continue
		}
		s := p
		for s > 0 && (d.word(s-1) && d.toks[s-1].cap && !d.in(bitStop, s-1) || d.toks[s-1].kind == tPoss || d.in(bitTitleMod, s-1)) && p-s < maxTitleBefore {
			s--
		}
		t := d.mention(s, p+1)
		d.addMention(e1, d.mention(a1, b1), t)
		d.addMention(e2, d.mention(a2, b2), t)
	}
}

// pluralOffice reports whether token t is the plural of an office word:
// "co-founders", "senators".
func (d *doc) pluralOffice(t int) bool {
	w := d.lower[d.toks[t].s:d.toks[t].e]
	if len(w) < 4 || w[len(w)-1] != 's' {
		return false
	}
	w = w[:len(w)-1]
	if h := bytes.LastIndexByte(w, '-'); h > 0 {
		w = w[h+1:]
	}
	_, ok := d.a.sec[secTitle][string(w)]
	return ok
}
