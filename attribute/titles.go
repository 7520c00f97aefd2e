package attribute

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
		if tk.kind != tWord || tk.inQ || tk.cap || tk.cls&(secBit(secOfficeVerb)|secBit(secOfficePass)) == 0 {
			continue
		}
		w := string(d.lower[tk.s:tk.e])
		verb := false
		if lemma, ok := d.a.sec[secOfficeVerb][w]; ok {
			// "to become", "could win": the base form names an office not held
			verb = lemma != w || d.is(v-1, "has") || d.is(v-1, "have") || d.is(v-1, "had")
		}
		if d.in(secOfficePass, v) && d.beForm(v) {
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
	if e == t || !d.in(secTitle, e-1) || d.in(secHonorific, e-1) || d.capName(e) {
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
	for a > 0 && b-a < maxNameWords && (d.capName(a-1) || d.in(secHonorific, a-1)) {
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
		if d.word(t) && !d.in(secHonorific, t) {
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
