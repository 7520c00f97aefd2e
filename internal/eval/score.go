package eval

import (
	"encoding/json"
	"sort"
	"unicode"
	"unicode/utf8"

	"github.com/verbatim-nlp/verbatim/quote"
)

// MinIoU is the overlap/union a lenient match needs.
const MinIoU = 0.5

// PRF counts true positives, false positives and false negatives.
type PRF struct {
	TP, FP, FN int
}

// Precision returns TP/(TP+FP), or 0 when nothing was predicted.
func (p PRF) Precision() float64 { return ratio(p.TP, p.TP+p.FP) }

// Recall returns TP/(TP+FN), or 0 when there is no gold.
func (p PRF) Recall() float64 { return ratio(p.TP, p.TP+p.FN) }

// F1 returns the harmonic mean of precision and recall.
func (p PRF) F1() float64 {
	pr, rc := p.Precision(), p.Recall()
	if pr+rc == 0 {
		return 0
	}
	return 2 * pr * rc / (pr + rc)
}

// MarshalJSON adds precision, recall and F1 to the counts.
func (p PRF) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		TP        int     `json:"tp"`
		FP        int     `json:"fp"`
		FN        int     `json:"fn"`
		Precision float64 `json:"precision"`
		Recall    float64 `json:"recall"`
		F1        float64 `json:"f1"`
	}{p.TP, p.FP, p.FN, p.Precision(), p.Recall(), p.F1()})
}

// Accuracy counts correct decisions over matched gold quotes.
type Accuracy struct {
	Correct int `json:"correct"`
	Total   int `json:"total"`
	// Missing counts the wrong ones where the prediction had no
	// mention at all (no attribution rather than a wrong one).
	Missing int `json:"missing"`
}

// Value returns Correct/Total, or 0 when Total is 0.
func (a Accuracy) Value() float64 { return ratio(a.Correct, a.Total) }

// MarshalJSON adds the accuracy to the counts.
func (a Accuracy) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Correct  int     `json:"correct"`
		Total    int     `json:"total"`
		Missing  int     `json:"missing"`
		Accuracy float64 `json:"accuracy"`
	}{a.Correct, a.Total, a.Missing, a.Value()})
}

func (a *Accuracy) add(pred, gold quote.Mention) {
	a.Total++
	switch {
	case pred.End <= pred.Start:
		a.Missing++
	case pred.Start < gold.End && gold.Start < pred.End:
		a.Correct++
	}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Scores holds the evaluation's counts; see the package doc for the
// method. The zero value is ready to use; Add accumulates documents.
type Scores struct {
	Docs            int      `json:"docs"`
	SegmentsExact   PRF      `json:"segments_exact"`
	SegmentsLenient PRF      `json:"segments_lenient"`
	Indirect        PRF      `json:"indirect"`
	IndirectAny     PRF      `json:"indirect_any_overlap"`
	Speaker         Accuracy `json:"speaker"`
	SpeakerDirect   Accuracy `json:"speaker_direct"`
	SpeakerMixed    Accuracy `json:"speaker_mixed"`
	SpeakerIndirect Accuracy `json:"speaker_indirect"`
	Cue             Accuracy `json:"cue"`
}

// Score runs predict on every document's text and returns the scores.
func Score(docs []Doc, predict func(text []byte) []quote.Quote) *Scores {
	s := new(Scores)
	for i := range docs {
		s.Add(&docs[i], predict([]byte(docs[i].Text)))
	}
	return s
}

// Add scores one document's predictions.
func (s *Scores) Add(d *Doc, preds []quote.Quote) {
	r := match(d, preds)
	s.Docs++
	addPRF(&s.SegmentsExact, r.exactTP, len(r.gold), len(r.pred))
	addPRF(&s.SegmentsLenient, r.lenTP, len(r.gold), len(r.pred))
	addPRF(&s.Indirect, r.indTP, len(r.goldInd), len(r.predInd))
	addPRF(&s.IndirectAny, r.indAnyTP, len(r.goldInd), len(r.predInd))
	for gi, pi := range r.quoteMatch {
		if pi < 0 {
			continue
		}
		g, p := &d.Quotes[gi], &preds[pi]
		if g.HasSpeaker() {
			s.Speaker.add(p.Mention, g.Speaker)
			switch g.Kind {
			case KindDirect:
				s.SpeakerDirect.add(p.Mention, g.Speaker)
			case KindMixed:
				s.SpeakerMixed.add(p.Mention, g.Speaker)
			case KindIndirect:
				s.SpeakerIndirect.add(p.Mention, g.Speaker)
			}
		}
		if g.Cue.End > g.Cue.Start {
			s.Cue.add(p.Cue, g.Cue)
		}
	}
}

func addPRF(p *PRF, tp, gold, pred int) {
	p.TP += tp
	p.FP += pred - tp
	p.FN += gold - tp
}

// seg is a trimmed segment and where it came from.
type seg struct {
	span  quote.Span
	owner []int // gold: indices into Doc.Quotes; predicted: index into preds
}

// result is the matching of one document.
type result struct {
	gold, pred       []seg
	goldLen, predLen []int // lenient partner index or -1
	exactTP, lenTP   int

	goldInd, predInd       []seg
	goldIndLen, predIndLen []int
	indTP, indAnyTP        int
	goldIndAny, predIndAny []int

	quoteMatch []int // per gold quote: matched prediction index or -1
}

func match(d *Doc, preds []quote.Quote) *result {
	text := d.Text
	r := &result{quoteMatch: make([]int, len(d.Quotes))}
	for i := range r.quoteMatch {
		r.quoteMatch[i] = -1
	}

	// Gold and predicted segments, trimmed and deduplicated.
	gidx := map[quote.Span]int{}
	for qi := range d.Quotes {
		g := &d.Quotes[qi]
		if g.Kind == KindIndirect {
			continue
		}
		if len(g.Quoted) == 0 {
			// The conversion found no marks it could pair (a quote
			// opened with ” or never closed): the span is the segment.
			r.gold = addSeg(r.gold, gidx, Trim(text, g.Span), qi)
		}
		for _, sp := range g.Quoted {
			r.gold = addSeg(r.gold, gidx, Trim(text, sp), qi)
		}
	}
	pidx := map[quote.Span]int{}
	for pi := range preds {
		p := &preds[pi]
		if (p.Kind != quote.Direct && p.Kind != quote.Partial) || p.Depth != 0 {
			continue
		}
		if len(p.Parts) == 0 {
			r.pred = addSeg(r.pred, pidx, Trim(text, p.Span()), pi)
			continue
		}
		for _, sp := range p.Parts {
			r.pred = addSeg(r.pred, pidx, Trim(text, sp), pi)
		}
	}
	for _, g := range r.gold {
		if _, ok := pidx[g.span]; ok {
			r.exactTP++
		}
	}
	r.goldLen, r.predLen, r.lenTP = greedy(r.gold, r.pred, false)

	// Indirect quotes, untrimmed.
	clear(gidx)
	clear(pidx)
	for qi := range d.Quotes {
		if g := &d.Quotes[qi]; g.Kind == KindIndirect {
			r.goldInd = addSeg(r.goldInd, gidx, g.Span, qi)
		}
	}
	for pi := range preds {
		if p := &preds[pi]; p.Kind == quote.Indirect {
			r.predInd = addSeg(r.predInd, pidx, clampSpan(p.Span(), len(text)), pi)
		}
	}
	r.goldIndLen, r.predIndLen, r.indTP = greedy(r.goldInd, r.predInd, false)
	r.goldIndAny, r.predIndAny, r.indAnyTP = greedy(r.goldInd, r.predInd, true)

	// Gold quotes inherit the match of their first matched segment.
	link := func(gold, pred []seg, gm []int) {
		for gi, pi := range gm {
			if pi < 0 {
				continue
			}
			for _, qi := range gold[gi].owner {
				if r.quoteMatch[qi] < 0 {
					r.quoteMatch[qi] = pred[pi].owner[0]
				}
			}
		}
	}
	link(r.gold, r.pred, r.goldLen)
	link(r.goldInd, r.predInd, r.goldIndLen)
	return r
}

func addSeg(segs []seg, idx map[quote.Span]int, sp quote.Span, owner int) []seg {
	if sp.Empty() {
		return segs
	}
	if i, ok := idx[sp]; ok {
		segs[i].owner = append(segs[i].owner, owner)
		return segs
	}
	idx[sp] = len(segs)
	return append(segs, seg{span: sp, owner: []int{owner}})
}

func clampSpan(s quote.Span, n int) quote.Span {
	s.Start = min(max(s.Start, 0), n)
	s.End = min(max(s.End, s.Start), n)
	return s
}

// greedy pairs gold and predicted segments one to one, best pairs first.
// With anyOverlap a pair needs one shared byte and is ranked by overlap;
// otherwise it needs overlap/union ≥ MinIoU and is ranked by that ratio.
// It returns each side's partner (or -1) and the number of pairs.
func greedy(gold, pred []seg, anyOverlap bool) (gm, pm []int, n int) {
	gm, pm = make([]int, len(gold)), make([]int, len(pred))
	for i := range gm {
		gm[i] = -1
	}
	for i := range pm {
		pm[i] = -1
	}
	// Sort predictions by start so each gold segment scans only the
	// predictions that can reach it: those starting after
	// gold.Start-maxLen and before gold.End.
	order := make([]int, len(pred))
	maxLen := 0
	for i := range order {
		order[i] = i
		maxLen = max(maxLen, pred[i].span.Len())
	}
	sort.Slice(order, func(a, b int) bool { return pred[order[a]].span.Start < pred[order[b]].span.Start })
	type cand struct {
		score float64
		g, p  int
	}
	var cands []cand
	for gi, g := range gold {
		lo := sort.Search(len(order), func(k int) bool { return pred[order[k]].span.Start >= g.span.Start-maxLen })
		for k := lo; k < len(order) && pred[order[k]].span.Start < g.span.End; k++ {
			p := pred[order[k]].span
			ov := min(g.span.End, p.End) - max(g.span.Start, p.Start)
			if ov <= 0 {
				continue
			}
			var score float64
			if anyOverlap {
				score = float64(ov)
			} else {
				score = float64(ov) / float64(max(g.span.End, p.End)-min(g.span.Start, p.Start))
				if score < MinIoU {
					continue
				}
			}
			cands = append(cands, cand{score, gi, order[k]})
		}
	}
	sort.Slice(cands, func(a, b int) bool {
		ca, cb := cands[a], cands[b]
		if ca.score != cb.score {
			return ca.score > cb.score
		}
		if ca.g != cb.g {
			return ca.g < cb.g
		}
		return ca.p < cb.p
	})
	for _, c := range cands {
		if gm[c.g] < 0 && pm[c.p] < 0 {
			gm[c.g], pm[c.p] = c.p, c.g
			n++
		}
	}
	return gm, pm, n
}

// Trim narrows s to its words: it drops white space and quote marks
// from both ends and the punctuation , . ; : from the end, the rule
// both matchings apply to gold and predicted segments alike. Spans out
// of range are clamped to text.
func Trim(text string, s quote.Span) quote.Span {
	s = clampSpan(s, len(text))
	for s.Start < s.End {
		r, n := utf8.DecodeRuneInString(text[s.Start:s.End])
		if !unicode.IsSpace(r) && !isMark(r) {
			break
		}
		s.Start += n
	}
	for s.Start < s.End {
		r, n := utf8.DecodeLastRuneInString(text[s.Start:s.End])
		if !unicode.IsSpace(r) && !isMark(r) && r != ',' && r != '.' && r != ';' && r != ':' {
			break
		}
		s.End -= n
	}
	return s
}

func isMark(r rune) bool {
	switch r {
	case '"', '\'', '`', '“', '”', '‘', '’', '„', '‟', '‚', '‛', '«', '»', '‹', '›', '＂', '″':
		return true
	}
	return false
}
