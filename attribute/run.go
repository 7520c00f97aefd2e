package attribute

import (
	"sort"
	"strings"

	"github.com/verbatim-nlp/verbatim/quote"
)

// Confidence values. They are heuristic and may change.
const (
	confCueAfter     = 0.95
	confCueBefore    = 0.9
	confPossessive   = 0.7
	confChain        = 0.85
	confPronoun      = 0.8
	confRole         = 0.85
	confSameSentence = 0.7
	confContinuation = 0.75
	confPrevSentence = 0.5
	confPrevSubject  = 0.45
	confSubject      = 0.4
	confNextQuote    = 0.6
	confIndirect     = 0.7
	confUnresolved   = 0.1
	confPredicate    = 0.6
	confLabel        = 0.85
	confCaption      = 0.8
	confIntro        = 0.8
	confColonIntro   = 0.75
)

// ruleNextQuote names the attribution anticipate makes.
const ruleNextQuote = "next-quote-speaker"

func (d *doc) run() {
	d.scanTitles()
	d.scanDocuments()
	d.scanNames()
	d.scanOffices()
	d.scanLeadOffices()
	d.scanSharedTitles()
	d.scanIssuers()
	d.scanSurnames()
	d.scanDescriptors()
	for s := 0; s+1 < len(d.sents); s++ {
		d.sentence(s, d.sents[s], d.sents[s+1])
	}
	d.anticipate()
	d.scanSurnames()
}

// anticipate credits an uncued quote to the speaker of the next quote of
// its paragraph when that quote's cue follows it and no cue sits
// between them: “Q1” in the city, “Q2,” said X. — a statement cut into
// pieces by the reporter's words, its cue after the last piece. It runs
// once all sentences are attributed, from the last quote back, so a
// chain of pieces takes the speaker of the piece that has the cue.
func (d *doc) anticipate() {
	next := -1 // the following top-level speech quote
	for i := len(d.qs) - 1; i >= 0; i-- {
		qv := &d.qs[i]
		q := &qv.q
		if q.Depth > 0 || !q.IsSpeech() || q.Kind == quote.Indirect || qv.open < 0 || qv.clos < 0 {
			continue
		}
		n := next
		next = i
		if q.Rule != "no-cue" || n < 0 {
			continue
		}
		nv := &d.qs[n]
		if nv.ent < 0 || nv.q.Cue.Start < nv.q.End && nv.q.Rule != ruleNextQuote || d.toks[nv.open].para != d.toks[qv.clos].para {
			continue
		}
		between := true
		for t := qv.clos + 1; t < nv.open && between; t++ {
			between = !d.isCue(t) && d.toks[t].kind != tQuote
		}
		if !between {
			continue
		}
		qv.ent, qv.rep = nv.ent, -1
		q.Mention, q.Title, q.Cue, q.Via = nv.q.Mention, nv.q.Title, nv.q.Cue, nv.q.Via
		q.Rule, q.Confidence = ruleNextQuote, confNextQuote
	}
}

// scanTitles finds titled names anywhere outside quotes: "Chinese
// Foreign Minister Wang Yi", "Vladimir Putin’s foreign affairs adviser,
// Yuri Ushakov", "Andrey Denisov, the Russian ambassador to China".
func (d *doc) scanTitles() {
	for i := 0; i < len(d.toks); {
		t := &d.toks[i]
		if t.kind != tWord || t.inQ || !(t.cap && !d.in(bitStop, i) || d.in(bitTitle, i) || d.in(bitTitleMod, i) || d.in(bitNationality, i)) {
			i++
			continue
		}
		j, ok := d.npAfter(i, d.sents[t.sent+1])
		if !ok || j <= i {
			i++
			continue
		}
		if d.toks[j-1].kind == tPoss && j-1 > i {
			j-- // "former CEO Jane Roe’s": the name ends before ’s
		}
		L := i - 1
		for k := i; k < j; k++ {
			if d.lexWord(k) || d.toks[k].kind == tPoss || !d.toks[k].cap {
				L = k
			}
		}
		nameOK := L+1 < j && j-(L+1) <= 4
		for k := L + 1; k < j; k++ {
			nameOK = nameOK && d.capName(k)
		}
		switch {
		case nameOK && L >= i && d.hasTitleWord(i, L+1):
			e := d.person(L+1, j)
			ts := d.titleStart(i, L+1)
			if w := d.titleBefore(L+1, d.sents[t.sent]); w < ts && d.hasLower(w, L+1) {
				// the whole title: "Acme co-founder and former CEO",
				// "Ohio-born CEO", "kindergarten teacher"; a run of
				// capitals alone is a headline ("Putin Trolls US President")
				ts = w
			}
			d.addMention(e, d.mention(L+1, j), d.mention(ts, L+1))
			if a, b, ok := d.appositive(j); ok {
				d.addMention(e, d.mention(L+1, j), d.titleMention(a, b))
			}
		case L == j-1 && d.in(bitTitle, L) && j < len(d.toks) && d.toks[j].kind == tComma:
			n := j + 1
			for n < len(d.toks) && n < j+5 && d.capName(n) {
				n++
			}
			if n > j+1 && n < len(d.toks) {
				k := d.toks[n].kind
				if k == tComma || k == tStop || k == tQuote || k == tParen || d.isCue(n) {
					e := d.person(j+1, n)
					d.addMention(e, d.mention(j+1, n), d.mention(d.titleStart(i, j), j))
					j = n
				}
			}
		case L < i && nameOK:
			if a, b, ok := d.appositive(j); ok {
				e := d.person(i, j)
				d.addMention(e, d.mention(i, j), d.titleMention(a, b))
				j = b
			}
		}
		i = j
	}
}

// hasLower reports whether tokens [a, b) hold a lower-case word.
func (d *doc) hasLower(a, b int) bool {
	for t := a; t < b; t++ {
		if d.word(t) && !d.toks[t].cap {
			return true
		}
	}
	return false
}

// scanDocuments records the documents an article introduces with a
// possessive or an adjective ("Beijing’s statement", "a joint
// statement") so that a later "the statement" resolves to them.
func (d *doc) scanDocuments() {
	for i := 1; i < len(d.toks); i++ {
		if !d.word(i) || d.toks[i].inQ || d.toks[i].cap || !d.in(bitDocument, i) {
			continue
		}
		switch {
		case d.toks[i-1].kind == tPoss && d.word(i-2) && d.toks[i-2].cap:
			a := i - 2
			for a > 0 && d.word(a-1) && d.toks[a-1].cap && !d.in(bitStop, a-1) && d.toks[a-1].sent == d.toks[i].sent {
				a--
			}
			e := d.named(KindDocument, a, i+1)
			if d.ents[e].issuer == 0 {
				d.ents[e].issuer = d.issuer(a, i-1) + 1
			}
		case d.word(i-1) && !d.toks[i-1].cap && !d.det(i-1) && d.det(i-2) && !d.is(i-2, "a") && !d.is(i-2, "an"):
			d.named(KindDocument, i-2, i+1)
		}
	}
	for e := range d.ents {
		if d.ents[e].kind == KindDocument {
			d.ents[e].last = -1
		}
	}
}

// scanSurnames adds to each person the bare mentions of their name
// ("Putin and Xi discussed…").
func (d *doc) scanSurnames() {
	for i := 0; i < len(d.toks); {
		if !d.capName(i) {
			i++
			continue
		}
		j := i
		for j < len(d.toks) && d.capName(j) && j-i < 5 {
			j++
		}
		best := -1
		for _, e := range d.byTok[string(d.src[d.toks[i].s:d.toks[i].e])] {
			if d.ents[e].kind == KindPerson && d.runIn(i, j, d.ents[e].nameToks) {
				if best < 0 || d.lastBefore(e, int(d.toks[i].s)) > d.lastBefore(best, int(d.toks[i].s)) {
					best = e
				}
			}
		}
		if best >= 0 {
			d.addMention(best, d.mention(i, j), quote.Mention{})
		}
		i = j
	}
}

// maxDescriptorWords bounds the words between "the" and a descriptor's
// head ("the former CEO", "the French president").
const maxDescriptorWords = 3

// scanDescriptors adds to each titled person the descriptors that stand
// for them outside any cue ("The tweets show the former CEO backs the
// deal, but he added …"): "the", a few words, an office or role word
// that personWithTitle resolves to someone named before. A pronoun
// after it then finds that person, not the one the clause names last.
func (d *doc) scanDescriptors() {
	for h := range d.toks {
		if !d.word(h) || d.toks[h].inQ || !d.in(bitTitle, h) && !d.in(bitRole, h) || d.capName(h+1) || h+1 < len(d.toks) && d.toks[h+1].kind == tPoss {
			continue
		}
		a := d.descriptorFrom(h)
		if !d.is(a-1, "the") {
			continue
		}
		if e := d.personWithTitle(a, h+1); e >= 0 {
			d.addMention(e, d.mention(a-1, h+1), quote.Mention{})
		}
	}
}

// descriptorFrom returns the first word of the descriptor whose head is
// token h, after its determiner: "former" in "the former CEO".
func (d *doc) descriptorFrom(h int) int {
	a := h
	for a > 0 && h-a < maxDescriptorWords && d.word(a-1) && !d.det(a-1) && !d.toks[a-1].inQ && !d.capName(a-1) && d.toks[a-1].sent == d.toks[h].sent {
		a--
	}
	return a
}

// holds reports whether tokens [a, b) hold the word w.
func (d *doc) holds(a, b int, w string) bool {
	for t := a; t < b; t++ {
		if d.is(t, w) {
			return true
		}
	}
	return false
}

// sameSentence reports whether bytes a and b lie in one sentence.
func (d *doc) sameSentence(a, b int) bool {
	return d.toks[d.tokAt(a)].sent == d.toks[d.tokAt(b)].sent
}

// maxOfficeReach is how many tokens before and after a quote
// sentenceOffice reads for a descriptor of its speaker: a sentence's
// clauses, not a run-on page.
const maxOfficeReach = 60

// sentenceOffice returns the office of a descriptor that stands for
// person e in the sentence of quote q, outside it: in "the former
// CEO endorses the deal, but he added that “Q”" the sentence itself
// calls the speaker "former CEO", nearer than any title elsewhere.
func (d *doc) sentenceOffice(e int, q *quote.Quote) (string, bool) {
	o, c := d.tokAt(q.Start), d.tokAt(q.End)
	s := d.toks[o].sent
	en := &d.ents[e]
	// Only the words near the quote are read, so a sentence that never
	// ends (scraped text without stops) costs each quote a bounded scan,
	// not the whole sentence once per quote.
	lo, hi := max(d.sents[s], o-maxOfficeReach), min(d.sents[s+1], c+maxOfficeReach)
	for h := lo; h < hi; h++ {
		d.work++
		if !d.word(h) || d.toks[h].inQ || int(d.toks[h].s) >= q.Start && int(d.toks[h].s) < q.End || !d.in(bitTitle, h) || d.toks[h].cap && !d.allCaps(h) || d.capName(h+1) || d.in(bitTitle, h+1) || d.in(bitTitleMod, h+1) || d.in(bitRole, h+1) {
			continue // a lower-case or acronym head that ends the phrase: not "the Republican field"
		}
		a := d.descriptorFrom(h)
		if d.is(a-1, "the") && !d.holds(a, h, "of") && en.has([2]int{int(d.toks[a-1].s), int(d.toks[h].e)}) {
			return d.phrase(a, h+1), true
		}
	}
	return "", false
}

// runIn reports whether tokens [i, j) are a contiguous run of name.
func (d *doc) runIn(i, j int, name []string) bool {
	n := j - i
outer:
	for k := 0; k+n <= len(name); k++ {
		for m := 0; m < n; m++ {
			tk := &d.toks[i+m]
			if string(d.src[tk.s:tk.e]) != name[k+m] {
				continue outer
			}
		}
		return true
	}
	return false
}

// attr is one attribution found for a quote or an indirect statement.
type attr struct {
	sp       speakerRef
	cue      quote.Mention
	rule     string
	conf     float64
	via      string
	reporter int
}

func (d *doc) sentence(s, ss, se int) {
	// x lives in d: the rules see it through function values, so a local
	// would escape to the heap once per sentence.
	x := &d.x
	*x = qctx{s: s, ss: ss, se: se, prevClose: -1}
	x.tailP, x.tailAt, x.tailOK = d.sentenceTail(ss, se)
	for qi := d.qcur; qi < len(d.qs); qi++ {
		qv := &d.qs[qi]
		o := qv.open
		if o < 0 {
			o = d.tokAt(qv.q.Start)
		}
		if o >= se {
			break
		}
		d.qcur = qi + 1
		if o < ss {
			continue
		}
		q := &qv.q
		if !q.IsSpeech() || q.Kind == quote.Indirect {
			continue
		}
		if q.Depth > 0 {
			q.Rule = "nested-quote"
			continue
		}
		c := qv.clos
		if c < 0 {
			c = d.tokAt(q.End) - 1
		}
		x.q, x.qi, x.o, x.c = q, qi, o, c
		x.lo = ss
		if x.prevClose >= 0 {
			x.lo = x.prevClose + 1
		}
		x.hi = se
		if c >= se && c < len(d.toks) {
			// A quote over several paragraphs: its cue follows the
			// closing mark, in the sentence where the quote ends.
			x.hi = d.sents[d.toks[c].sent+1]
		}
		for qj := qi + 1; qj < len(d.qs); qj++ {
			if n := d.qs[qj]; n.open > c && n.q.Depth == 0 && n.q.Kind != quote.Indirect {
				if n.open < x.hi {
					x.hi = n.open
				}
				break
			}
		}
		x.prevClose = c
		x.cuesDone = false
		at, ok := d.applyRules(x)
		if !ok {
			q.Rule = "no-cue"
			continue
		}
		d.apply(qv, at, s)
		x.prev, x.hasPrev = at, true
	}
	if d.a.cfg.indirect {
		d.indirectIn(s, ss, se, x.tailP, x.tailAt, x.tailOK)
	}
}

func (d *doc) lastSpeakerPara() int {
	if d.lastMention.End == 0 && d.lastMention.Start == 0 {
		return -1
	}
	return int(d.toks[d.tokAt(d.lastMention.Start)].para)
}

// apply writes an attribution into a quote and updates the discourse
// memory.
func (d *doc) apply(qv *qinfo, at attr, s int) {
	q := &qv.q
	q.Cue, q.Rule, q.Confidence, q.Via = at.cue, at.rule, at.conf, at.via
	s = d.endSentence(qv, at, s)
	if at.sp.ent < 0 {
		q.Mention = at.sp.mention
		q.Rule = "unresolved-pronoun"
		q.Confidence = confUnresolved
		d.lastSpeaker, d.lastSpeakerSent, d.lastMention = -1, s, at.sp.mention
		return
	}
	qv.ent, qv.rep = at.sp.ent, at.reporter
	q.Mention = at.sp.mention
	q.Title = oneLine(at.sp.title.Text)
	d.ents[at.sp.ent].speaker = true
	d.remember(at.sp, s)
	// After "Ushakov said Xi said…", "he" is Ushakov.
	if at.reporter >= 0 && d.ents[at.reporter].kind == KindPerson {
		d.lastPerson = at.reporter
	}
}

// endSentence returns the last sentence that a quote opening in
// sentence s and its cue reach: after a quote over several sentences or
// paragraphs, the next uncued quote follows that sentence, not s.
func (d *doc) endSentence(qv *qinfo, at attr, s int) int {
	if c := qv.clos; c >= 0 && c < len(d.toks) && int(d.toks[c].sent) > s {
		s = int(d.toks[c].sent)
	}
	if at.cue.End > 0 {
		if t := d.tokAt(at.cue.Start); t < len(d.toks) && int(d.toks[t].sent) > s {
			s = int(d.toks[t].sent)
		}
	}
	return s
}

func (d *doc) remember(sp speakerRef, s int) {
	if sp.ent < 0 {
		return
	}
	d.lastSpeaker, d.lastSpeakerSent, d.lastMention = sp.ent, s, sp.mention
	if d.ents[sp.ent].kind == KindPerson {
		d.lastPerson = sp.ent
	} else {
		d.lastThing = sp.ent
	}
}

func (d *doc) isChannel(e int) bool {
	if e < 0 || d.ents[e].kind == KindPerson {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(d.ents[e].name)) {
		if _, ok := d.a.sec[secChannel][w]; ok {
			return true
		}
	}
	return false
}

func (d *doc) conf(base float64, sp speakerRef) float64 {
	switch {
	case sp.pronoun:
		return confPronoun
	case sp.ent >= 0 && d.ents[sp.ent].kind == KindRole:
		return confRole
	}
	return base
}

// rightCue matches a cue after a quote: “Q,” Wang said / said Ned
// Price / according to the statement.
func (d *doc) rightCue(lo, hi int) (attr, bool) {
	k := lo
	for k < hi && k < lo+2 && (d.toks[k].kind == tComma || d.toks[k].kind == tDash) {
		k++
	}
	if k+1 < hi && d.is(k, "as") && !d.isCue(k+1) {
		k++ // "“Q,” as the mayor put it": the clause after "as" is the cue
	}
	if k >= hi {
		return attr{}, false
	}
	// "“…” ― Jorge Falcon": a dash and a name close the paragraph.
	if k > lo && d.toks[k-1].kind == tDash {
		if b, ok := d.npAfter(k, hi); ok && (b >= len(d.toks) || d.toks[b].para != d.toks[k].para || b == hi || d.toks[b].kind == tStop || d.toks[b].kind == tComma) {
			if sp, ok := d.resolveNP(k, b); ok {
				return attr{sp: sp, rule: "dash-attribution", conf: d.conf(confCueAfter, sp), reporter: -1}, true
			}
		}
		return attr{}, false
	}
	if h, ok := d.cueAt(k); ok {
		if d.listener(h) {
			return attr{}, false
		}
		var sp speakerRef
		b := 0
		if a, b2, ta, tb, ok := d.invertedSubject(h.j, hi); ok {
			// "said Argentina coach Lionel Scaloni", "said the mayor,
			// Elena Vasquez": the name, with the role as its title.
			if sp, ok = d.resolveNP(a, b2); !ok || sp.ent < 0 {
				return attr{}, false
			}
			b = b2
			if sp.title.Text == "" || d.ents[sp.ent].kind == KindPerson {
				sp.title = d.titleMention(ta, tb)
				d.addMention(sp.ent, sp.mention, sp.title)
			}
		} else {
			if b, ok = d.npAfter(h.j, hi); !ok {
				if d.participle(h) || !d.closesClause(lo, k) {
					// "“Q,” saying the city …" and "the “Q” reflects a
					// change": no inverted subject
					return attr{}, false
				}
				if b, ok = d.descriptorAfter(h.j, hi); !ok {
					return attr{}, false
				}
			}
			if sp, ok = d.resolveNP(h.j, b); !ok {
				return attr{}, false
			}
		}
		if ta, tb, ok := d.appositive(b); ok && sp.ent >= 0 {
			t := d.titleMention(ta, tb)
			if sp.title.Text == "" {
				sp.title = t
			}
			d.addMention(sp.ent, sp.mention, t)
		}
		at := attr{sp: sp, cue: d.cueMention(h), reporter: -1}
		if h.lemma == "according to" {
			at.rule, at.conf = "according-to", d.conf(confCueAfter, sp)
		} else {
			at.rule, at.conf = "cue-after:"+d.cueName(h), d.conf(confCueAfter, sp)
		}
		d.markUsed(h)
		return at, true
	}
	// Long enough for a name and two appositives: "Scott Pruitt, the
	// attorney general of Oklahoma, one of the states suing, said".
	for t := k; t < hi && t < k+maxAppositive+8; t++ {
		if d.toks[t].kind == tStop && !d.abbrevStop(t) || d.toks[t].kind == tQuote {
			break
		}
		h, ok := d.cueAt(t)
		if !ok {
			continue
		}
		if d.passive(h) {
			// "“Q” This was said by Ben Crump, one of the lawyers": the
			// agent speaks.
			return d.agent(h, hi)
		}
		a, b, ta, tb, ok := d.subjectOf(h, k)
		if ok && a > k && d.modifiersBefore(a, k) {
			ok = true // "current Twitter CEO Parag Agrawal tweeted": a title opens the subject
		} else if !ok || a != k && !(ta == k && tb > ta) {
			// "“…,” Scott Pruitt, the attorney general of Oklahoma, one
			// of the states suing, said": the name right after the quote.
			nb, ok2 := d.npAfter(k, h.i)
			if !ok2 || d.toks[nb].kind != tComma || !d.commaBefore(h.i, nb) {
				return attr{}, false
			}
			a, b, ta, tb = k, nb, 0, 0
			if x, y, ok3 := d.appositive(nb); ok3 {
				ta, tb = x, y
			}
		}
		sp, ok := d.resolveNP(a, b)
		if !ok {
			return attr{}, false
		}
		if ta < tb && sp.ent >= 0 {
			t := d.titleMention(ta, tb)
			if sp.title.Text == "" {
				sp.title = t
			}
			d.addMention(sp.ent, sp.mention, t)
		} else {
			d.widenTitle(&sp, k)
		}
		at := attr{sp: sp, cue: d.cueMention(h), rule: "cue-after:" + d.cueName(h), conf: d.conf(confCueAfter, sp), reporter: -1}
		d.addVia(&at, h, hi)
		d.markUsed(h)
		return at, true
	}
	return attr{}, false
}

// closesClause reports whether a comma, a dash or the quote's own
// punctuation ("“Q,” said", "“Q?” asked") ends the quote before the cue
// at k; lo is the token after the closing mark.
func (d *doc) closesClause(lo, k int) bool {
	if k > lo {
		return true
	}
	p := lo - 1
	for p >= 0 && d.toks[p].kind == tQuote {
		p-- // '' closes a quote in two marks
	}
	return p >= 0 && (d.toks[p].kind == tComma || d.toks[p].kind == tStop)
}

// maxDescriptor bounds the words of an unnamed speaker's description
// after its determiner.
const maxDescriptor = 6

// descriptorAfter reads an unnamed speaker after an inverted cue: a
// determiner, a few words and a lower-case head ("said a longtime
// volunteer", "wrote one commenter", "said one county GOP leader"),
// ending where punctuation, a stop word ("who", "to", "of"), a
// preposition or a time word follows. It returns the phrase's end.
func (d *doc) descriptorAfter(k, hi int) (int, bool) {
	// "denounced her record": a possessive opens an object.
	if !d.det(k) || d.is(k, "his") || d.is(k, "her") || d.is(k, "its") || d.is(k, "their") {
		return 0, false
	}
	t := k + 1
	if d.is(t, "of") && (d.det(t+1) || d.in(bitStop, t+1)) {
		t += 2 // "said one of those advisers"
	}
	s := t
	for t < hi && t-s < maxDescriptor && (d.word(t) || d.toks[t].kind == tPoss && t > s) && !d.toks[t].inQ &&
		!d.in(bitStop, t) && !d.in(bitPrep, t) && !d.isCue(t) {
		t++
	}
	h := t - 1
	if h < s || t-s >= maxDescriptor || !d.word(h) || d.toks[h].cap || !d.nounHead(h) || d.lyAdverb(h) {
		return 0, false
	}
	// A word or a determiner after the head makes it a verb: "the city
	// embodied the …".
	if t < hi && t < len(d.toks) && d.toks[t].para == d.toks[h].para && d.word(t) && (d.det(t) || !d.in(bitStop, t) && !d.in(bitPrep, t) && !d.timeWord(t)) {
		return 0, false
	}
	return t, true
}

// quotedPredicate reports whether a sentence (a headline, mostly) opens
// with a name and then the quote: "China ‘fully supports’ Russia’s
// demand", where the quoted words are the name's.
func (d *doc) quotedPredicate(ss, lo, o int) bool {
	if lo != ss || o <= lo || o-lo > 5 {
		return false
	}
	for t := lo; t < o; t++ {
		if !d.word(t) || !d.toks[t].cap || d.in(bitStop, t) {
			return false
		}
	}
	a, ok := d.npBefore(o-1, lo)
	if !ok || a != lo || d.roleEnd != o {
		return false
	}
	sp, ok := d.resolveNP(lo, o)
	return ok && sp.ent >= 0 && d.ents[sp.ent].kind != KindRole
}

// addVia records a channel after a cue: "quoted … by the Chinese
// Foreign Ministry", "said according to CCTV", "as reported by CCTV".
func (d *doc) addVia(at *attr, h cueHit, hi int) {
	if h.viaA >= 0 {
		a := h.viaA
		if d.det(a) {
			a++
		}
		at.via = d.phrase(a, h.viaB)
		return
	}
	for t := h.j; t < hi && t < h.j+4; t++ {
		if d.is(t, "according") && d.is(t+1, "to") {
			if b, ok := d.npAfter(t+2, hi); ok {
				a := t + 2
				if d.det(a) {
					a++
				}
				at.via = d.phrase(a, b)
			}
			return
		}
	}
}

func (d *doc) markUsed(h cueHit) {
	for t := h.i; t < h.j && t < len(d.used); t++ {
		d.used[t] = true
	}
}

// subjectOf finds the subject of the cue h, not before token lo:
// "Wang", "Andrey Denisov, the Russian ambassador to China,",
// "Putin’s foreign affairs adviser, Yuri Ushakov,". It returns the
// subject [a, b) and an appositive title [ta, tb), possibly empty.
func (d *doc) subjectOf(h cueHit, lo int) (a, b, ta, tb int, ok bool) {
	e := h.i - 1
	if d.passive(h) {
		return 0, 0, 0, 0, false // "it was revealed that": nobody speaks
	}
	e = d.skipParen(e, lo)
	// ", saying …" takes the subject of the main clause: "Rival Hillary
	// Clinton had mocked the complaint, saying …", and so do ", at one
	// point calling" and "by saying", "before saying".
	if c, ok := d.participleLink(h, e, lo); ok {
		if a, b, ta, tb, ok := d.cueBeforeComma(c, lo); ok {
			return a, b, ta, tb, true
		}
		if a, b, ok := d.subordinateSubject(c, lo); ok {
			return a, b, 0, 0, true
		}
		if a, b, ok := d.clauseSubject(lo, c); ok {
			return a, b, 0, 0, true
		}
		return 0, 0, 0, 0, false
	}
	for e >= lo && (d.skippable(e) || d.toks[e].kind == tOther && d.src[d.toks[e].s] == '|') {
		// "China | Defends …" in a headline. Neither news a/b nor
		// PolNeAR dev has a "|" headline (no effect there); kept for the
		// corpus, whose speech speakers fall 29 → 28 of 32 without it.
		e--
	}
	// "He’s claiming": the ’s of a pronoun is "is" or "has".
	if e-1 >= lo && d.toks[e].kind == tPoss {
		if _, ok := d.pronoun(e - 1); ok {
			e--
		}
	}
	// "Cruz gingerly said", "Trump at the time said": an adverb between
	// a name or pronoun and its cue.
	if e-1 >= lo && d.lyAdverb(e) && (d.nameOrPronoun(e-1) || d.toks[e-1].kind == tParen || d.toks[e-1].kind == tComma) {
		e--
	} else if e-3 >= lo && d.is(e, "time") && d.is(e-1, "the") && d.is(e-2, "at") && d.nameOrPronoun(e-3) {
		e -= 3
	}
	// "Sanders on Tuesday said": a time phrase before the cue.
	if e-1 >= lo && d.timeWord(e) && (d.is(e-1, "on") || d.is(e-1, "last") || d.is(e-1, "this") || d.is(e-1, "in")) {
		e -= 2
		for e >= lo && d.skippable(e) {
			e--
		}
	}
	e = d.skipParen(e, lo)
	if e >= lo+2 && d.is(e, "who") && d.toks[e-1].kind == tComma {
		e -= 2
	}
	if r, ok := d.residence(e, lo); ok {
		e = r // "Jane Roe, of Dayton, Ohio, said"
	}
	if e >= lo && d.toks[e].kind == tComma {
		if na, nb, ok := d.subjectBeforeAside(e, lo); ok {
			return na, nb, 0, 0, true
		}
		c2 := -1
		for t := e - 1; t >= lo && t > e-maxAppositive-1; t-- {
			if k := d.toks[t].kind; k == tComma {
				c2 = t
				break
			} else if k == tStop && !(d.src[d.toks[t].s] == '.' && t+1 == e) || k == tQuote && d.toks[t].qmark > 0 || k == tColon || d.toks[t].inQ {
				break
			}
		}
		// ", at a later press gaggle," and ", R-Ky.," and ", 25," sit
		// between a name and its cue.
		// ", addressing the nation," is a participle's aside.
		if c2 > lo && (d.in(bitStop, c2+1) && !d.det(c2+1) || e-c2-1 <= 3 && d.label(c2+1, e) || d.reflexive(c2+1) || d.gerund(c2+1) && !d.isCue(c2+1)) {
			if na, ok := d.npBefore(c2-1, lo); ok {
				return na, d.roleEnd, 0, 0, true
			}
		}
		if c2 > lo {
			// "Tom Baxter, 54, a nurse at …, said": an age or a party
			// label between the name and its appositive.
			nc := c2
			for t := c2 - 1; t > lo && t >= c2-4; t-- {
				if d.toks[t].kind == tComma {
					if d.label(t+1, c2) {
						nc = t
					}
					break
				}
			}
			if aa, bb, ok := d.appositiveAt(c2, true); ok && bb == e {
				// "Jane Roe (D-Mo.), an ally of the governor, said": the
				// party label sits between the name and its appositive.
				pe := d.skipParen(nc-1, lo) + 1
				if na, ok := d.npBefore(pe-1, lo); ok {
					return na, pe, aa, bb, true
				}
			}
			allName := e-c2-1 >= 1 && e-c2-1 <= 4
			for t := c2 + 1; t < e; t++ {
				allName = allName && d.capName(t)
			}
			if allName && d.in(bitTitle, c2-1) {
				if na, ok := d.npBefore(c2-1, lo); ok {
					return c2 + 1, e, na, c2, true
				}
			}
			// "Floyd’s brother, Paul Floyd, said": a title in no
			// lexicon, then the name.
			if t := d.titleBefore(c2, lo); allName && t < c2 {
				return c2 + 1, e, t, c2, true
			}
		}
		e = d.skipParen(e-1, lo) // "Jane Roe of the Green Party (GP), quickly conceded"
	}
	// "I laughed and said": the subject of the first verb.
	if e >= lo && (d.is(e, "and") || d.is(e, "but")) {
		from := lo
		for t := e - 1; t > lo; t-- {
			if d.toks[t].kind == tComma {
				from = t + 1
				break
			}
		}
		if a, b, ok := d.clauseSubject(from, e); ok {
			return a, b, 0, 0, true
		}
		// "Jane Roe, the mayor, toured the site and said": the comma
		// was the appositive's; the clause starts the sentence.
		if from > lo {
			if a, b, ok := d.clauseSubject(lo, e); ok {
				return a, b, 0, 0, true
			}
		}
		return 0, 0, 0, 0, false
	}
	if d.in(bitKin, e) && !d.toks[e].cap {
		// "The 46-year-old’s grieving family called": a possessor's
		// relatives, not a participle phrase ("grieving family").
		if na, ok := d.npBefore(e, lo); ok && d.roleEnd == e+1 && d.possIn(na, e) {
			return na, e + 1, 0, 0, true
		}
	}
	if a, ok := d.relativeSubject(e, lo); ok {
		return a, d.roleEnd, 0, 0, true
	}
	if a, b, ok := d.participleSubject(e, lo); ok {
		return a, b, 0, 0, true
	}
	if pa, ok := d.pairEnding(e, lo); ok {
		return pa, e + 1, 0, 0, true
	}
	if qa, ok := d.shareBefore(e, lo); ok {
		return qa, e + 1, 0, 0, true // "About four in 10 said", "63 percent of voters said"
	}
	na, ok := d.npBefore(e, lo)
	if !ok {
		return 0, 0, 0, 0, false
	}
	// "Putin and Xi said", "The United States and its Nato allies have
	// said": a coordinated subject.
	if end := d.roleEnd; na-2 >= lo && d.is(na-1, "and") && end == e+1 {
		if na2, ok := d.npBefore(na-2, lo); ok && d.roleEnd == na-1 && (d.toks[na2].cap || d.det(na2)) {
			return na2, end, 0, 0, true
		}
		d.roleEnd = end
	}
	// "made a pitch to New York voters saying": the object of "to" is
	// no participle's subject; the clause's is ("with X saying" keeps X).
	to := na - 1
	for to > lo && na-to <= 3 && d.word(to) && !d.toks[to].cap && !d.in(bitStop, to) && !d.toks[to].inQ {
		to-- // "to county voters"
	}
	if end := d.roleEnd; d.participle(h) && to > lo && d.is(to, "to") && !d.toks[to].cap {
		if a, b, ok := d.clauseSubject(lo, to); ok && b < to {
			return a, b, 0, 0, true
		}
		d.roleEnd = end
	}
	// "a source familiar with the talks said": the phrase ends at its head.
	return na, d.roleEnd, 0, 0, true
}

// docSender finds who sent the document [a, b) that a participle cue
// follows: "The town released a statement Wednesday saying", "she sent
// an email saying". The document must be the object of the clause's
// verb; it returns the verb's subject and where the document's words
// start, past a determiner. A cue as the verb ("cited a report
// saying") reads someone else's document: no sender.
func (d *doc) docSender(a, b, lo int) (int, int, int, bool) {
	doc := -1
	for t := a; t < b; t++ {
		if d.in(bitDocument, t) && !d.toks[t].cap {
			doc = t
		}
	}
	if doc < 0 || a-1 <= lo || !d.word(a-1) || d.toks[a-1].cap || d.in(bitStop, a-1) || d.in(bitPrep, a-1) || d.isCue(a-1) {
		return 0, 0, 0, false
	}
	// The sender stands right before the verb: "the Security Council
	// issued", "Roe also sent".
	e := a - 2
	for e > lo && (d.skippable(e) || d.lyAdverb(e)) {
		e--
	}
	sa, ok := d.npBefore(e, lo)
	if !ok {
		return 0, 0, 0, false
	}
	sb := d.roleEnd
	s := a
	if d.det(s) {
		s++
	}
	return sa, sb, s, true
}

// maxShare bounds the tokens of a poll's share of people.
const maxShare = 12

// shareBefore finds a poll's share of people that ends at token e and
// opens its clause: "63 percent of voters", "About four in 10 (South
// Carolina voters)", "At least half of voters in each state", "49%".
// The share, as written, is the speaker.
func (d *doc) shareBefore(e, lo int) (int, bool) {
	for t := e; t >= lo && e-t < maxShare; t-- {
		if !d.shareAnchor(t) {
			if k := d.toks[t].kind; k != tWord && k != tOther || d.toks[t].inQ || d.isCue(t) {
				return 0, false
			}
			continue
		}
		// The number, then modifiers before it ("About", "At least",
		// "Just shy of").
		a := t - 1
		if d.is(t, "in") {
			a = t - 2
		}
		for a-1 >= lo && t-a < 5 && d.word(a-1) && (d.in(bitStop, a-1) && !d.det(a-1) || d.lyAdverb(a-1) || d.is(a-1, "least") || d.is(a-1, "shy")) {
			a--
		}
		if a < lo || a > lo && !d.clauseOpens(a, lo) {
			return 0, false
		}
		return a, true
	}
	return 0, false
}

// shareAnchor reports whether token t ties a number to people: "63
// percent", "49%", "four in 10".
func (d *doc) shareAnchor(t int) bool {
	switch {
	case d.is(t, "percent"):
		return d.numeral(t - 1)
	case d.toks[t].kind == tOther && d.src[d.toks[t].s] == '%':
		return d.numeral(t - 1)
	case d.is(t, "in"):
		return d.numeral(t+1) && d.word(t-1) && !d.toks[t-1].inQ
	}
	return false
}

// subordinateSubject finds the subject of a clause opened by "as",
// "when" or "while" that ends at the participle's comma c, the clause
// nearest the participle: "… when he formally announced his running
// mate, calling", "… as Mrs. Roe echoed the criticism, saying". The
// subject is a pronoun or a name.
func (d *doc) subordinateSubject(c, lo int) (int, int, bool) {
	for t := c - 1; t > lo && t > c-maxAppositive; t-- {
		if k := d.toks[t].kind; k != tWord && k != tPoss || d.toks[t].inQ {
			return 0, 0, false
		}
		if !d.is(t, "as") && !d.is(t, "when") && !d.is(t, "while") {
			continue
		}
		a, b, ok := d.subjectAt(t+1, c)
		if !ok || b >= c || !d.word(b) || d.toks[b].cap {
			return 0, 0, false
		}
		_, named := d.pronoun(a)
		for k := a; k < b && !named; k++ {
			named = d.capName(k)
		}
		if !named {
			return 0, 0, false
		}
		return a, b, true
	}
	return 0, 0, false
}

// cueBeforeComma finds the speaker of a cue that closes the clause
// before the comma c: "…, Spicer said, adding" and "said Jane Roe at
// the time, adding" hang the participle on Spicer and Roe, not on the
// subject that opens the sentence.
func (d *doc) cueBeforeComma(c, lo int) (a, b, ta, tb int, ok bool) {
	for t := c - 1; t >= lo && t >= c-maxAppositive; t-- {
		switch d.toks[t].kind {
		case tComma, tStop, tQuote, tColon:
			if t < c-1 || d.toks[t].kind != tComma {
				return 0, 0, 0, 0, false
			}
		}
		if !d.in(bitCue, t) {
			continue
		}
		h, ok := d.cueAt(t)
		if !ok || h.objA >= 0 || d.participle(h) || !d.sayVerb(h) {
			continue
		}
		adv := true
		for k := h.j; k < c && adv; k++ {
			adv = d.word(k) && (d.adverbial(k) || d.in(bitStop, k) && !d.det(k))
		}
		if adv {
			return d.subjectOf(h, lo) // "…, Spicer said, adding", "Roe said Monday, adding"
		}
		if inv := h.i - 1; inv < lo || d.toks[inv].kind != tComma && d.toks[inv].kind != tQuote {
			return 0, 0, 0, 0, false
		}
		if b, ok := d.npAfter(h.j, c); ok && d.endsSubject(b, c) && (b == c || d.adverbial(b)) {
			return h.j, b, 0, 0, true // "said Jane Roe at the time, adding"
		}
		return 0, 0, 0, 0, false
	}
	return 0, 0, 0, 0, false
}

// participleLink reports whether the participle cue h hangs on the
// clause before it, whose subject speaks: after a comma, perhaps with a
// short adverbial (", at one point calling", ", then telling"), or after
// "by", "before", "after" or "while" ("distanced herself by saying").
// e is the token before the cue; it returns the comma or the
// preposition.
func (d *doc) participleLink(h cueHit, e, lo int) (int, bool) {
	if e < lo || !d.participle(h) {
		return 0, false
	}
	if d.toks[e].kind == tComma || d.is(e, "by") || d.is(e, "before") || d.is(e, "after") || d.is(e, "while") {
		return e, true
	}
	switch {
	case e-1 >= lo && d.toks[e-1].kind == tComma && !d.toks[e].cap && (d.in(bitAdverb, e) || d.lyAdverb(e) || d.is(e, "then") || d.is(e, "later")):
		return e - 1, true // ", then telling", ", repeatedly calling"
	case e-3 >= lo && d.toks[e-3].kind == tComma && d.is(e-2, "at") && d.is(e-1, "one") && (d.is(e, "point") || d.is(e, "time")):
		return e - 3, true // ", at one point calling"
	}
	return 0, false
}

// subjectBeforeAside finds a subject that an aside with commas of its
// own separates from its cue, the comma e closing it: "Clinton, during a
// town hall in Columbus, Ohio, said", "Sen. Jane Roe (D-Ohio), who
// backed Hale, said", "Roe, dressed in a red cape that spelled Hale,
// said". The aside opens with a participle, a preposition, an adverb
// or "who", never a determiner or a describing word ("His rival,
// nationalist Jane Roe, conceded" is an appositive); the name before it
// is the subject.
func (d *doc) subjectBeforeAside(e, lo int) (int, int, bool) {
	ce := e // end of the comma-delimited piece after t
	for t := e - 1; t > lo && t > e-maxAppositive-1; t-- {
		tk := &d.toks[t]
		if tk.inQ || tk.kind == tStop && !d.abbrevStop(t) || tk.kind == tQuote || tk.kind == tColon {
			return 0, 0, false
		}
		if tk.kind != tComma || t+1 >= e {
			continue
		}
		if d.fullName(t+1, ce) {
			return 0, 0, false // "…, after winning Ohio, Gov. John Kasich (R-OH), said": the name is here
		}
		ce = t
		a := t + 1
		if d.det(a) || d.is(a, "and") || d.is(a, "or") || !(d.in(bitStop, a) && !d.toks[a].cap || d.gerund(a) || d.pastForm(a) || d.lyAdverb(a)) {
			continue
		}
		p := d.skipParen(t-1, lo)
		if p < lo || !d.word(p) || d.in(bitStop, p) {
			return 0, 0, false
		}
		na, ok := d.npBefore(p, lo)
		if !ok {
			return 0, 0, false
		}
		return na, d.roleEnd, true
	}
	return 0, 0, false
}

// fullName reports whether tokens [a, b) are a personal name of two
// capitalised words or more, perhaps with a title or a party label:
// "Gov. John Kasich (R-OH)", not "Ohio" or "who has endorsed Tom Hart".
func (d *doc) fullName(a, b int) bool {
	if d.is(a, "and") {
		a++ // "…, R-Tenn., and Lindsey Graham, R-S.C., said"
	}
	n := 0
	for t := a; t < b; t++ {
		switch {
		case d.capName(t):
			n++
		case d.word(t) && !d.toks[t].cap && !d.in(bitTitle, t) && !d.in(bitTitleMod, t) && !d.label(t, t+1):
			return false
		}
	}
	return n >= 2
}

// maxResidence bounds the tokens of a place a speaker is from.
const maxResidence = 8

// residence steps back over the place between a speaker's name and
// the cue, ending at the comma e: ", of Dayton, Ohio," or " of Ashton,
// Md.,". It returns the comma before "of", or the name's last token
// when none comes first.
func (d *doc) residence(e, lo int) (int, bool) {
	if e < lo || d.toks[e].kind != tComma {
		return e, false
	}
	commas := 0
	for t := e - 1; t >= lo && e-t <= maxResidence; t-- {
		tk := &d.toks[t]
		switch {
		case d.is(t, "of"):
			p := t - 1
			if t+1 >= e || !d.capName(t+1) || commas == 0 || p < lo {
				return e, false
			}
			if d.toks[p].kind == tComma || d.capName(p) {
				return p, true
			}
			return e, false
		case tk.kind == tComma:
			commas++
			if commas > 1 || !d.capName(t+1) {
				return e, false
			}
		case tk.kind == tStop && d.src[tk.s] == '.' && t+1 < len(d.toks) && d.toks[t+1].kind == tComma:
			// "Va.," : an abbreviated state
		case !d.capName(t):
			return e, false
		}
	}
	return e, false
}

// possIn reports whether tokens [a, b) hold a possessive ’s.
func (d *doc) possIn(a, b int) bool {
	for t := a; t < b; t++ {
		if d.toks[t].kind == tPoss {
			return true
		}
	}
	return false
}

// skipParen steps back over "(R-Utah)" ending at token e.
func (d *doc) skipParen(e, lo int) int {
	if e < lo || d.toks[e].kind != tParen || d.src[d.toks[e].s] != ')' {
		return e
	}
	for t := e - 1; t >= lo && t > e-8; t-- {
		if d.toks[t].kind == tParen {
			if d.src[d.toks[t].s] == '(' {
				return t - 1
			}
			break
		}
	}
	return e
}

// label reports whether tokens [a, b) are a short label such as a
// party ("R-Ky.") or an age ("25"): no lower-case words.
func (d *doc) label(a, b int) bool {
	if a >= b {
		return false
	}
	for t := a; t < b; t++ {
		tk := &d.toks[t]
		switch tk.kind {
		case tWord:
			w := d.src[tk.s:tk.e]
			if !containsByte(w, '-') && !(w[0] >= '0' && w[0] <= '9') {
				return false
			}
		case tStop:
			if d.src[tk.s] != '.' {
				return false
			}
		case tDash:
		default:
			return false
		}
	}
	return true
}

// timeWord reports whether t is a word of an adverbial around a cue
// (the lexicon's timeword section): "on Monday", "in a statement".
func (d *doc) timeWord(t int) bool {
	return d.word(t) && d.in(bitTimeWord, t)
}

// abbrevStop reports whether the stop at t ends an abbreviation inside
// a phrase ("R-Ky.,"): a period followed by a comma.
func (d *doc) abbrevStop(t int) bool {
	return d.src[d.toks[t].s] == '.' && t+1 < len(d.toks) && (d.toks[t+1].kind == tComma ||
		d.toks[t+1].kind == tParen && d.src[d.toks[t+1].s] == ')') // "(D-Wis.)"
}

// participle reports whether the cue's verb is an -ing form ("saying",
// "calling for"): its first word, not a particle after it.
func (d *doc) participle(h cueHit) bool {
	t := &d.toks[h.i]
	return strings.HasSuffix(string(d.lower[t.s:t.e]), "ing")
}

// maxOpeners bounds the adverbials clauseSubject steps over, and
// maxTimePhrase the words of a time phrase ("a couple of years later").
const (
	maxOpeners    = 4
	maxTimePhrase = 5
)

// clauseSubject finds the subject of the clause that starts at lo and
// ends before hi, past leading adverbials: "On Monday, Trump …", "Yet on
// Friday, after weeks of silence, Roe …", "Hours later, Roe …", "Then
// he …", "Speaking to reporters, Roe …".
func (d *doc) clauseSubject(lo, hi int) (int, int, bool) {
	k := lo
	for k < hi && (d.toks[k].kind == tQuote || d.toks[k].kind == tDash) {
		k++
	}
	first := k
	for n := 0; n <= maxOpeners && k < hi; n++ {
		e, ok := d.openerEnd(k, hi)
		if !ok && n > 0 && d.toks[k-1].kind == tComma && d.capName(k-2) {
			e, ok = d.placeEnd(k, hi) // "In Dayton, Ohio, …": the state goes on the place
		}
		if !ok {
			if a, b, ok := d.subjectAt(k, hi); ok {
				return a, b, true
			}
			break
		}
		k = e
	}
	// "But a week later, Roe …": past the first comma.
	if _, pron := d.pronoun(first); d.in(bitStop, first) && !d.det(first) && !pron {
		k = first
		for k < hi && d.toks[k].kind != tComma {
			k++
		}
		return d.subjectAt(k+1, hi)
	}
	return 0, 0, false
}

// openerEnd returns where the adverbial opening a clause at k ends, or
// false when k opens no adverbial. A conjunction or adverb ("Yet",
// "Then", "Still,") is one word; a preposition or subordinator ("On
// Monday,", "When he arrived,"), a participle ("Speaking to reporters,")
// or a short time phrase ("Hours later,", "Last week,") runs to its
// comma.
func (d *doc) openerEnd(k, hi int) (int, bool) {
	if !d.word(k) {
		return 0, false
	}
	_, pron := d.pronoun(k)
	toComma := false
	switch {
	case d.in(bitStop, k) && !d.det(k) && !pron:
		if k+1 < hi && d.toks[k+1].kind == tComma {
			return k + 2, true // "Meanwhile, …"
		}
		if d.auxOrAdverb(k) || d.is(k, "and") || d.is(k, "but") || d.is(k, "yet") || d.is(k, "so") || d.is(k, "or") {
			return k + 1, true
		}
		toComma = true
	case d.toks[k].cap && d.word(k+1) && d.in(bitPrep, k+1) && strings.HasSuffix(string(d.lower[d.toks[k].s:d.toks[k].e]), "ing"):
		toComma = true // "Speaking to reporters, …"
	case d.toks[k].cap && d.word(k+1) && d.in(bitStop, k+1) && !d.det(k+1) && strings.HasSuffix(string(d.lower[d.toks[k].s:d.toks[k].e]), "ed"):
		toComma = true // "Asked about the closure, …", "Pressed on the vote, …"
	}
	c := k + 1
	for c < hi && c-k <= maxAppositive && d.toks[c].kind != tComma {
		if k := d.toks[c].kind; k == tStop && !d.abbrevStop(c) || k == tQuote || k == tColon {
			return 0, false
		}
		c++
	}
	if c >= hi || d.toks[c].kind != tComma {
		if toComma {
			return hi, true // no subject after the adverbial
		}
		return 0, false
	}
	if toComma {
		return c + 1, true
	}
	// "Hours later,", "Last week,", "A month ago,": a few words ending in
	// a time word or an adverb, then the comma.
	if c-k <= maxTimePhrase && (d.in(bitStop, c-1) || d.timeWord(c-1)) && !d.capName(c-1) {
		return c + 1, true
	}
	return 0, false
}

// placeEnd returns the token after ", Ohio," or ", N.H.," continuing
// a place at k: at most three capitalised words, then a comma.
func (d *doc) placeEnd(k, hi int) (int, bool) {
	c := k
	for c < hi && c-k < 4 && (d.word(c) && d.toks[c].cap || d.toks[c].kind == tStop && d.abbrevStop(c)) {
		c++
	}
	if c == k || c >= hi || d.toks[c].kind != tComma {
		return 0, false
	}
	return c + 1, true
}

// subjectAt reads the subject that opens a clause at k, which ends
// before hi.
func (d *doc) subjectAt(k, hi int) (int, int, bool) {
	if k >= hi {
		return 0, 0, false
	}
	if a, b, ok := d.titledSubject(k, hi); ok {
		return a, b, true
	}
	b, ok := d.npAfter(k, hi)
	if !ok && d.det(k) && k+2 < hi && d.word(k+1) && !d.toks[k+1].cap {
		b, ok = k+2, true // "Her brother laughed and said"
	}
	// "United States (US) President Joe Biden has reacted": a
	// parenthesis inside the subject.
	if ok && b < hi && d.toks[b].kind == tParen && d.src[d.toks[b].s] == '(' {
		for p := b + 1; p < hi && p < b+6; p++ {
			if d.toks[p].kind == tParen {
				if d.src[d.toks[p].s] == ')' {
					if b2, ok2 := d.npAfter(p+1, hi); ok2 {
						b = b2
					}
				}
				break
			}
		}
	}
	if !ok || b >= hi {
		return 0, 0, false
	}
	if d.toks[b].kind == tComma {
		if _, y, ok := d.appositiveAt(b, true); ok && y < hi && d.toks[y].kind == tComma {
			return k, b, true
		}
		if y, ok := d.relativeClause(b, hi); ok && d.word(y+1) {
			return k, b, true // "Jane Roe, who led the party until May, backed"
		}
		return 0, 0, false
	}
	if !d.word(b) {
		return 0, 0, false
	}
	return k, b, true
}

// maxRelative bounds the tokens of a relative clause between commas.
const maxRelative = 20

// relativeClause finds ", who … ," opening at the comma c: it returns
// the closing comma.
func (d *doc) relativeClause(c, hi int) (int, bool) {
	if !d.is(c+1, "who") {
		return 0, false
	}
	for t := c + 2; t < hi && t < c+maxRelative; t++ {
		switch d.toks[t].kind {
		case tComma:
			return t, true
		case tStop, tQuote, tColon:
			return 0, false
		}
	}
	return 0, false
}

// leftCue matches a cue before a quote: Wang said: “Q” / Wang said
// that “Q” / Beijing’s statement quoted Wang as saying that “Q” /
// Ushakov said Xi said he “Q”.
func (d *doc) leftCue(lo, hi int) (attr, bool) {
	var hits []cueHit
	var buf [8]cueHit
	hits = buf[:0]
	for t := lo; t < hi; {
		if !d.in(bitCue, t) {
			t++ // cueAt's own first test, without the call
			continue
		}
		if h, ok := d.cueAt(t); ok && h.j <= hi {
			hits = append(hits, h)
			t = h.j
			continue
		}
		t++
	}
	for k := len(hits) - 1; k >= 0; k-- {
		h := hits[k]
		if k > 0 && d.is(hi-1, "as") && d.participle(h) && d.word(h.i-1) && !d.toks[h.i-1].cap && !d.in(bitStop, h.i-1) && !d.isCue(h.i-1) && !d.skippable(h.i-1) {
			// "described people saying they saw nobody as “Q”": the
			// participle qualifies an object; the verb before speaks
			// ("with the leader saying" keeps its own subject).
			continue
		}
		at := attr{cue: d.cueMention(h), reporter: -1}
		var sp speakerRef
		ok := false
		switch {
		case h.lemma == "according to":
			if b, ok2 := d.npAfter(h.j, hi); ok2 {
				sp, ok = d.resolveNP(h.j, b)
			}
			if !ok {
				sp, ok = d.titledNameBefore(h.j, hi)
			}
			at.rule = "according-to"
		case h.objA >= 0:
			sp, ok = d.resolveNP(h.objA, h.objB)
			if a, b, _, _, ok2 := d.subjectOf(h, lo); ok2 {
				if a < b && d.det(a) {
					a++
				}
				at.via = d.phrase(a, b)
			}
			at.rule = "cue-before:" + d.cueName(h)
		default:
			var a, b, ta, tb int
			a, b, ta, tb, ok = d.subjectOf(h, lo)
			if ok && d.participle(h) {
				// "Roe issued a statement saying": Roe speaks, the
				// statement is the channel.
				if ia, ib, doc, ok2 := d.docSender(a, b, lo); ok2 {
					at.via = d.phrase(doc, b)
					a, b, ta, tb = ia, ib, 0, 0
				}
			}
			if !ok && (h.i == lo || d.toks[h.i-1].kind == tStop || d.toks[h.i-1].kind == tQuote) {
				// "Said Ellis: “…”": the cue opens the sentence.
				if nb, ok2 := d.npAfter(h.j, hi); ok2 && nb < len(d.toks) && (d.toks[nb].kind == tColon || d.toks[nb].kind == tComma || nb == hi) {
					a, b, ok = h.j, nb, true
				}
			}
			if ok {
				sp, ok = d.resolveNP(a, b)
				if ok && ta < tb && sp.ent >= 0 {
					t := d.titleMention(ta, tb)
					if sp.title.Text == "" {
						sp.title = t
					}
					d.addMention(sp.ent, sp.mention, t)
				} else if ok {
					d.widenTitle(&sp, lo)
				}
			}
			at.rule = "cue-before:" + d.cueName(h)
			if h.viaA >= 0 {
				d.addVia(&at, h, hi)
			}
		}
		if !ok {
			continue
		}
		// "Trump said … that Clinton once described X as “Q”" and "She
		// says it underscores that “Q”": the outer speech verb's subject
		// is the speaker when the inner cue is no speech verb or its
		// subject no person.
		if k > 0 && h.lemma != "according to" && h.objA < 0 && (d.thingPronoun(sp) || !sp.pronoun && !d.people(sp.ent)) {
			h2 := hits[k-1]
			if d.sayVerb(h2) && !d.commaIn(h2.j, h.i) {
				if a, b, ta, tb, ok2 := d.subjectOf(h2, lo); ok2 {
					if r, ok3 := d.resolveNP(a, b); ok3 && (r.pronoun || r.ent >= 0 && d.ents[r.ent].kind == KindPerson) {
						if ta < tb && r.ent >= 0 {
							r.title = d.titleMention(ta, tb)
							d.addMention(r.ent, r.mention, r.title)
						}
						sp, h = r, h2
						at.cue, at.rule = d.cueMention(h2), "cue-before:"+d.cueName(h2)
						hits = hits[:k]
						k--
					}
				}
			}
		}
		// "Ban condemned what he called a “brazen breach”": the pronoun
		// of the relative "what he called" is the outer cue's subject,
		// whose words the whole clause reports.
		if k > 0 && sp.pronoun && sp.ent >= 0 && h.objA < 0 && h.i >= lo+2 && d.is(h.i-2, "what") {
			if h2 := hits[k-1]; h2.lemma != "according to" && h2.objA < 0 && !d.commaIn(h2.j, h.i) {
				if a, b, _, _, ok2 := d.subjectOf(h2, lo); ok2 {
					if r, ok3 := d.resolveNP(a, b); ok3 && r.ent == sp.ent {
						sp, h = r, h2
						at.cue, at.rule = d.cueMention(h2), "cue-before:"+d.cueName(h2)
						hits = hits[:k]
						k--
					}
				}
			}
		}
		at.sp = sp
		at.conf = d.conf(confCueBefore, sp)
		d.markUsed(h)
		// An earlier cue with its own subject reports the chain.
		for k2 := k - 1; k2 >= 0; k2-- {
			h2 := hits[k2]
			if h2.lemma == "according to" {
				if b, ok2 := d.npAfter(h2.j, hi); ok2 {
					if r, ok3 := d.resolveNP(h2.j, b); ok3 && r.ent >= 0 && r.ent != sp.ent && d.ents[r.ent].kind != KindDocument {
						d.chain(&at, r.ent)
					}
				}
				break
			}
			if !d.sayVerb(h2) || d.commaIn(h2.j, h.i) {
				break
			}
			if a, b, _, _, ok2 := d.subjectOf(h2, lo); ok2 {
				if r, ok3 := d.resolveNP(a, b); ok3 && r.ent >= 0 && r.ent != sp.ent {
					d.chain(&at, r.ent)
					d.markUsed(h2)
				}
				break
			}
		}
		return at, true
	}
	return attr{}, false
}

// titledNameBefore resolves "conservative talk radio host Rush Limbaugh"
// in "According to conservative talk radio host Rush Limbaugh, …": a
// short phrase from k to a comma that ends in a capitalised name, the
// words before the name its title. Title words outside the lexicon are
// accepted only here, where the comma closes the phrase.
func (d *doc) titledNameBefore(k, hi int) (speakerRef, bool) {
	c := k
	for c < hi && c < k+8 && d.word(c) && !d.toks[c].inQ {
		c++
	}
	if c >= hi || c == k || d.toks[c].kind != tComma || !d.toks[c-1].cap {
		return speakerRef{}, false
	}
	n := d.capRunStart(k, c)
	if n == k || c-n > 4 || d.det(n) {
		return speakerRef{}, false
	}
	for t := k; t < n; t++ {
		if d.toks[t].cap && t > k || d.in(bitStop, t) && !d.det(t) {
			return speakerRef{}, false
		}
	}
	sp, ok := d.resolveNP(n, c)
	if !ok || sp.ent < 0 || sp.pronoun {
		return speakerRef{}, false
	}
	a := k
	if d.det(a) {
		a++
	}
	if a < n {
		t := d.mention(a, n)
		if sp.title.Text == "" {
			sp.title = t
		}
		d.addMention(sp.ent, sp.mention, t)
	}
	return sp, true
}

// commaBefore reports whether the cue at token i follows a comma (past
// auxiliaries), not before token lo.
func (d *doc) commaBefore(i, lo int) bool {
	e := i - 1
	for e > lo && d.skippable(e) {
		e--
	}
	return e > lo && d.toks[e].kind == tComma
}

func (d *doc) thingPronoun(sp speakerRef) bool {
	if !sp.pronoun {
		return false
	}
	_, ok := d.a.sec[secThingPron][strings.ToLower(sp.mention.Text)]
	return ok
}

func (d *doc) commaIn(a, b int) bool {
	for t := a; t < b; t++ {
		if d.toks[t].kind == tComma {
			return true
		}
	}
	return false
}

func (d *doc) chain(at *attr, e int) {
	if d.isChannel(e) {
		if at.via == "" {
			at.via = strings.TrimPrefix(d.ents[e].name, "the ")
		}
		return
	}
	at.reporter = e
	at.rule = "reported-chain:" + strings.TrimPrefix(at.rule, "cue-before:")
	at.conf = confChain
	d.ents[e].speaker = true
}

// result builds the Result: speaker names are filled only now, since a
// later mention may have lengthened a person's name.
func (d *doc) result() *Result {
	for i := range d.ents {
		if en := &d.ents[i]; en.kind == KindGroup {
			names := make([]string, len(en.members))
			for k, m := range en.members {
				names[k] = d.ents[m].name
			}
			en.name = strings.Join(names, " and ")
		}
	}
	all := append(d.qs[:len(d.qs):len(d.qs)], d.ind...)
	out := make([]quote.Quote, 0, len(all))
	for i := range all {
		qv := &all[i]
		q := qv.q
		if qv.ent >= 0 {
			e := qv.ent
			en := &d.ents[e]
			if en.kind == KindDocument && en.issuer > 0 && q.Via == "" {
				// "Beijing’s statement … read": China speaks, the
				// statement relays its words.
				q.Via = en.name
				e = en.issuer - 1
				en = &d.ents[e]
			}
			q.Speaker = en.name
			switch {
			case en.kind == KindPerson && (q.Title == "" || d.honorificOnly(q.Title) || d.brokenTitle(q.Title)):
				q.Title = ""
				t, ok := d.nearestOffice(e, q.Start)
				if s, sok := d.sentenceOffice(e, &q); sok && (!ok || !d.sameSentence(t.Start, q.Start)) {
					// The quote's sentence calls the speaker by an office
					// and gives no title of its own: that is the nearest.
					t, ok = quote.Mention{Text: s}, true
				}
				if ok {
					q.Title = oneLine(t.Text)
				} else if v := d.misspeltAs(e); v >= 0 {
					if t, ok := d.nearestTitle(v, q.Start); ok {
						q.Title = oneLine(t)
					}
				}
			case en.kind == KindRole && q.Title == "" && d.officeRole(en):
				// "Ohio’s health minister warned": an unnamed
				// office holder's title is the office.
				q.Title = oneLine(trimDet(en.name))
			}
		}
		if qv.rep >= 0 {
			q.Reporter = d.ents[qv.rep].name
		}
		out = append(out, q)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	r := &Result{Quotes: out}
	for i := range d.ents {
		en := &d.ents[i]
		if !en.speaker && len(en.titles) == 0 {
			continue
		}
		ms := append([]quote.Mention(nil), en.mentions...)
		sort.Slice(ms, func(a, b int) bool { return ms[a].Start < ms[b].Start })
		ts := append([]quote.Mention(nil), en.titles...)
		sort.Slice(ts, func(a, b int) bool { return ts[a].Start < ts[b].Start })
		r.People = append(r.People, Person{Name: en.name, Kind: en.kind, Mentions: ms, Titles: ts})
	}
	sort.SliceStable(r.People, func(i, j int) bool { return firstStart(r.People[i]) < firstStart(r.People[j]) })
	return r
}

func firstStart(p Person) int {
	if len(p.Mentions) == 0 {
		return 1 << 62
	}
	return p.Mentions[0].Start
}

// issuer returns the entity that issues a document whose owner is
// written as tokens [a, b): a person the article names ("Wang’s
// statement"), else an organisation or state ("Beijing’s statement").
func (d *doc) issuer(a, b int) int {
	for _, e := range d.byTok[string(d.src[d.toks[b-1].s:d.toks[b-1].e])] {
		if d.ents[e].kind == KindPerson && d.runIn(a, b, d.ents[e].nameToks) {
			return e
		}
	}
	return d.named(KindOrganization, a, b)
}

// people reports whether entity e is a person or a group of persons.
func (d *doc) people(e int) bool {
	if e < 0 {
		return false
	}
	switch d.ents[e].kind {
	case KindPerson:
		return true
	case KindGroup:
		for _, m := range d.ents[e].members {
			if d.ents[m].kind != KindPerson {
				return false
			}
		}
		return true
	}
	return false
}

// lyAdverb reports whether t is a lower-case manner adverb ("gingerly",
// "angrily"); nouns in -ly that head a subject ("ally", "family") are not.
func (d *doc) lyAdverb(t int) bool {
	if !d.word(t) || d.toks[t].cap {
		return false
	}
	w := string(d.lower[d.toks[t].s:d.toks[t].e])
	return len(w) >= 5 && strings.HasSuffix(w, "ly") && !d.in(bitLyNoun, t)
}

// nameOrPronoun reports whether t ends a subject an adverb may follow: a
// capitalised word or a personal pronoun.
func (d *doc) nameOrPronoun(t int) bool {
	if !d.word(t) {
		return false
	}
	if _, ok := d.pronoun(t); ok {
		return true
	}
	return d.toks[t].cap
}

// reflexive reports whether t is "himself", "herself", "themselves" or
// "itself": ", himself up for reelection," is an aside, not a title.
func (d *doc) reflexive(t int) bool {
	return d.word(t) && d.in(bitReflexive, t)
}
