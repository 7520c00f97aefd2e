package attribute

import (
	"bytes"
	"slices"
	"sort"
	"strings"

	"github.com/verbatim-nlp/verbatim/internal/layout"
	"github.com/verbatim-nlp/verbatim/quote"
)

// entity is a Person under construction.
type entity struct {
	kind       string
	name       string   // canonical name
	nameToks   []string // for persons: the name's words, honorifics dropped
	head       string   // for documents and roles: lower-case head noun
	mentions   []quote.Mention
	titles     []quote.Mention
	offices    []quote.Mention // titles that are offices, sorted; built in result
	starts     []int           // mention starts, sorted, for lastBefore
	seen       map[[2]int]bool // mention and title spans recorded, once there are many (see has)
	twords     map[string]bool // lower-case words of all titles
	members    []int           // for a group: its members' entities
	issuer     int             // for a document: its issuer's entity + 1, or 0
	gender     byte            // for a person: 'f' or 'm' from a name, honorific or title; 0 when unknown
	pronGender byte            // for a person: the gender of the first pronoun resolved to it
	honorific  string          // for a person: the first gendered honorific written before its name ("Ms")
	last       int             // token index of the latest mention, for recency
	speaker    bool            // credited with words
}

// qinfo is a quote under attribution.
type qinfo struct {
	q          quote.Quote
	open, clos int // token indices of the marks; -1 if none
	ent        int // speaker entity, -1 if none
	rep        int // reporter entity, -1 if none
}

// cueHit is a cue phrase found at tokens [i, j).
type cueHit struct {
	i, j  int
	cueJ  int // end of the cue words proper, before a trailing "by X"
	lemma string
	// For "quoted X as saying": X is at tokens [objA, objB).
	objA, objB int
	// For "quoted by X as saying" and "as saying by X": X at [viaA, viaB).
	viaA, viaB int
}

// doc is the per-call state of Attribute. Nothing in it is shared.
type doc struct {
	// work counts the token tests the rules made (is, and result's
	// office scan): TestLinearWork asserts it grows linearly with the
	// input.
	work int64

	a      *Attributor
	src    []byte
	lower  []byte
	toks   []token
	sents  []int // token index where each sentence starts, plus len(toks)
	qs     []qinfo
	ents   []entity
	byTok  map[string][]int
	byName map[string]int // kind and lower-case name → organisation, document or role entity
	qcur   int            // next quote for sentence to look at
	maxEnd []int          // maxEnd[i]: the largest mark end among qs[:i+1]
	paraAt []int32        // paraAt[p]: the first token of paragraph p or later; len(toks) past the last
	used   []bool         // tokens consumed by an attribution (cues of quotes)

	// Discourse memory for pronouns and carry-over.
	lastPerson, lastThing int
	lastSpeaker           int
	lastSpeakerSent       int
	lastMention           quote.Mention
	ind                   []qinfo             // indirect quotes found
	roleEnd               int                 // end of the head roleBefore found last
	longForms             map[string]string   // built on first use by longForm
	caseCount             map[uint64]caseUses // how the article writes each word that opens a sentence; built on first use by caseUsesOf, kept by the pool
	caseBuilt             bool                // caseCount holds this document's counts
	x                     qctx                // the quote the rules are looking at
}

// maxSrc is the longest input Attribute tokenizes: token offsets are
// int32. A longer input gets no tokens, so its quotes stay unattributed.
const maxSrc = 1<<31 - 1

// maxPooledToks bounds the scratch a pooled doc keeps (about 28 MiB of
// tokens), so one huge input does not pin its memory in the pool.
const maxPooledToks = 1 << 20

// newDoc returns a doc for src, reusing the slices and maps of a doc
// that an earlier call released to a.docs.
func newDoc(a *Attributor, src []byte, qs []quote.Quote) *doc {
	d, _ := a.docs.Get().(*doc)
	if d == nil {
		d = &doc{byTok: map[string][]int{}, byName: map[string]int{}}
	}
	*d = doc{a: a, src: src, lower: asciiLowerInto(d.lower[:0], src), toks: d.toks[:0], sents: d.sents[:0],
		qs: d.qs[:0], ents: d.ents[:0], byTok: d.byTok, byName: d.byName, maxEnd: d.maxEnd[:0], paraAt: d.paraAt[:0], used: d.used[:0], ind: d.ind[:0], caseCount: d.caseCount,
		lastPerson: -1, lastThing: -1, lastSpeaker: -1, lastSpeakerSent: -10}
	if len(src) <= maxSrc {
		d.toks = tokenize(src, layout.Of(src), d.isAbbrev, d.lower, slices.Grow(d.toks, len(src)/5+1))
	}
	d.used = slices.Grow(d.used, len(d.toks))[:len(d.toks)]
	clear(d.used)
	for i := range d.toks {
		if t := &d.toks[i]; t.kind == tWord {
			w := d.lower[t.s:t.e]
			t.cls = a.cls[string(w)]
			if t.cls == 0 {
				// "director-general", "co-founder": the last part's title.
				if h := bytes.LastIndexByte(w, '-'); h > 0 && h+1 < len(w) {
					t.cls = a.cls[string(w[h+1:])] & (bitTitle | bitRole)
				}
			}
			if t.cap && t.cls&bitAdverb != 0 {
				t.cls |= bitStop // "Afterwards Ushakov told": no name, no title
			}
		}
	}
	d.qs = slices.Grow(d.qs, len(qs))[:len(qs)]
	for i, q := range qs {
		d.qs[i] = qinfo{q: q, open: -1, clos: -1, ent: -1, rep: -1}
		d.qs[i].q.Parts = append([]quote.Span(nil), q.Parts...)
	}
	sort.SliceStable(d.qs, func(i, j int) bool { return d.qs[i].q.Start < d.qs[j].q.Start })
	d.markQuotes()
	d.splitSentences()
	d.indexParas()
	d.maxEnd = slices.Grow(d.maxEnd, len(d.qs))[:len(d.qs)]
	for i := range d.qs {
		_, e := outer(&d.qs[i].q)
		if i > 0 && d.maxEnd[i-1] > e {
			e = d.maxEnd[i-1]
		}
		d.maxEnd[i] = e
	}
	return d
}

// release drops d's references to the input and the results and hands
// its scratch back to the pool. d must not be used afterwards.
func (d *doc) release() {
	if cap(d.toks) > maxPooledToks {
		return
	}
	clear(d.qs[:cap(d.qs)])
	clear(d.ents[:cap(d.ents)])
	clear(d.ind[:cap(d.ind)])
	clear(d.byTok)
	clear(d.byName)
	clear(d.caseCount)
	pool := d.a.docs
	*d = doc{lower: d.lower[:0], toks: d.toks[:0], sents: d.sents[:0], qs: d.qs[:0], ents: d.ents[:0],
		byTok: d.byTok, byName: d.byName, caseCount: d.caseCount, maxEnd: d.maxEnd[:0], paraAt: d.paraAt[:0], used: d.used[:0], ind: d.ind[:0]}
	pool.Put(d)
}

func (d *doc) tokAt(off int) int {
	return sort.Search(len(d.toks), func(i int) bool { return int(d.toks[i].e) > off })
}

// markQuotes links quote marks to tokens and flags the tokens inside.
func (d *doc) markQuotes() {
	n := len(d.src)
	for qi := range d.qs {
		q := &d.qs[qi].q
		if q.Start < 0 || q.End > n || q.Start > q.End {
			continue
		}
		lo, hi := q.Start, q.End
		if !q.Open.Empty() && q.Open.Start >= 0 && q.Open.End <= n {
			if t := d.tokAt(q.Open.Start); t < len(d.toks) && int(d.toks[t].s) == q.Open.Start {
				d.qs[qi].open = t
				d.toks[t].qmark = int32(qi + 1)
				lo = q.Open.Start
			}
		}
		if !q.Close.Empty() && q.Close.Start >= 0 && q.Close.End <= n {
			if t := d.tokAt(q.Close.Start); t < len(d.toks) && int(d.toks[t].s) == q.Close.Start {
				if d.toks[t].kind == tPoss && int(d.toks[t].e) <= q.Close.End {
					d.toks[t].kind = tQuote // "the ‘wins’ column": a mark, not "wins’"
				}
				// A mark of two tokens (NYT's '') ends at its last one.
				for t+1 < len(d.toks) && int(d.toks[t+1].e) <= q.Close.End && d.toks[t+1].kind == tQuote {
					d.toks[t].qmark = int32(qi + 1)
					t++
				}
				d.qs[qi].clos = t
				d.toks[t].qmark = int32(qi + 1)
				hi = q.Close.End
			}
		}
		if q.Depth > 0 || q.Kind == quote.Indirect {
			continue
		}
		for t := d.tokAt(lo); t < len(d.toks) && int(d.toks[t].s) < hi; t++ {
			if inMark := int(d.toks[t].e) <= q.Open.End && !q.Open.Empty() || int(d.toks[t].s) >= q.Close.Start && !q.Close.Empty(); inMark && d.toks[t].kind == tQuote {
				d.toks[t].qmark = int32(qi + 1)
				continue
			}
			if t != d.qs[qi].open && t != d.qs[qi].clos {
				d.toks[t].inQ = true
			}
		}
	}
}

// splitSentences cuts paragraphs (lines) into sentences at . ? ! before
// a capital or an opening mark, but not inside a quote unless the stop
// ends the quote.
func (d *doc) splitSentences() {
	d.sents = d.sents[:0]
	sent := 0
	if len(d.toks) > 0 {
		d.sents = append(d.sents, 0)
	}
	for i := 1; i < len(d.toks); i++ {
		prev, t := &d.toks[i-1], &d.toks[i]
		brk := t.para != prev.para
		closing := prev.kind == tQuote && (prev.qmark == 0 || d.qs[prev.qmark-1].clos == i-1)
		if !brk && (prev.kind == tStop || closing && i >= 2 && d.toks[i-2].kind == tStop) {
			stop := i - 1
			if prev.kind == tQuote {
				stop = i - 2
			}
			inside := d.toks[stop].inQ && !(prev.kind == tQuote && prev.qmark > 0)
			next := t.kind == tWord && t.cap || t.kind == tQuote && t.qmark > 0 && d.qs[t.qmark-1].open == i
			brk = next && !inside && d.toks[stop].e == d.toks[stop].s+1
			if brk && closing && prev.qmark > 0 && d.attributionAhead(i) {
				brk = false
			}
		}
		if brk {
			sent++
			d.sents = append(d.sents, i)
		}
		t.sent = int32(sent)
	}
	d.sents = append(d.sents, len(d.toks))
}

// attributionAhead reports whether a short cue phrase starts at token i:
// "“…?” Clinton said." is one sentence.
func (d *doc) attributionAhead(i int) bool {
	for j := i; j < len(d.toks) && j < i+8 && d.toks[j].para == d.toks[i].para; j++ {
		switch d.toks[j].kind {
		case tWord, tPoss, tComma, tParen, tDash:
		default:
			return false
		}
		if _, ok := d.cueAt(j); ok {
			return true
		}
	}
	return false
}

// Lexicon lookups on a token; they do not allocate.
func (d *doc) in(bit uint32, t int) bool {
	if t < 0 || t >= len(d.toks) {
		return false
	}
	return d.toks[t].cls&bit != 0
}

func (d *doc) isAbbrev(w []byte) bool {
	_, ok := d.a.sec[secHonorific][string(w)+"."]
	if !ok {
		_, ok = d.a.sec[secTitle][string(w)+"."]
	}
	if !ok {
		_, ok = d.a.sec[secAbbrev][string(w)]
	}
	return ok
}

func (d *doc) is(t int, w string) bool {
	d.work++
	if t < 0 || t >= len(d.toks) {
		return false
	}
	tk := &d.toks[t]
	return tk.kind == tWord && string(d.lower[tk.s:tk.e]) == w
}

func (d *doc) text(a, b int) string { // tokens [a, b)
	if a >= b {
		return ""
	}
	return string(d.src[d.toks[a].s:d.toks[b-1].e])
}

// phrase is the text of tokens [a, b) on one line: a name or title
// that a soft line break splits ("the\nboard") reads as "the board".
func (d *doc) phrase(a, b int) string {
	return oneLine(d.text(a, b))
}

// oneLine collapses each run of white space in s that holds a line
// break to one space.
func oneLine(s string) string {
	if !strings.ContainsAny(s, "\n\r") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

func (d *doc) mention(a, b int) quote.Mention {
	if a >= b {
		return quote.Mention{}
	}
	return quote.Mention{Text: d.text(a, b), Start: int(d.toks[a].s), End: int(d.toks[b-1].e)}
}

func (d *doc) word(t int) bool { return t >= 0 && t < len(d.toks) && d.toks[t].kind == tWord }

// capName reports whether token t can be part of a personal name: a
// capitalised word that is in no lexicon list and not all capitals.
func (d *doc) capName(t int) bool {
	if !d.word(t) || !d.toks[t].cap || d.toks[t].inQ {
		return false
	}
	if d.toks[t].cls&^nameBits != 0 {
		return false
	}
	return !d.allCaps(t)
}

func (d *doc) allCaps(t int) bool {
	tk := &d.toks[t]
	if tk.e-tk.s < 2 {
		return false
	}
	for _, c := range d.src[tk.s:tk.e] {
		if c >= 'a' && c <= 'z' || c >= 0x80 {
			return false
		}
	}
	return true
}

// lexWord reports whether t is a word of a title or affiliation.
func (d *doc) lexWord(t int) bool {
	return d.in(bitTitle, t) || d.in(bitTitleMod, t) || d.in(bitNationality, t) || d.in(bitOrg, t) || d.in(bitPlace, t) ||
		d.in(bitRole, t) || d.in(bitHonorific, t)
}

// det reports whether t opens a noun phrase (the lexicon's determiner
// section).
func (d *doc) det(t int) bool {
	return d.word(t) && d.in(bitDeterminer, t)
}

func (d *doc) pronoun(t int) (kind string, ok bool) {
	if !d.in(bitPronoun, t) {
		return "", false // the bit rejects most words before the map
	}
	tk := &d.toks[t]
	kind, ok = d.a.sec[secPronoun][string(d.lower[tk.s:tk.e])]
	return kind, ok
}

// cueAt matches the longest cue phrase starting at token t.
func (d *doc) cueAt(t int) (cueHit, bool) {
	if !d.word(t) || d.toks[t].inQ {
		return cueHit{}, false
	}
	tk := &d.toks[t]
	if tk.cls&bitCue == 0 {
		return cueHit{}, false
	}
	ps := d.a.cues[string(d.lower[tk.s:tk.e])]
	if len(ps) == 0 {
		return d.quotedAt(t)
	}
	// A capitalised cue is a name ("State") unless it opens a sentence
	// ("Said Ellis:", "According to…").
	if tk.cap && t > 0 && d.toks[t-1].para == tk.para && d.toks[t-1].kind != tQuote && d.toks[t-1].kind != tStop && d.src[d.toks[t-1].s] != '|' {
		return cueHit{}, false
	}
	// After a determiner it is a noun: "the report", "a call".
	if d.det(t - 1) {
		return cueHit{}, false
	}
	for _, p := range ps {
		if t+len(p.words) > len(d.toks) {
			continue
		}
		ok := true
		for k, w := range p.words {
			u := &d.toks[t+k]
			if u.kind != tWord || u.inQ || string(d.lower[u.s:u.e]) != w {
				ok = false
				break
			}
		}
		if ok {
			h := cueHit{i: t, j: t + len(p.words), cueJ: t + len(p.words), lemma: p.lemma, objA: -1, viaA: -1}
			if strings.HasSuffix(p.lemma, "as saying") {
				d.viaAfter(&h)
			}
			return h, true
		}
	}
	return d.quotedAt(t)
}

// quotedAt matches "quoted X as saying" and "quoted by X as saying".
func (d *doc) quotedAt(t int) (cueHit, bool) {
	if !d.is(t, "quoted") {
		return cueHit{}, false
	}
	for k := t + 1; k < len(d.toks) && k < t+10 && d.toks[k].sent == d.toks[t].sent; k++ {
		if d.toks[k].kind != tWord || d.toks[k].inQ {
			break
		}
		if d.is(k, "as") && d.is(k+1, "saying") {
			h := cueHit{i: t, j: k + 2, cueJ: k + 2, lemma: "quoted as saying", objA: -1, viaA: -1}
			if d.is(t+1, "by") {
				h.viaA, h.viaB = t+2, k
			} else if k > t+1 {
				h.objA, h.objB = t+1, k
			}
			if h.viaA < 0 {
				d.viaAfter(&h)
			}
			return h, true
		}
	}
	return cueHit{}, false
}

// viaAfter extends "as saying" with a trailing "by X".
func (d *doc) viaAfter(h *cueHit) {
	if d.is(h.j, "by") {
		if b, ok := d.npAfter(h.j+1, len(d.toks)); ok {
			h.viaA, h.viaB = h.j+1, b
			h.j = b
		}
	}
}

// cueName is the cue's text for Quote.Rule: lower case, one space.
func (d *doc) cueName(h cueHit) string {
	if h.objA >= 0 || h.viaA >= 0 {
		return "quoted as saying"
	}
	var b strings.Builder
	for k := h.i; k < h.j; k++ {
		if k > h.i {
			b.WriteByte(' ')
		}
		b.Write(d.lower[d.toks[k].s:d.toks[k].e])
	}
	return b.String()
}

func (d *doc) cueMention(h cueHit) quote.Mention { return d.mention(h.i, h.cueJ) }

// skippable reports whether t may stand between a subject and its cue:
// auxiliaries and adverbs ("has also said", "further added").
func (d *doc) skippable(t int) bool {
	return d.word(t) && !d.toks[t].cap && d.auxOrAdverb(t)
}

// auxOrAdverb reports whether word t, in any case, is one of the
// auxiliaries and adverbs skippable admits (the lexicon's skippable
// section).
func (d *doc) auxOrAdverb(t int) bool {
	return d.in(bitSkippable, t)
}

// npBefore finds the noun phrase that ends at token k (inclusive) and
// starts at or after lo: the subject of a cue. It returns [a, k+1).
func (d *doc) npBefore(k, lo int) (int, bool) {
	d.roleEnd = k + 1
	if k < lo || k < 0 || d.toks[k].inQ {
		return 0, false
	}
	if _, ok := d.pronoun(k); ok {
		return k, true
	}
	j := k
	if d.in(bitKin, k) && !d.toks[k].cap {
		// "Hale’s grieving family": the relation, perhaps a word or two
		// before it, then the possessor.
		p := k - 1
		for p > lo && p > k-3 && d.word(p) && !d.toks[p].cap && !d.in(bitStop, p) {
			p--
		}
		if p > lo && d.toks[p].kind == tPoss {
			j = p
		}
	}
	for j >= lo {
		t := j
		switch {
		case d.word(t) && d.toks[t].inQ:
		case d.word(t) && d.toks[t].cap && !d.in(bitStop, t):
			j--
			continue
		case d.word(t) && !d.toks[t].cap && d.lexWord(t) && !d.in(bitStop, t):
			j--
			continue
		case t < k && d.in(bitParticle, t) && !d.toks[t].cap && d.word(t+1) && (d.toks[t+1].cap || d.in(bitParticle, t+1)):
			j-- // "van der Berg said"
			continue
		case d.toks[t].kind == tPoss && t > lo && d.word(t-1):
			j--
			continue
		case t < k && d.ageWord(t) && d.toks[t+1].kind == tPoss:
			j-- // "the 46-year-old’s family"
			continue
		case (d.is(t, "of") || d.is(t, "for")) && t < k && t > lo && d.word(t-1) && (d.toks[t-1].cap || d.lexWord(t-1)) && (d.toks[t+1].cap || d.is(t+1, "the") && t+2 <= k && d.toks[t+2].cap):
			j--
			continue
		case d.is(t, "the") && t < k && t > lo && d.is(t-1, "of") && d.toks[t+1].cap:
			j--
			continue
		case d.toks[t].kind == tDash && d.toks[t].e-d.toks[t].s == 1 && t > lo && t < k && d.word(t-1) && d.word(t+1):
			j--
			continue
		}
		break
	}
	a := j + 1
	if a > k {
		return d.roleBefore(k, lo)
	}
	if j >= lo && d.det(j) {
		a = j
	} else {
		a = d.roleStart(a, k, lo)
	}
	// "a spokeswoman for the utility company said": a role and the body
	// it speaks for.
	p := a - 1
	for p > lo && a-p <= 3 && d.word(p) && !d.toks[p].cap && !d.in(bitStop, p) && !d.toks[p].inQ {
		p-- // "the utility company": its other words
	}
	if d.det(p) && p < a {
		p--
	}
	if p-1 >= lo && (d.is(p, "for") || d.is(p, "of") || d.is(p, "at")) && !d.toks[p-1].cap && d.in(bitRole, p-1) {
		end := d.roleEnd
		if a2, ok := d.roleBefore(p-1, lo); ok && d.roleEnd == p {
			d.roleEnd = end
			return a2, true
		}
		d.roleEnd = end
	}
	return a, true
}

// roleStart extends a lower-case role [a, k] back to its determiner
// over the nouns before it: "the fire chief", "the city’s police
// spokesman" (a possessive with no name before it). A phrase holding
// a capitalised word, or with no determiner within four words, is
// left as it is.
func (d *doc) roleStart(a, k, lo int) int {
	for t := a; t <= k; t++ {
		if d.toks[t].cap {
			return a
		}
	}
	for t := a - 1; t >= lo && t >= a-4; t-- {
		switch {
		case d.det(t) || d.is(t, "my") || d.is(t, "our"):
			if d.clauseOpens(t, lo) {
				return t
			}
			return a
		case d.toks[t].kind == tPoss && t > lo && d.word(t-1),
			d.word(t) && !d.toks[t].cap && !d.toks[t].inQ && !d.in(bitStop, t) && !d.isCue(t) && !d.skippable(t):
			continue
		}
		break
	}
	if d.toks[a].kind == tPoss {
		return a + 1 // never a phrase opening with "’s"
	}
	return a
}

// roleBefore finds "a source familiar with the matter", "Beijing’s
// statement following the call": a role or document head with a
// determiner, a few words before k.
func (d *doc) roleBefore(k, lo int) (int, bool) {
	for t := k; t >= lo && t > k-8; t-- {
		if !d.word(t) || d.toks[t].inQ {
			break
		}
		d.roleEnd = t + 1
		if d.in(bitRole, t) || d.in(bitDocument, t) {
			switch {
			case d.det(t - 1):
				return t - 1, true
			case t-1 >= lo && d.toks[t-1].kind == tPoss:
				if a, ok := d.npBefore(t-2, lo); ok {
					d.roleEnd = t + 1
					return a, true
				}
			case t-2 >= lo && d.det(t-2) && d.word(t-1) && !d.toks[t-1].cap:
				return t - 2, true
			}
		}
	}
	// "the New York businessman", "a friend", "my father": a determiner
	// and at most three words before the head.
	if d.word(k) && !d.toks[k].cap && !d.toks[k].inQ && !d.in(bitStop, k) && !d.skippable(k) {
		for t := k - 1; t >= lo && t >= k-4; t-- {
			if d.det(t) || d.is(t, "my") || d.is(t, "our") {
				if !d.clauseOpens(t, lo) {
					break // "through the streets chanted": the noun is an object
				}
				d.roleEnd = k + 1
				return t, true
			}
			if !d.word(t) || d.toks[t].inQ || d.in(bitStop, t) {
				break
			}
		}
	}
	return 0, false
}

// npAfter finds the noun phrase that starts at token k and ends before
// hi: the speaker after an inverted cue ("said Ned Price") or after
// "according to". It returns its end b, exclusive.
func (d *doc) npAfter(k, hi int) (int, bool) {
	if k >= hi || k >= len(d.toks) || d.toks[k].inQ {
		return 0, false
	}
	if _, ok := d.pronoun(k); ok && !(d.det(k) && k+1 < hi && d.word(k+1)) {
		return k + 1, true
	}
	j := k
	if d.det(j) {
		j++
	}
	start := j
	ofSeen := false
	for j < hi {
		switch {
		case d.word(j) && d.toks[j].inQ:
		case d.word(j) && d.toks[j].cap && (j == start || !d.in(bitStop, j)):
			j++
			continue
		case d.word(j) && !d.toks[j].cap && d.lexWord(j) && !d.in(bitStop, j):
			j++
			continue
		case d.in(bitParticle, j) && !d.toks[j].cap && j+1 < hi && (d.capName(j+1) || d.in(bitParticle, j+1)):
			j++ // "said Charles de Gaulle", "said van der Berg"
			continue
		case d.toks[j].kind == tPoss && j > start:
			j++
			continue
		case (d.is(j, "of") || d.is(j, "for")) && j > start && j+1 < hi && d.word(j+1) && d.toks[j+1].cap:
			j++
			ofSeen = true
			continue
		case d.is(j, "of") && j > start && j+2 < hi && d.is(j+1, "the") && d.word(j+2) && d.toks[j+2].cap:
			j += 2
			ofSeen = true
			continue
		case ofSeen && d.is(j, "and") && j+1 < hi && d.word(j+1) && d.toks[j+1].cap && !d.in(bitStop, j+1):
			j++
			continue
		}
		break
	}
	if d.det(k) && j < hi && d.word(j) && !d.toks[j].cap {
		j = max(j, d.roleAfter(start, hi))
	}
	if j == start {
		return 0, false
	}
	// A name does not end in a stop word ("Xi On").
	for j > start && d.in(bitStop, j-1) {
		j--
	}
	return j, j > start
}

// roleAfter finds a lower-case role after a determiner, over at most
// three nouns and a possessor before its head ("said the county’s fire
// chief."): the head is a lexicon word and the phrase ends at
// punctuation. It returns the phrase's end, or start when none.
func (d *doc) roleAfter(start, hi int) int {
	other := 0
	for t := start; t < hi; t++ {
		switch {
		case d.toks[t].kind == tPoss && t > start:
			continue
		case !d.word(t) || d.toks[t].cap || d.toks[t].inQ || d.in(bitStop, t) || d.isCue(t):
			return start
		case d.lexWord(t):
			if t+1 >= len(d.toks) || !d.word(t+1) && d.toks[t+1].kind != tPoss {
				return t + 1
			}
		default:
			if other++; other > 3 {
				return start
			}
		}
	}
	return start
}

// appositive returns the title phrase after a comma at token c
// ("Andrey Denisov, the Russian ambassador to China,"): tokens [c+1, b)
// up to the next comma, stop or quote, when it holds a title word.
func (d *doc) appositive(c int) (int, int, bool) { return d.appositiveAt(c, false) }

// maxAppositive bounds an appositive in tokens: long enough for "a North
// Carolina businessman who had been a member of the campaign until last
// month", short enough to keep a comma-separated list from reading as one.
// From 12 tokens on it must hold a relative clause ("who …"), so that "Xi,
// the Chinese leader's first face-to-face interaction since …," is none;
// what follows an "and" that ends its title (titleEnd) is not counted.
const maxAppositive = 20

// hasWho reports whether tokens [a, b) hold "who" or "whose".
func (d *doc) hasWho(a, b int) bool {
	for t := a; t < b; t++ {
		if d.is(t, "who") || d.is(t, "whose") {
			return true
		}
	}
	return false
}

// appositiveAt is appositive; loose accepts a phrase that opens with a
// determiner and has no title word ("Douglas Brinkley, a historian who
// attended, recalled") where the context already says it is one.
func (d *doc) appositiveAt(c int, loose bool) (int, int, bool) {
	if c >= len(d.toks) || d.toks[c].kind != tComma {
		return 0, 0, false
	}
	a := c + 1
	if !d.word(a) || d.toks[a].inQ {
		return 0, 0, false
	}
	if _, ok := d.cueAt(a); ok {
		return 0, 0, false
	}
	if d.is(a, "who") || d.is(a, "whose") || d.is(a, "which") || d.is(a, "where") || d.is(a, "when") {
		// ", who visited … and met Russia’s deputy foreign minister,":
		// a relative clause, whose title words are someone else's.
		return 0, 0, false
	}
	title := false
	b := a
	for ; b < len(d.toks) && b < a+maxAppositive; b++ {
		tk := &d.toks[b]
		if tk.kind != tWord && tk.kind != tPoss && !(tk.kind == tDash && tk.e-tk.s == 1) || tk.inQ || tk.sent != d.toks[a].sent {
			break
		}
		if b > a {
			if _, ok := d.cueAt(b); ok {
				break
			}
		}
		if d.in(bitTitle, b) || d.in(bitRole, b) {
			title = true
		}
	}
	if loose && d.det(a) && !d.is(a, "his") && !d.is(a, "her") && !d.is(a, "their") && !d.is(a, "its") {
		title = true
	}
	if !title || b == len(d.toks) || b == a+maxAppositive || d.titleEnd(a, b)-a >= 12 && !d.hasWho(a, b) {
		return 0, 0, false
	}
	if k := d.toks[b].kind; k != tComma && k != tStop && k != tQuote && k != tDash && k != tParen {
		return 0, 0, false
	}
	first := d.toks[a]
	if !(d.det(a) || first.cap || d.lexWord(a)) {
		return 0, 0, false
	}
	return a, b, true
}

// clauseOpens reports whether a clause can start at token t: at lo,
// after punctuation or after a conjunction.
func (d *doc) clauseOpens(t, lo int) bool {
	if t <= lo {
		return true
	}
	switch d.toks[t-1].kind {
	case tComma, tQuote, tColon, tDash, tStop, tParen:
		return true
	}
	return d.is(t-1, "and") || d.is(t-1, "but") || d.is(t-1, "while") || d.is(t-1, "as") || d.is(t-1, "when")
}

func (d *doc) isCue(t int) bool { _, ok := d.cueAt(t); return ok }

// indexParas fills paraAt, so that the bounds of a token's paragraph
// cost no scan.
func (d *doc) indexParas() {
	n := 1
	if len(d.toks) > 0 {
		n = int(d.toks[len(d.toks)-1].para) + 2
	}
	d.paraAt = slices.Grow(d.paraAt[:0], n)[:n]
	t := 0
	for p := range d.paraAt {
		for t < len(d.toks) && int(d.toks[t].para) < p {
			t++
		}
		d.paraAt[p] = int32(t)
	}
}

// paraStart and paraEnd return the first token of token t's paragraph
// and the token after its last.
func (d *doc) paraStart(t int) int {
	if t < 0 || t >= len(d.toks) {
		return t
	}
	return int(d.paraAt[d.toks[t].para])
}

func (d *doc) paraEnd(t int) int {
	if t < 0 || t >= len(d.toks) {
		return max(t+1, 0)
	}
	return int(d.paraAt[d.toks[t].para+1])
}

// titleMention is the mention of the title phrase at tokens [a, b), cut
// before an "and" that opens no further title: "owner of Acme and by
// many accounts the richest woman" is titled "owner of Acme", while
// "co-founder and former chief executive" and "owner of Acme and Zenith"
// stay whole; and cut before "in" and a place after an office word ("a
// teacher in Dayton").
func (d *doc) titleMention(a, b int) quote.Mention { return d.mention(a, d.titleEnd(a, b)) }

// titleEnd returns where the title phrase at tokens [a, b) ends.
func (d *doc) titleEnd(a, b int) int {
	title := false
	for t := a; t < b; t++ {
		if title && d.is(t, "and") && !(d.word(t+1) && d.toks[t+1].cap) && !d.in(bitTitle, t+1) && !d.in(bitTitleMod, t+1) && !d.in(bitRole, t+1) {
			return t
		}
		if title && d.is(t, "in") && d.in(bitTitle, t-1) && d.word(t+1) && d.toks[t+1].cap {
			return t // "a teacher in Dayton": where the person is, not the office
		}
		title = title || d.in(bitTitle, t) || d.in(bitRole, t)
	}
	return b
}
