package attribute

import (
	"sort"
	"strings"

	"github.com/verbatim-nlp/verbatim/quote"
)

// indirectIn finds reported speech without quote marks in sentence s,
// tokens [ss, se): "Wang said that regional security cannot…" (the
// content after the cue) and "Regional security cannot…, Wang said"
// (the content before it).
func (d *doc) indirectIn(s, ss, se, tailP int, tailAt attr, tailOK bool) {
	end := se
	for end > ss && (d.toks[end-1].kind == tStop || d.toks[end-1].kind == tQuote && d.toks[end-1].qmark == 0 || d.toks[end-1].kind == tParen) {
		end--
	}
	// "CONTENT, X said." — the cue closes the sentence, and the
	// content may hold cues of its own ("Putin stressed…, Ushakov said").
	if tailOK {
		a := ss
		for a < tailP && (d.toks[a].kind == tQuote && d.toks[a].qmark == 0 || d.toks[a].kind == tDash) {
			a++
		}
		// "Asked about the race, Roe said …": a participle opener that
		// runs to the comma is no content.
		opener := false
		if e, ok := d.openerEnd(a, tailP+1); ok && e == tailP+1 && d.toks[a].cap && !d.in(bitStop, a) && !d.in(bitPrep, a) {
			opener = true
		}
		if tailP-a >= 4 && !opener && !d.overlapsSpeech(a, tailP) && !d.toks[a].inQ {
			at := tailAt
			at.rule = "indirect-content-first:" + strings.TrimPrefix(at.rule, "cue-after:")
			at.conf = confIndirect
			d.addIndirect(a, tailP, at, s)
			return
		}
	}
	for t := ss; t < end; t++ {
		if d.used[t] || d.toks[t].inQ || !d.in(bitCue, t) {
			continue // cueAt's own first test, without the call
		}
		h, ok := d.cueAt(t)
		if ok && h.lemma == "according to" {
			if cend, ok := d.accordingFirst(h, s, ss, end); ok {
				t = cend
			}
			continue
		}
		if !ok {
			continue
		}
		k := h.j
		if k >= end || d.toks[k].kind == tQuote || d.toks[k].kind == tColon || d.toks[k].kind == tComma {
			t = h.j - 1
			continue
		}
		if h.lemma == "tell" || h.lemma == "urge" || h.lemma == "warn" || h.lemma == "ask" || h.lemma == "assure" {
			if b, ok := d.npAfter(k, end); ok && !d.is(k, "that") {
				k = b
			}
		}
		start := -1
		for u := k; u < end && u < k+8; u++ {
			if d.is(u, "that") {
				start = u + 1
				break
			}
			if d.toks[u].kind != tWord && d.toks[u].kind != tComma || d.toks[u].inQ {
				break
			}
			// "said officials are in possession of video that shows…":
			// a verb before "that" means the clause began at k.
			if u > k && d.finiteAux(u) {
				break
			}
		}
		if start < 0 && d.sayVerb(h) && d.clauseStart(k) {
			start = k
		}
		if start < 0 && (h.lemma == "deny" || h.lemma == "admit") && d.gerund(k) {
			// "has denied harbouring plans to invade Ukraine": the
			// gerund phrase is what is denied. Measured at cues' table
			// commit: news a/b have no such phrase; PolNeAR dev has one
			// ("admitted using the tax code"), which it turns into an
			// unannotated indirect quote (indirect lenient FP 50 → 51).
			// Kept for the corpus: without it two corpus indirect quotes
			// and a cross-article statement are lost (TestCorpusAgainstGold).
			start = k
		}
		if start < 0 && d.directive(h) {
			// "called on NATO to pledge not to expand": the object and
			// its infinitive are the content.
			if b, ok := d.npAfter(h.j, end); ok && d.is(b, "to") {
				start = h.j
			}
		}
		if start < 0 || start >= end {
			continue
		}
		a, b, ta, tb, ok := d.subjectOf(h, ss)
		if h.objA >= 0 {
			a, b, ok = h.objA, h.objB, true
		}
		if !ok {
			continue
		}
		cend, via := d.cutTail(start, end)
		if start == k && d.gerund(k) && !d.sayVerb(h) {
			cend = d.cutGerund(start, cend)
		}
		if cend-start < 3 || d.overlapsSpeech(start, cend) {
			continue
		}
		sp, ok := d.resolveNP(a, b)
		if !ok {
			continue
		}
		if ta < tb && sp.ent >= 0 {
			t := d.titleMention(ta, tb)
			if sp.title.Text == "" {
				sp.title = t
			}
			d.addMention(sp.ent, sp.mention, t)
		}
		at := attr{sp: sp, cue: d.cueMention(h), rule: "indirect:" + d.cueName(h), conf: confIndirect, reporter: -1, via: via}
		if at.via == "" {
			d.addVia(&at, h, end)
		}
		d.markUsed(h)
		d.addIndirect(start, cend, at, s)
		t = cend
	}
}

// accordingFirst adds the content after a sentence-opening "According
// to X," as X's indirect quote: "According to the senator, the bill
// would cut taxes". It returns the content's end.
func (d *doc) accordingFirst(h cueHit, s, ss, end int) (int, bool) {
	a := ss
	for a < h.i && (d.toks[a].kind == tQuote && d.toks[a].qmark == 0 || d.toks[a].kind == tDash) {
		a++
	}
	if a != h.i {
		return 0, false
	}
	b, ok := d.npAfter(h.j, end)
	var sp speakerRef
	if ok && b < end && d.toks[b].kind == tComma {
		sp, ok = d.resolveNP(h.j, b)
	} else {
		sp, ok = d.titledNameBefore(h.j, end)
		b = h.j
		for b < end && d.toks[b].kind != tComma {
			b++
		}
	}
	if !ok || b >= end || d.toks[b].kind != tComma || !d.clauseStart(b+1) {
		return 0, false
	}
	start := b + 1
	cend, via := d.cutTail(start, end)
	if cend-start < 4 || d.overlapsSpeech(start, cend) {
		return 0, false
	}
	at := attr{sp: sp, cue: d.cueMention(h), rule: "indirect:according-to", conf: confIndirect, reporter: -1, via: via}
	d.markUsed(h)
	d.addIndirect(start, cend, at, s)
	return cend, true
}

// sentenceTail finds a closing attribution after the sentence's last
// comma: "…, Ushakov said." It returns the comma's token index.
func (d *doc) sentenceTail(ss, se int) (int, attr, bool) {
	end := se
	for end > ss && (d.toks[end-1].kind == tStop || d.toks[end-1].kind == tQuote && d.toks[end-1].qmark == 0 || d.toks[end-1].kind == tParen) {
		end--
	}
	for p := end - 1; p > ss+2; p-- {
		if d.toks[p].kind != tComma {
			continue
		}
		if d.toks[p].inQ {
			return 0, attr{}, false
		}
		at, ok := d.tail(p+1, end)
		if !ok || at.sp.ent < 0 && !at.sp.pronoun {
			return 0, attr{}, false
		}
		return p, at, true
	}
	return 0, attr{}, false
}

// finiteAux reports whether token t is an auxiliary or modal verb,
// the mark of a finite clause: "officials are", "the city would".
func (d *doc) finiteAux(t int) bool {
	return d.word(t) && d.in(bitAux, t)
}

// directive reports whether the cue asks someone to act ("urged X to"):
// the lexicon's directive section.
func (d *doc) directive(h cueHit) bool {
	_, ok := d.a.sec[secDirective][h.lemma]
	return ok
}

// listener reports whether the noun after the cue is its listener, never
// its speaker (the lexicon's noinvert section): ", told The Associated
// Press" names who heard the words.
func (d *doc) listener(h cueHit) bool {
	_, ok := d.a.sec[secNoInvert][h.lemma]
	return ok
}

// sayVerb reports whether the cue takes a bare content clause.
func (d *doc) sayVerb(h cueHit) bool {
	_, ok := d.a.sec[secSayVerb][h.lemma]
	return ok
}

// clauseStart reports whether token k can open a content clause
// without "that": "he plans", "the pair", "China", "sport could".
func (d *doc) clauseStart(k int) bool {
	if !d.word(k) || d.toks[k].inQ {
		return false
	}
	if _, ok := d.pronoun(k); ok {
		return !d.is(k, "him") && !d.is(k, "them") && !d.is(k, "her")
	}
	if d.is(k, "its") || d.is(k, "his") || d.is(k, "her") || d.is(k, "their") {
		return false
	}
	if d.det(k) || d.is(k, "there") {
		return true
	}
	if d.toks[k].cap {
		return !d.in(bitStop, k) || d.det(k)
	}
	if c := d.src[d.toks[k].s]; c >= '0' && c <= '9' {
		return true
	}
	// A lower-case noun followed by a modal or a verb: "sport could help".
	if d.finiteAux(k + 1) {
		return !d.in(bitStop, k)
	}
	return false
}

// cutTail ends indirect content before a trailing attribution: ", as
// reported by CCTV", ", according to officials", ", Ushakov said". It
// returns the new end and the channel named there.
// maxContentScan bounds, in tokens, how far into a content clause the
// cuts below look: news sentences are far shorter, and an unbounded
// scan would be quadratic in a text with no sentence stops.
const maxContentScan = 200

func (d *doc) cutTail(start, end int) (int, string) {
	// ", in turn accusing Ukraine of…", ", saying…": a participle of a
	// speech verb after a comma goes back to the main clause's subject.
	for p := start + 1; p < end-1 && p < start+maxContentScan; p++ {
		if d.toks[p].kind != tComma {
			continue
		}
		v := p + 1
		if d.is(v, "in") && d.is(v+1, "turn") || d.is(v, "while") {
			v += 2
			if d.is(p+1, "while") {
				v = p + 2
			}
		}
		if d.participleCue(v) {
			end = p
			break
		}
	}
	for p := end - 1; p > start; p-- {
		if d.toks[p].kind != tComma {
			continue
		}
		if d.is(p+1, "as") && d.word(p+2) && d.is(p+3, "by") {
			if b, ok := d.npAfter(p+4, end); ok {
				a := p + 4
				if d.det(a) {
					a++
				}
				return p, d.phrase(a, b)
			}
		}
		if at, ok := d.tail(p+1, end); ok {
			if at.sp.ent >= 0 && d.isChannel(at.sp.ent) {
				return p, strings.TrimPrefix(d.ents[at.sp.ent].name, "the ")
			}
			return p, at.via
		}
		// ", a request rejected by the West." comments on the whole
		// clause: not reported content.
		if (d.is(p+1, "a") || d.is(p+1, "an")) && p+2 < end && d.word(p+2) && !d.toks[p+2].cap {
			return p, ""
		}
		break
	}
	return end, ""
}

// tail parses tokens [p, end) as a closing attribution: "Ushakov
// said", "said Smith", "a source said on Monday", "according to X".
func (d *doc) tail(p, end int) (attr, bool) {
	if p >= end {
		return attr{}, false
	}
	if h, ok := d.cueAt(p); ok {
		if !d.sayVerb(h) && h.lemma != "according to" {
			return attr{}, false
		}
		if d.listener(h) {
			return attr{}, false
		}
		b, ok := d.npAfter(h.j, end)
		if !ok || end-b > 6 || d.clauseAfter(h.j, b, end) {
			return attr{}, false
		}
		sp, ok := d.resolveNP(h.j, b)
		if !ok {
			return attr{}, false
		}
		rule := "cue-after:" + d.cueName(h)
		if h.lemma == "according to" {
			rule = "according-to"
		}
		d.markUsed(h)
		return attr{sp: sp, cue: d.cueMention(h), rule: rule, reporter: -1}, true
	}
	for t := p + 1; t < end && t < p+14; t++ {
		if d.toks[t].kind == tStop && !d.abbrevStop(t) || d.toks[t].kind == tQuote {
			break
		}
		h, ok := d.cueAt(t)
		if !ok {
			continue
		}
		if end-h.j > 8 || !d.sayVerb(h) {
			return attr{}, false
		}
		a, b, ta, tb, ok := d.subjectOf(h, p)
		if !ok || a != p {
			return attr{}, false
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
		}
		at := attr{sp: sp, cue: d.cueMention(h), rule: "cue-after:" + d.cueName(h), reporter: -1}
		d.addVia(&at, h, end)
		d.markUsed(h)
		return at, true
	}
	return attr{}, false
}

// clauseAfter reports whether the noun phrase [a, b) after a cue is the
// subject of a clause running on to end: "…, said he also may campaign"
// and "…, said Mr. Roe had erred" report content after the cue (the
// clause before the comma is the speaker's aside), while "said Roe on
// Monday" closes the sentence.
func (d *doc) clauseAfter(a, b, end int) bool {
	_, pro := d.pronoun(a)
	pro = pro && b == a+1
	for b < end && d.in(bitAdverb, b) {
		b++
	}
	if b >= end || !d.word(b) || d.toks[b].cap {
		return false
	}
	return d.finiteAux(b) || pro && !d.in(bitPrep, b)
}

// overlapsSpeech reports whether tokens [a, b) overlap a direct or
// partial quote, marks included.
func (d *doc) overlapsSpeech(a, b int) bool {
	if a >= b {
		return false
	}
	lo, hi := int(d.toks[a].s), int(d.toks[b-1].e)
	idx := sort.Search(len(d.qs), func(i int) bool { return d.qs[i].q.Start >= hi })
	hit := func(i int) bool {
		q := &d.qs[i].q
		if !q.IsSpeech() || q.Kind == quote.Indirect {
			return false
		}
		s, e := outer(q)
		return s < hi && lo < e
	}
	// A quote starting at or after hi overlaps only through its mark.
	for i := idx; i < len(d.qs) && i < idx+4; i++ {
		if hit(i) {
			return true
		}
	}
	for i := idx - 1; i >= 0 && d.maxEnd[i] > lo; i-- {
		if hit(i) {
			return true
		}
	}
	return false
}

// outer returns a quote's span with its marks.
func outer(q *quote.Quote) (int, int) {
	s, e := q.Start, q.End
	if !q.Open.Empty() && q.Open.Start < s {
		s = q.Open.Start
	}
	if !q.Close.Empty() && q.Close.End > e {
		e = q.Close.End
	}
	return s, e
}

func (d *doc) addIndirect(a, b int, at attr, s int) {
	st, en := int(d.toks[a].s), int(d.toks[b-1].e)
	qv := qinfo{q: quote.Quote{Start: st, End: en, Text: string(d.src[st:en]), Kind: quote.Indirect}, open: -1, clos: -1, ent: -1, rep: -1}
	d.apply(&qv, at, s)
	d.ind = append(d.ind, qv)
}

// participleCue reports whether token t is the -ing form of a cue:
// "saying", "accusing", "adding".
func (d *doc) participleCue(t int) bool {
	if !d.gerund(t) {
		return false
	}
	_, ok := d.cueAt(t)
	return ok
}

// gerund reports whether token t is a lower-case word ending in "ing".
func (d *doc) gerund(t int) bool {
	if !d.word(t) || d.toks[t].cap {
		return false
	}
	w := d.lower[d.toks[t].s:d.toks[t].e]
	return len(w) > 4 && string(w[len(w)-3:]) == "ing"
}

// cutGerund ends a gerund content ("denies harbouring plans to storm its
// neighbour and seeks guarantees…") before an "and" that starts a new
// verb phrase of the main subject: a present-tense verb (a lower-case
// word in -s) followed by another word.
func (d *doc) cutGerund(start, end int) int {
	for p := start + 1; p+2 < end && p < start+maxContentScan; p++ {
		if !d.is(p, "and") || !d.word(p+1) || d.toks[p+1].cap || !d.word(p+2) {
			continue
		}
		w := d.lower[d.toks[p+1].s:d.toks[p+1].e]
		if n := len(w); n > 3 && w[n-1] == 's' && w[n-2] != 's' && !d.gerund(p+1) {
			if d.toks[p-1].kind == tComma {
				return p - 1
			}
			return p
		}
	}
	return end
}
