package attribute

import (
	"sort"
	"strings"

	"github.com/verbatim-nlp/verbatim/quote"
)

// This file holds the cue grammar around a speaker's name: the title
// written before it, and the subject after an inverted cue.

// maxTitleBefore bounds, in tokens, a title written before a name
// ("Delaware-based firm’s co-founder and president").
const maxTitleBefore = 6

// titleWord reports whether token t can belong to a title written
// before a name: a word that is no stop word, determiner, cue, pronoun,
// manner adverb, auxiliary or time word ("Argentina", "coach", "US",
// "Floyd’s", "younger"), or a possessive.
func (d *doc) titleWord(t int) bool {
	if t < 0 || t >= len(d.toks) || d.toks[t].inQ {
		return false
	}
	if d.toks[t].kind == tPoss {
		return d.word(t - 1)
	}
	if !d.word(t) || d.in(bitStop, t) || d.det(t) || d.isCue(t) || d.lyAdverb(t) || d.skippable(t) || d.timeWord(t) {
		return false
	}
	if !d.toks[t].cap && (d.gerund(t) || d.pastForm(t)) {
		return false // "a smiling Clinton", "a relieved Biden": no title
	}
	_, pron := d.pronoun(t)
	return !pron
}

// titleBefore returns where a title written right before the name at
// token n begins: "Argentina coach Lionel Scaloni", "Floyd’s younger
// brother Philonise", "current Twitter CEO Parag Agrawal". The title must
// open a clause, perhaps after a determiner ("the Argentina coach"), and
// not begin before lo; n when there is none. Lower-case words that are
// in no lexicon are accepted only here, where a name follows and a
// clause opens before them.
func (d *doc) titleBefore(n, lo int) int {
	t := n
	for t > lo && n-t < maxTitleBefore {
		if d.titleWord(t - 1) {
			t--
			continue
		}
		// "Acme co-founder and former CEO": an and joining two titles.
		if t < n && t-2 > lo && d.is(t-1, "and") && d.in(bitTitle, t-2) && (d.in(bitTitle, t) || d.in(bitTitleMod, t)) {
			t -= 2
			continue
		}
		break
	}
	if t == n || d.toks[t].kind == tPoss || d.pluralHead(n-1) {
		return n
	}
	s := t
	if s > lo && d.det(s-1) && !d.is(s-1, "his") && !d.is(s-1, "her") && !d.is(s-1, "their") && !d.is(s-1, "its") {
		s--
	}
	if !d.clauseOpens(s, lo) {
		return n
	}
	return t
}

// widenTitle gives a person speaker the whole title written right before
// its name ("Argentina coach", not "coach"; "Minnesota Attorney
// General", not "Attorney General"), when that title opens a clause not
// before lo.
func (d *doc) widenTitle(sp *speakerRef, lo int) {
	if sp.ent < 0 || sp.pronoun || d.ents[sp.ent].kind != KindPerson || sp.mention.Text == "" {
		return
	}
	n := d.tokAt(sp.mention.Start)
	if n >= len(d.toks) || int(d.toks[n].s) != sp.mention.Start {
		return
	}
	// Honorifics belong to the name ("Mr Biden"), not the title.
	for n > lo && d.in(bitHonorific, n-1) && d.toks[n-1].cap {
		n--
	}
	t := d.titleBefore(n, lo)
	if t == n {
		return
	}
	m := d.mention(t, n)
	if sp.title.Text != "" && (sp.title.Start < m.Start || sp.title.End > m.End) {
		return // a title elsewhere (an appositive) was written for this mention
	}
	sp.title = m
	d.addMention(sp.ent, sp.mention, m)
}

// invertedSubject finds the speaker after an inverted cue that a role
// or title introduces: "said Argentina coach Lionel Scaloni", "said the
// mayor, Elena Vasquez", "said another brother, Terrence Floyd, of New
// York". It returns the name [a, b) and the title [ta, tb).
func (d *doc) invertedSubject(k, hi int) (a, b, ta, tb int, ok bool) {
	s := k
	if d.det(s) {
		s++
	}
	t := s
	for t < hi && t-s < maxTitleBefore && (d.titleWord(t) && !d.capName(t) || d.numeral(t)) {
		t++
	}
	// Capitalised words before a lower-case head belong to the title
	// ("Argentina coach"); a run of names after it is the speaker.
	for {
		n := t
		for n < hi && n-t < 5 && d.capName(n) {
			n++
		}
		if n == t {
			break
		}
		if n < hi && d.titleWord(n) && !d.toks[n].cap && !d.capName(n) && n-s < maxTitleBefore {
			t = n + 1
			for t < hi && t-s < maxTitleBefore && d.titleWord(t) && !d.capName(t) {
				t++
			}
			continue
		}
		if t == s || d.is(k, "the") && d.capitalBody(s, n) {
			// a bare name, or a body ("according to the White Helmets"):
			// npAfter reads it
			return 0, 0, 0, 0, false
		}
		if d.endsSubject(n, hi) {
			return t, n, k, t, true
		}
		return 0, 0, 0, 0, false
	}
	// "the mayor, Elena Vasquez": a role, a comma, then the name.
	if t > s && t < hi && d.toks[t].kind == tComma {
		n := t + 1
		for n < hi && n-t-1 < 5 && d.capName(n) {
			n++
		}
		if n > t+1 && d.endsSubject(n, hi) {
			return t + 1, n, k, t, true
		}
	}
	return 0, 0, 0, 0, false
}

// numeral reports whether token t is a number or the slash of a date
// inside a title ("said 9/11 widow Jane Roe", "said 2016 nominee").
func (d *doc) numeral(t int) bool {
	if t < 0 || t >= len(d.toks) || d.toks[t].inQ {
		return false
	}
	tk := &d.toks[t]
	if c := d.src[tk.s]; c >= '0' && c <= '9' {
		return true
	}
	return tk.kind == tOther && d.src[tk.s] == '/' && tk.e-tk.s == 1 && t+1 < len(d.toks) && d.numeral(t+1) && t > 0 && d.numeral(t-1)
}

// endsSubject reports whether a speaker phrase may end before token n:
// at a comma, a stop, a quote mark, a paragraph end or hi, or before
// "of" ("Terrence Floyd, of New York" is an affiliation) or a time word.
func (d *doc) endsSubject(n, hi int) bool {
	if n >= hi || n >= len(d.toks) || d.toks[n].para != d.toks[n-1].para {
		return true
	}
	switch d.toks[n].kind {
	case tComma, tStop, tQuote, tColon, tParen, tDash:
		return true
	}
	return d.is(n, "of") || d.is(n, "in") || d.is(n, "at") || d.is(n, "on") || d.timeWord(n) || d.is(n, "who")
}

// pastForm reports whether t is a lower-case word ending in "ed"
// ("relieved", "shocked").
func (d *doc) pastForm(t int) bool {
	if !d.word(t) || d.toks[t].cap {
		return false
	}
	w := d.lower[d.toks[t].s:d.toks[t].e]
	return len(w) > 4 && w[len(w)-2] == 'e' && w[len(w)-1] == 'd'
}

// modifiersBefore reports whether tokens [k, a) only qualify the subject
// that starts at a: a title ("current Twitter CEO") or a determiner and
// a few describing words ("a smiling", "a clearly shocked").
func (d *doc) modifiersBefore(a, k int) bool {
	if d.titleBefore(a, k) == k {
		return true
	}
	t := k
	if !d.det(t) {
		return false
	}
	for t++; t < a; t++ {
		if !d.word(t) || d.toks[t].cap || d.toks[t].inQ || d.in(bitStop, t) || d.isCue(t) || t-k > 3 {
			return false
		}
		if _, ok := d.pronoun(t); ok {
			return false
		}
	}
	return true
}

// passive reports whether the cue is a passive participle after a form
// of "be" ("it was revealed that", "he was told"): its grammatical
// subject is not the speaker. "was quoted as saying" is a cue of its own.
func (d *doc) passive(h cueHit) bool {
	if h.objA >= 0 || h.viaA >= 0 || d.participle(h) || strings.HasSuffix(h.lemma, "as saying") {
		return false
	}
	p := h.i - 1
	if d.is(p, "also") || d.is(p, "later") || d.is(p, "reportedly") {
		p--
	}
	return d.is(p, "was") || d.is(p, "were") || d.is(p, "been") || d.is(p, "be") || d.is(p, "is") || d.is(p, "are") || d.is(p, "being")
}

// pluralHead reports whether t is a lower-case plural noun outside the
// lexicon ("policies Macron had slammed"): a title names one office.
func (d *doc) pluralHead(t int) bool {
	if !d.word(t) || d.toks[t].cap || d.lexWord(t) {
		return false
	}
	w := d.lower[d.toks[t].s:d.toks[t].e]
	n := len(w)
	return n > 3 && w[n-1] == 's' && w[n-2] != 's' && w[n-2] != 'u' && w[n-2] != 'i'
}

// honorificOnly reports whether a title is only honorifics ("Mr",
// "Dr."): a form of address, not an office. It does not allocate.
func (d *doc) honorificOnly(title string) bool {
	var buf [16]byte
	n, words := 0, 0
	for i := 0; i <= len(title); i++ {
		if i < len(title) && title[i] != ' ' {
			if n == len(buf) {
				return false
			}
			c := title[i]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf[n] = c
			n++
			continue
		}
		if n > 0 {
			if _, ok := d.a.sec[secHonorific][string(buf[:n])]; !ok {
				return false
			}
			words++
			n = 0
		}
	}
	return words > 0
}

// offices returns entity e's titles that are offices, not honorifics,
// sorted by offset. It is built once per entity in result.
func (d *doc) offices(e int) []quote.Mention {
	en := &d.ents[e]
	if en.offices != nil || len(en.titles) == 0 {
		return en.offices
	}
	en.offices = make([]quote.Mention, 0, len(en.titles))
	for _, t := range en.titles {
		if !d.honorificOnly(t.Text) && !d.brokenTitle(t.Text) {
			en.offices = append(en.offices, t)
		}
	}
	sort.Slice(en.offices, func(i, j int) bool { return en.offices[i].Start < en.offices[j].Start })
	return en.offices
}

// nearestTitle returns the title the article gives entity e nearest the
// byte offset off, before or after it ("Tesla chief executive Elon Musk"
// three paragraphs up rather than the first title in the article).
// Honorifics ("Mr", "Dr") are forms of address, never titles.
func (d *doc) nearestTitle(e, off int) (string, bool) {
	m, ok := d.nearestOffice(e, off)
	return m.Text, ok
}

// nearestOffice is nearestTitle with the title's position.
func (d *doc) nearestOffice(e, off int) (quote.Mention, bool) {
	ts := d.offices(e)
	if len(ts) == 0 {
		return quote.Mention{}, false
	}
	i := sort.Search(len(ts), func(i int) bool { return ts[i].Start >= off })
	switch {
	case i == len(ts):
		i--
	case i > 0 && off-ts[i-1].Start <= ts[i].Start-off:
		i--
	}
	return ts[i], true
}

// titledSubject reads a subject that a describing phrase and a comma
// open, with no comma after the name: "The world’s richest man, Elon
// Musk has bought …". It returns the name [a, b).
func (d *doc) titledSubject(k, hi int) (int, int, bool) {
	c := k
	for c < hi && c-k < maxTitleBefore+1 && (d.word(c) || d.toks[c].kind == tPoss) && !d.toks[c].inQ && !d.isCue(c) {
		c++
	}
	if c == k || c >= hi || d.toks[c].kind != tComma || !d.det(k) {
		return 0, 0, false
	}
	n := c + 1
	for n < hi && n-c-1 < 5 && d.capName(n) {
		n++
	}
	if n-c-1 < 2 || n >= hi || !d.word(n) || d.toks[n].cap {
		return 0, 0, false
	}
	return c + 1, n, true
}

// relativeSubject finds a subject that a relative clause with no commas
// separates from its cue: "Musk who had bought shares said". e is the
// last token before the cue; it returns the subject's first token and
// sets roleEnd to its end.
func (d *doc) relativeSubject(e, lo int) (int, bool) {
	for t := e; t > lo && t > e-12; t-- {
		switch d.toks[t].kind {
		case tComma, tStop, tQuote, tColon, tDash, tParen:
			return 0, false
		}
		if d.is(t, "who") {
			if !d.capName(t - 1) {
				return 0, false
			}
			return d.npBefore(t-1, lo)
		}
	}
	return 0, false
}

// agent credits a passive cue to its agent: "was said by X", "were
// written by X, the mayor", with X's appositive as its title.
func (d *doc) agent(h cueHit, hi int) (attr, bool) {
	if !d.is(h.j, "by") {
		return attr{}, false
	}
	b, ok := d.npAfter(h.j+1, hi)
	if !ok {
		return attr{}, false
	}
	sp, ok := d.resolveNP(h.j+1, b)
	if !ok || sp.ent < 0 {
		return attr{}, false
	}
	if ta, tb, ok := d.appositiveAt(b, true); ok {
		sp.title = d.titleMention(ta, tb)
		d.addMention(sp.ent, sp.mention, sp.title)
	}
	at := attr{sp: sp, cue: d.mention(h.i, h.j+1), rule: "cue-after:" + d.cueName(h) + " by", conf: d.conf(confCueAfter, sp), reporter: -1}
	d.markUsed(h)
	return at, true
}

// brokenTitle reports whether a title ends in an honorific or a stop
// word ("Supporters of Mr" before "Mr Macron"): words that run into the
// name, not an office.
func (d *doc) brokenTitle(title string) bool {
	i := strings.LastIndexByte(title, ' ')
	if i < 0 {
		return false
	}
	w := strings.ToLower(title[i+1:])
	_, hon := d.a.sec[secHonorific][w]
	_, stop := d.a.sec[secStop][w]
	return hon || stop
}

// participleSubject finds a subject that a participle phrase with no
// commas separates from its cue: "Protesters marching through the
// streets chanted". e is the last token before the cue; the subject
// must open the clause. It returns the subject [a, b).
func (d *doc) participleSubject(e, lo int) (int, int, bool) {
	for t := e; t > lo && t > e-10; t-- {
		if !d.word(t) || d.toks[t].inQ {
			return 0, 0, false
		}
		if !d.gerund(t) || d.isCue(t) {
			continue
		}
		a, ok := d.npBefore(t-1, lo)
		if !ok || d.roleEnd != t || !d.clauseOpens(a, lo) {
			return 0, 0, false
		}
		if _, pron := d.pronoun(a); pron {
			return 0, 0, false
		}
		return a, t, true
	}
	return 0, 0, false
}

// officeRole reports whether a role entity is named by an office
// ("Ohio’s health minister", "the general manager") rather than a
// group or a description ("sources", "the 52-year-old moderate").
func (d *doc) officeRole(en *entity) bool {
	_, office := d.a.sec[secTitle][en.head]
	_, hon := d.a.sec[secHonorific][en.head]
	return office && !hon
}

// trimDet returns a phrase without its leading article: the office in
// "the Ohio governor" is "Ohio governor".
func trimDet(s string) string {
	for _, det := range [...]string{"the ", "The ", "a ", "A ", "an ", "An "} {
		if strings.HasPrefix(s, det) {
			return s[len(det):]
		}
	}
	return s
}
