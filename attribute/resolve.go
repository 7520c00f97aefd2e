package attribute

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/verbatim-nlp/verbatim/quote"
)

// speakerRef is a resolved speaker phrase.
type speakerRef struct {
	ent     int
	mention quote.Mention
	title   quote.Mention
	pronoun bool
}

// resolveNP resolves the phrase at tokens [a, b) to an entity.
func (d *doc) resolveNP(a, b int) (speakerRef, bool) {
	if a < 0 || b > len(d.toks) || a >= b {
		return speakerRef{}, false
	}
	if kind, ok := d.pronoun(a); ok && b == a+1 {
		r := speakerRef{ent: -1, mention: d.mention(a, b), pronoun: true}
		switch kind {
		case "person":
			r.ent = d.antecedent(a)
		case "group", "thing":
			r.ent = d.lastThing
		}
		return r, true
	}
	if r, ok := d.kinOf(a, b); ok {
		return r, true
	}
	if d.ageWord(b-1) && (b-a == 1 || b-a == 2 && d.det(a)) {
		// "the 45-year-old wrote": the subject of the latest sentence
		// that names a person, not the person named last in it.
		s := a
		if s == b-1 && d.det(s-1) {
			s--
		}
		e := d.subjectBefore(b-1, func(e int) bool { return e >= 0 && d.ents[e].kind == KindPerson && d.personLike(e) }, false)
		return speakerRef{ent: e, mention: d.mention(s, b), pronoun: true}, true
	}
	if d.det(a) && a+1 < b {
		a++
	}
	if d.pairPhrase(a, b) {
		if e := d.pairBefore(a); e >= 0 {
			if d.det(a - 1) {
				a--
			}
			return d.ref(e, a, b), true
		}
	}
	// "Putin and Xi": a group named by its members' canonical names.
	for m := a + 1; m < b-1; m++ {
		if d.is(m, "and") {
			r1, ok1 := d.resolveNP(a, m)
			r2, ok2 := d.resolveNP(m+1, b)
			if !ok1 || !ok2 || r1.ent < 0 || r2.ent < 0 || r1.pronoun || r2.pronoun {
				break
			}
			e := d.group(r1.ent, r2.ent, a, b)
			return d.ref(e, a, b), true
		}
	}
	// "Mr. Morgan of the Sierra Club", "Cameron Easley for Morning
	// Consult": the person, then an affiliation.
	for m := a + 1; m < b-1; m++ {
		if (d.is(m, "of") || d.is(m, "for")) && d.capName(m-1) {
			r, ok := d.resolveNP(a, m)
			if ok && r.ent >= 0 && d.ents[r.ent].kind == KindPerson {
				if r.title.Text == "" {
					r.title = d.mention(m+1, b)
					d.addMention(r.ent, r.mention, r.title)
				}
				return r, true
			}
			break
		}
	}
	if d.share(a, b) {
		e := d.named(KindRole, a, b) // "63 percent of voters"
		return d.ref(e, a, b), true
	}
	// "a spokeswoman for the utility company": an unnamed role with the
	// body it speaks for, one speaker.
	for m := a + 1; m < b-1; m++ {
		if (d.is(m, "for") || d.is(m, "of") || d.is(m, "at")) && !d.toks[m-1].cap && d.in(bitRole, m-1) && d.word(m-1) {
			s := a
			if d.det(a - 1) {
				s = a - 1
			}
			e := d.named(KindRole, s, b)
			return d.ref(e, s, b), true
		}
	}
	if _, ok := d.a.sec[secAlias][strings.ToLower(d.phrase(a, b))]; ok {
		e := d.named(KindOrganization, a, b)
		return d.ref(e, a, b), true
	}
	n := b
	for n > a && (d.capName(n-1) || n < b && d.particle(n-1) || d.honorificName(n-1)) {
		if n < b && n-1 > a && d.in(bitCue, n-1) && d.capName(n-2) {
			break // a title-case headline: "Mayor Roe Slams Governor Lee"
		}
		n--
	}
	if n < b && d.commonWord(n) {
		// "Rival Jane Roe had mocked …": a common word opens the
		// sentence. Alone before an -ing cue ("Keeps saying …") it is a
		// verb and names no one; "Protesters chanted" keeps its group.
		if n+1 < b {
			n++
		} else if d.gerund(b) && d.isCue(b) || d.ingForm(n) {
			return speakerRef{}, false
		}
	}
	if n < b && d.givenName(n) == 0 && !d.in(bitHonorific, n) {
		// "Lawmakers Rip Donald Trump As …": as in scanNames, a given
		// name inside the run starts the name.
		for k := n + 1; k < b-1; k++ {
			if d.givenName(k) != 0 && !d.in(bitParticle, k) && !d.in(bitHonorific, k) {
				n = k
				break
			}
		}
	}
	if n < b && d.givenName(n) == 0 && d.knownPerson(n, b) < 0 {
		if r, ok := d.linkedHead(n, b); ok {
			return r, true
		}
	}
	if n < b && n > a && !d.toks[n-1].cap && (d.in(bitOrg, n-1) || d.in(bitChannel, n-1)) {
		// "Spanish newspaper El Pais": an outlet's name, not a person's.
		e := d.named(KindOrganization, n, b)
		r := d.ref(e, n, b)
		r.title = d.mention(d.titleStart(a, n), n)
		d.addMention(e, r.mention, r.title)
		return r, true
	}
	if n == a && n < b && d.is(a-1, "the") && !d.in(bitHonorific, a) {
		// "the Daily Beast", "the Mall": "the" and a bare name make a
		// body or a place, not a person.
		if b == a+1 {
			if long, ok := d.longForm(a); ok {
				// "the Organization" after "the World Health Organization"
				e := d.namedAs(KindOrganization, long, a-1, b)
				return d.ref(e, a-1, b), true
			}
		}
		e := d.named(KindOrganization, a-1, b)
		return d.ref(e, a-1, b), true
	}
	if n > a && n < b && d.is(a-1, "the") && d.capitalBody(a, b) {
		// "the White Helmets": capitalised words with no title
		e := d.named(KindOrganization, a-1, b)
		return d.ref(e, a-1, b), true
	}
	if n < b && b-n <= 5 {
		r := speakerRef{ent: d.person(n, b), mention: d.mention(n, b)}
		if n > a && d.hasTitleWord(a, n) {
			r.title = d.mention(d.titleStart(a, n), n)
		}
		d.addMention(r.ent, r.mention, r.title)
		return r, true
	}
	h := b - 1
	if !d.word(h) {
		return speakerRef{}, false
	}
	if b-1 > a && !d.toks[h].cap && d.in(bitAdverb, h) {
		// "the state incorrectly stated", "the movement has
		// traditionally said": an adverb heads no phrase.
		for b-1 > a && !d.toks[b-1].cap && (d.in(bitAdverb, b-1) || d.skippable(b-1)) {
			b--
		}
		return d.resolveNP(a, b)
	}
	if n2 := d.capRunStart(a, b); n2 > a && n2 < b && d.hasTitleWord(a, n2) {
		e := d.named(KindOrganization, n2, b)
		r := d.ref(e, n2, b)
		r.title = d.mention(d.titleStart(a, n2), n2)
		d.addMention(e, r.mention, r.title)
		return r, true
	}
	switch {
	case d.in(bitDocument, h):
		e := d.document(a, b)
		s := a
		if d.det(a - 1) {
			s = a - 1
		}
		return d.ref(e, s, b), true
	case d.in(bitCompany, h) && d.is(a-1, "the") && b-a == 1:
		s := a - 1
		if long, ok := d.longForm(h); ok && d.toks[h].cap {
			// "the Organization" after "the World Health Organization"
			e := d.namedAs(KindOrganization, long, s, b)
			return d.ref(e, s, b), true
		}
		if e := d.bodyBefore(s); e >= 0 && !d.toks[h].cap {
			return d.ref(e, s, b), true
		}
		e := d.named(KindOrganization, s, b)
		return d.ref(e, s, b), true
	case d.allCaps(h) && b == a+1 && d.hasLongForm(h):
		// "WHO" after "the World Health Organization (WHO)"
		long, _ := d.longForm(h)
		s := a
		if d.is(a-1, "the") {
			s = a - 1
		}
		e := d.namedAs(KindOrganization, long, s, b)
		return d.ref(e, s, b), true
	case d.in(bitOrg, h) || d.in(bitPlace, h) || d.in(bitChannel, h) || d.allCaps(h) && b-a <= 3:
		s := a
		if d.is(a-1, "the") {
			s = a - 1
		}
		if b == a+1 && d.toks[h].cap && s < a {
			if long, ok := d.longForm(h); ok {
				// "the Organization" after "the World Health Organization"
				e := d.namedAs(KindOrganization, long, s, b)
				return d.ref(e, s, b), true
			}
		}
		e := d.named(KindOrganization, s, b)
		return d.ref(e, s, b), true
	case d.in(bitRole, h) || d.in(bitTitle, h):
		if e := d.titleHolder(a, b); e >= 0 {
			// "Ohio’s governor has answered critics …" before "Jane Roe told":
			// scanLeadOffices gave this very phrase to Roe.
			r := speakerRef{ent: e, mention: d.mention(a, b), title: d.mention(a, b)}
			d.addMention(e, r.mention, r.title)
			return r, true
		}
		if d.is(a-1, "the") || d.toks[a].kind == tPoss || (a > 0 && d.toks[a-1].kind == tPoss) {
			if e := d.personWithTitle(a, b); e >= 0 {
				// "the plant manager said": the role is a title the
				// article gives the person it resolves to.
				r := speakerRef{ent: e, mention: d.mention(a, b), title: d.mention(a, b)}
				d.addMention(e, r.mention, r.title)
				return r, true
			}
		}
		s := a
		if d.det(a - 1) {
			s = a - 1
		}
		e := d.named(KindRole, s, b)
		return d.ref(e, s, b), true
	case !d.toks[h].cap && a > 0 && (d.det(a-1) || d.is(a-1, "my") || d.is(a-1, "our")) && d.nounHead(h):
		e := d.named(KindRole, a-1, b)
		return d.ref(e, a-1, b), true
	case !d.toks[h].cap && b-a >= 2 && (d.is(a, "my") || d.is(a, "our")) && d.nounHead(h):
		e := d.named(KindRole, a, b) // "my father often said"
		return d.ref(e, a, b), true
	}
	return speakerRef{}, false
}

// share reports whether tokens [a, b) hold a poll's share of people
// ("63 percent of voters", "About four in 10").
func (d *doc) share(a, b int) bool {
	for t := a; t < b; t++ {
		if d.shareAnchor(t) {
			return true
		}
	}
	return false
}

// honorificName reports whether token t is a capitalised word right
// after an honorific: a surname even when it is a lexicon word ("Ms.
// White", "Mr. Price", "Dr. Young").
func (d *doc) honorificName(t int) bool {
	return d.word(t) && d.toks[t].cap && !d.toks[t].inQ && !d.in(bitStop, t) && !d.in(bitHonorific, t) &&
		t > 0 && d.in(bitHonorific, t-1) && d.toks[t-1].cap
}

// kinOf resolves a person's relatives as a speaker: "Hale’s family",
// "the 46-year-old’s grieving family", "Roe’s widow" name the person
// by the fullest name the article gives, then the relation (a word of
// the kin section); words between, such as "grieving", are dropped.
func (d *doc) kinOf(a, b int) (speakerRef, bool) {
	h := b - 1
	if b-a < 3 || !d.in(bitKin, h) || d.toks[h].cap {
		return speakerRef{}, false
	}
	p := h - 1
	for p > a && d.word(p) && !d.toks[p].cap {
		p--
	}
	if d.toks[p].kind != tPoss || p == a || h-p > 3 {
		return speakerRef{}, false
	}
	r, ok := d.resolveNP(a, p)
	if !ok || r.ent < 0 || r.pronoun || d.ents[r.ent].kind != KindPerson {
		// "the 46-year-old’s family": which person is 46 the article
		// may not say; a wrong family is worse than none.
		return speakerRef{}, false
	}
	s := a
	if d.det(a - 1) {
		s = a - 1
	}
	name := d.ents[r.ent].name + d.text(p, p+1) + " " + string(d.lower[d.toks[h].s:d.toks[h].e])
	e := d.namedAs(KindRole, name, s, b)
	return d.ref(e, s, b), true
}

// ageWord reports whether token t is an age used as a noun: "45-year-old".
func (d *doc) ageWord(t int) bool {
	if !d.word(t) || d.toks[t].cap {
		return false
	}
	w := d.lower[d.toks[t].s:d.toks[t].e]
	return len(w) > len("-year-old") && w[0] >= '0' && w[0] <= '9' && strings.HasSuffix(string(w), "-year-old")
}

// capRunStart returns where the run of capitalised words ending at b
// begins, not before a.
func (d *doc) capRunStart(a, b int) int {
	n := b
	for n > a && d.word(n-1) && d.toks[n-1].cap && !d.in(bitStop, n-1) && !d.in(bitTitle, n-1) && !d.in(bitTitleMod, n-1) {
		n--
	}
	return n
}

// group returns the entity for two speakers named together. Its name
// joins theirs ("Vladimir Putin and Xi Jinping"); names are final only
// in result, so it keeps its members.
func (d *doc) group(e1, e2, a, b int) int {
	key := KindGroup + "\x00" + strings.Join([]string{fmt.Sprint(e1), fmt.Sprint(e2)}, "+")
	if i, ok := d.byName[key]; ok {
		return i
	}
	d.ents = append(d.ents, entity{kind: KindGroup, members: []int{e1, e2}, last: a})
	d.byName[key] = len(d.ents) - 1
	return len(d.ents) - 1
}

func (d *doc) ref(e, a, b int) speakerRef {
	m := d.mention(a, b)
	d.addMention(e, m, quote.Mention{})
	return speakerRef{ent: e, mention: m}
}

// titleStart returns where the title in tokens [a, b) begins: at its
// first lexicon word, or at a possessor before it ("Putin’s foreign
// affairs adviser"), so that stray capitals ("Read Putin Trolls US
// President") stay out.
func (d *doc) titleStart(a, b int) int {
	for k := a; k < b; k++ {
		if d.toks[k].kind == tPoss {
			return a
		}
		if d.lexWord(k) {
			return k
		}
	}
	return a
}

func (d *doc) hasTitleWord(a, b int) bool {
	for t := a; t < b; t++ {
		if d.in(bitTitle, t) || d.in(bitHonorific, t) {
			return true
		}
	}
	return false
}

// person returns the person named by tokens [a, b), merging it with a
// person already known by a longer or shorter form of the same name.
func (d *doc) person(a, b int) int {
	toks := make([]string, 0, b-a)
	for t := a; t < b; t++ {
		if d.toks[t].kind == tWord && !d.in(bitHonorific, t) {
			toks = append(toks, string(d.src[d.toks[t].s:d.toks[t].e]))
		}
	}
	if len(toks) == 0 { // "Ms" alone: keep it rather than name no one
		for t := a; t < b; t++ {
			toks = append(toks, string(d.src[d.toks[t].s:d.toks[t].e]))
		}
	}
	g, hon := d.mentionGender(a, b)
	best, clash := -1, false
	for _, w := range toks {
		for _, e := range d.byTok[w] {
			if best >= 0 && d.lastBefore(best, int(d.toks[a].s)) >= d.lastBefore(e, int(d.toks[a].s)) {
				continue
			}
			if subseq(toks, d.ents[e].nameToks) || subseq(d.ents[e].nameToks, toks) {
				if eg := d.ents[e].gender; g != 0 && eg != 0 && eg != g {
					clash = true // "Ms Macron" is not Emmanuel Macron
					continue
				}
				best = e
			}
		}
	}
	if best >= 0 {
		if d.ents[best].honorific == "" && g != 0 {
			d.ents[best].honorific = hon
		}
		if en := &d.ents[best]; len(toks) > len(en.nameToks) && subseq(en.nameToks, toks) {
			en.nameToks = toks
			en.name = strings.Join(toks, " ")
			d.index(best)
		}
		d.ents[best].last = a
		return best
	}
	if e := d.cutName(b, toks); e >= 0 {
		d.ents[e].last = a
		return e
	}
	en := entity{kind: KindPerson, name: strings.Join(toks, " "), nameToks: toks, honorific: hon, last: a}
	if clash {
		// Two people of one surname and two genders: a surname alone
		// keeps its honorific, so that neither is read as the other
		// (here or across articles).
		d.honorName(&en)
		for _, w := range toks {
			for _, e := range d.byTok[w] {
				if slices.Equal(d.ents[e].nameToks, toks) {
					d.honorName(&d.ents[e])
				}
			}
		}
	}
	d.ents = append(d.ents, en)
	d.index(len(d.ents) - 1)
	return len(d.ents) - 1
}

// honorName names a person known by a surname alone with the honorific
// the article gave it ("Ms Macron"), when it gave one.
func (d *doc) honorName(en *entity) {
	if en.honorific != "" && en.name == strings.Join(en.nameToks, " ") {
		en.name = en.honorific + " " + en.name
	}
}

// mentionGender returns the gender name words [a, b) give their person
// — a gendered honorific ("Ms Le Pen") or a given name before another
// name word ("Maria Okonkwo") — and the honorific as written, if any.
func (d *doc) mentionGender(a, b int) (byte, string) {
	for t := a; t < b && d.in(bitHonorific, t); t++ {
		if g := d.givenName(t); g != 0 {
			return g, string(d.src[d.toks[t].s:d.toks[t].e])
		}
	}
	if g := d.givenName(a - 1); g != 0 && d.in(bitHonorific, a-1) {
		return g, string(d.src[d.toks[a-1].s:d.toks[a-1].e])
	}
	t := a
	for t < b && d.in(bitHonorific, t) {
		t++
	}
	if g := d.givenName(t); g != 0 && d.toks[t].cap && t+1 < b && d.capName(t+1) {
		return g, ""
	}
	return 0, ""
}

func (d *doc) index(e int) {
	for _, w := range d.ents[e].nameToks {
		l := d.byTok[w]
		found := false
		for _, x := range l {
			found = found || x == e
		}
		if !found {
			d.byTok[w] = append(l, e)
		}
	}
}

// subseq reports whether short is a contiguous run of long.
func subseq(short, long []string) bool {
	if len(short) == 0 || len(short) > len(long) {
		return false
	}
outer:
	for i := 0; i+len(short) <= len(long); i++ {
		for k := range short {
			if long[i+k] != short[k] {
				continue outer
			}
		}
		return true
	}
	return false
}

// named returns the organisation or role entity written as tokens
// [a, b), one per distinct lower-cased phrase.
func (d *doc) named(kind string, a, b int) int {
	return d.namedAs(kind, d.phrase(a, b), a, b)
}

// namedAs is named with the name given: a long form the article
// writes elsewhere ("the Organization" → "World Health Organization").
func (d *doc) namedAs(kind, name string, a, b int) int {
	if strings.HasPrefix(name, "The ") || strings.HasPrefix(name, "A ") || strings.HasPrefix(name, "An ") {
		name = strings.ToLower(name[:1]) + name[1:]
	}
	key := strings.ToLower(name)
	if kind == KindOrganization || kind == KindRole {
		k2 := strings.TrimPrefix(key, "the ")
		for _, k := range [...]string{key, k2} {
			if canon, ok := d.a.sec[secAlias][k]; ok {
				name, key, kind = canon, strings.ToLower(canon), KindOrganization
				break
			}
		}
	}
	if kind == KindOrganization && strings.HasPrefix(key, "the ") && len(key) > len("the ") {
		// "the White Helmets" is named "White Helmets"; its mention
		// keeps "the".
		key, name = key[len("the "):], name[len("the "):]
	}
	mk := kind + "\x00" + strings.TrimPrefix(key, "the ")
	if i, ok := d.byName[mk]; ok {
		d.ents[i].last = a
		return i
	}
	d.ents = append(d.ents, entity{kind: kind, name: name, head: string(d.lower[d.toks[b-1].s:d.toks[b-1].e]), last: a})
	d.byName[mk] = len(d.ents) - 1
	return len(d.ents) - 1
}

// document resolves "the statement" to the statement the article
// introduced most recently ("Beijing’s statement"), or names a new one.
func (d *doc) document(a, b int) int {
	head := strings.TrimSuffix(string(d.lower[d.toks[b-1].s:d.toks[b-1].e]), "s")
	bare := b-a == 1
	best := -1
	for i := range d.ents {
		if d.ents[i].kind == KindDocument && strings.TrimSuffix(d.ents[i].head, "s") == head && (best < 0 || d.ents[i].last > d.ents[best].last) {
			best = i
		}
	}
	if best >= 0 && (bare || d.is(a-1, "the")) {
		d.ents[best].last = a
		return best
	}
	s := a
	if d.det(a - 1) {
		s = a - 1
	}
	return d.named(KindDocument, s, b)
}

// personWithTitle resolves "the Russian leader", "the minister" to the
// most recently mentioned person whose titles hold all the phrase's
// words, else its qualifiers ("Russian"), else, for a bare "the
// minister", its head.
func (d *doc) personWithTitle(a, b int) int {
	var words []string
	for k := a; k < b; k++ {
		if d.word(k) && !d.det(k) {
			words = append(words, string(d.lower[d.toks[k].s:d.toks[k].e]))
		}
	}
	if len(words) == 0 {
		return -1
	}
	head, mods := words[len(words)-1], words[:len(words)-1]
	tries := [][]string{words, mods, {head}}
	if len(mods) == 0 {
		tries = [][]string{{head}}
	}
	off := int(d.toks[a].s)
	for _, want := range tries {
		if len(want) == 0 {
			continue
		}
		best := -1
		for i := range d.ents {
			en := &d.ents[i]
			if en.kind != KindPerson || d.lastBefore(i, off) < 0 || best >= 0 && d.lastBefore(best, off) >= d.lastBefore(i, off) {
				continue
			}
			ok := len(en.twords) > 0
			for _, w := range want {
				ok = ok && en.twords[w]
			}
			if ok {
				best = i
			}
		}
		if best >= 0 {
			return best
		}
	}
	return -1
}

func titleWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return unicode.IsSpace(r) || r == ',' || r == '’' || r == '\'' })
}

func (d *doc) addMention(e int, m, title quote.Mention) {
	if e < 0 {
		return
	}
	en := &d.ents[e]
	newMention := false
	if k := [2]int{m.Start, m.End}; !en.has(k) {
		en.mark(k)
		en.mentions = append(en.mentions, m)
		i := sort.SearchInts(en.starts, m.Start)
		en.starts = append(en.starts, 0)
		copy(en.starts[i+1:], en.starts[i:])
		en.starts[i] = m.Start
		newMention = true
	}
	if title.Text != "" {
		if k := [2]int{-1 - title.Start, title.End}; !en.has(k) {
			en.mark(k)
			en.titles = append(en.titles, title)
			if en.twords == nil {
				en.twords = map[string]bool{}
			}
			for _, w := range titleWords(title.Text) {
				en.twords[w] = true
			}
		}
	}
	if m.Start > d.entLast(e) {
		en.last = d.tokAt(m.Start)
	}
	if newMention { // a mention seen before said its gender then
		d.noteGender(e, m)
	}
}

// maxSeenScan is how many mentions and titles an entity holds before
// has keeps them in a map: most entities have a few, and a scan of
// those is cheaper than making and hashing into a map.
const maxSeenScan = 16

// has reports whether the entity records span k: a mention [Start,
// End) as k, a title as {-1 - Start, End}.
func (en *entity) has(k [2]int) bool {
	if en.seen != nil {
		return en.seen[k]
	}
	for _, m := range en.mentions {
		if m.Start == k[0] && m.End == k[1] {
			return true
		}
	}
	for _, t := range en.titles {
		if -1-t.Start == k[0] && t.End == k[1] {
			return true
		}
	}
	return false
}

// mark records span k, which has just reported absent; the caller
// appends its mention or title.
func (en *entity) mark(k [2]int) {
	if en.seen == nil {
		if len(en.mentions)+len(en.titles) < maxSeenScan {
			return
		}
		en.seen = make(map[[2]int]bool, 2*maxSeenScan)
		for _, m := range en.mentions {
			en.seen[[2]int{m.Start, m.End}] = true
		}
		for _, t := range en.titles {
			en.seen[[2]int{-1 - t.Start, t.End}] = true
		}
	}
	en.seen[k] = true
}

func (d *doc) entLast(e int) int {
	if d.ents[e].last < len(d.toks) && d.ents[e].last >= 0 {
		return int(d.toks[d.ents[e].last].s)
	}
	return -1
}

// lastBefore returns the start of the entity's latest mention before
// byte offset off, or -1.
func (d *doc) lastBefore(e, off int) int {
	st := d.ents[e].starts
	i := sort.SearchInts(st, off)
	if i == 0 {
		return -1
	}
	return st[i-1]
}

// pairWindow is how far back, in tokens, both people "the pair" refers
// to must have been mentioned.
const pairWindow = 150

// pairPhrase reports whether tokens [a, b), determiner dropped, speak of
// two people as one: "the pair", "the duo", "the two leaders", "both
// men". News a/b write such a phrase twice and PolNeAR dev five times,
// never as a speaker: turning the rule off changes no dev figure. Kept
// for the corpus (speech speakers 29 → 28 of 32 and reporters 4 → 3 of 4
// without it).
func (d *doc) pairPhrase(a, b int) bool {
	switch b - a {
	case 1:
		return d.is(a, "pair") || d.is(a, "duo")
	case 2:
		if !d.is(a, "two") && !d.is(a, "both") || !d.word(a+1) {
			return false
		}
		return d.in(bitPairNoun, a+1)
	}
	return false
}

// pairBefore returns the group of the two people mentioned last before
// token t, or -1. People an earlier word of t's sentence names are left
// out: in "He said the pair expressed …" the pair does not include him.
func (d *doc) pairBefore(t int) int {
	ss := t
	for ss > 0 && d.toks[ss-1].sent == d.toks[t].sent {
		ss--
	}
	excl := -1
	for k := ss; k < t; k++ {
		if kind, ok := d.pronoun(k); ok && kind == "person" {
			excl = d.lastPerson
		}
	}
	sOff, off := int(d.toks[ss].s), int(d.toks[t].s)
	minOff := int(d.toks[max(0, t-pairWindow)].s)
	e1, o1, e2, o2 := -1, -1, -1, -1
	for i := range d.ents {
		if d.ents[i].kind != KindPerson || i == excl {
			continue
		}
		o := d.lastBefore(i, off)
		if o < minOff || o >= sOff && o < off {
			continue // too far back, or named earlier in this sentence
		}
		switch {
		case o > o1:
			e2, o2 = e1, o1
			e1, o1 = i, o
		case o > o2:
			e2, o2 = i, o
		}
	}
	if e2 < 0 {
		return -1
	}
	return d.group(min(e1, e2), max(e1, e2), t, t+1)
}

// pairEnding returns where a phrase for two people ending at token e
// begins ("the pair", "the two leaders", "both men"), not before lo.
func (d *doc) pairEnding(e, lo int) (int, bool) {
	for a := e; a >= lo && a >= e-1; a-- {
		if d.pairPhrase(a, e+1) {
			if a-1 >= lo && d.det(a-1) {
				a--
			}
			return a, true
		}
	}
	return 0, false
}

// linkedHead resolves a phrase whose capitalised words [n, b) end a
// body's name that starts at or before a, in the same sentence (see
// bodyLink): "the Board on Public Safety says" is that board, not
// "Public Safety".
func (d *doc) linkedHead(n, b int) (speakerRef, bool) {
	sent := d.toks[n].sent
	org := d.bodyLink(n)
	// "for a Responsible Federal Budget": lexicon words inside the name.
	for n > 0 && d.toks[n-1].sent == sent && d.word(n-1) && d.toks[n-1].cap && !d.in(bitStop, n-1) && !d.in(bitTitle, n-1) && !d.in(bitHonorific, n-1) {
		n--
	}
	if !org && !d.bodyLink(n) {
		return speakerRef{}, false
	}
	m := n
	for m > 0 && d.toks[m-1].sent == sent && (d.word(m-1) && d.toks[m-1].cap && !d.in(bitStop, m-1) ||
		(d.is(m-1, "the") || d.is(m-1, "a")) && d.linkWord(m-2) || m >= 2 && d.linkWord(m-1) && d.word(m-2) && d.toks[m-2].cap && !d.in(bitStop, m-2)) {
		m--
	}
	if d.is(m-1, "the") {
		m--
	}
	e := d.named(KindOrganization, m, b)
	return d.ref(e, m, b), true
}

// minCutName is the fewest bytes of a name cut by the end of the text
// that cutName reads as the start of a longer name.
const minCutName = 3

// cutName returns the one person whose name has a word that the single
// word toks, ending the text at token b, begins: a text cut off in the
// middle of "said Nadella" ends "said Nad". Else -1.
func (d *doc) cutName(b int, toks []string) int {
	if len(toks) != 1 || b != len(d.toks) || int(d.toks[b-1].e) != len(d.src) || len(toks[0]) < minCutName {
		return -1
	}
	found := -1
	for e := range d.ents {
		en := &d.ents[e]
		if en.kind != KindPerson {
			continue
		}
		for _, w := range en.nameToks {
			if len(w) > len(toks[0]) && strings.HasPrefix(w, toks[0]) {
				if found >= 0 && found != e {
					return -1
				}
				found = e
			}
		}
	}
	return found
}
