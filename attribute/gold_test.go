package attribute

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/verbatim-nlp/verbatim/internal/gold"
	"github.com/verbatim-nlp/verbatim/quote"
)

// TestCorpusGold compares the speakers Attribute gives the quotes that
// quote.Extract finds in the five corpus articles with the hand-made
// gold in testdata/gold.json. A gold quote counts when a predicted
// quote overlaps it; speech quotes and indirect quotes are scored
// apart. It fails when speech accuracy drops below its floor.
func TestCorpusGold(t *testing.T) {
	g, err := gold.LoadDefault()
	if err != nil {
		t.Skipf("gold not available: %v", err)
	}
	a, err := New()
	if err != nil {
		t.Fatal(err)
	}
	var speech, speechOK, ind, indFound, indOK, rep, repOK int
	for _, doc := range g.Documents {
		src, err := gold.CorpusFile(doc.Doc)
		if err != nil {
			t.Fatal(err)
		}
		r := a.Attribute(src, quote.Extract(src))
		for _, gq := range doc.Quotes {
			if gq.Kind == quote.Term || gq.Depth > 0 {
				continue
			}
			p := overlapping(r.Quotes, gq.Start, gq.End, gq.Kind == quote.Indirect)
			if gq.Kind == quote.Indirect {
				ind++
				if p == nil {
					continue
				}
				indFound++
			} else {
				speech++
			}
			got := ""
			if p != nil {
				got = p.Speaker
			}
			if got == gq.Speaker {
				if gq.Kind == quote.Indirect {
					indOK++
				} else {
					speechOK++
				}
			} else {
				t.Logf("%s %s %q: speaker (-want +got):\n-%q\n+%q (%s)", gq.ID, gq.Kind, short(gq.Text), gq.Speaker, got, ruleOf(p))
			}
			if gq.Reporter != "" {
				rep++
				if p != nil && p.Reporter == gq.Reporter {
					repOK++
				}
			}
		}
	}
	t.Logf("speech quotes: speaker right %d/%d (%.2f); indirect: found %d/%d, speaker right %d/%d; reporters %d/%d",
		speechOK, speech, float64(speechOK)/float64(max(speech, 1)), indFound, ind, indOK, indFound, repOK, rep)
	// A fixed floor, not a record: 29/32 (0.91) since d15fd85; the
	// floor is 0.9 of the gold speech quotes. Lower it only with a
	// reason in the commit; an improvement does not raise it.
	assert.GreaterOrEqual(t, float64(speechOK), 0.9*float64(speech), "speech speakers right: %d/%d", speechOK, speech)
}

func overlapping(qs []quote.Quote, s, e int, indirect bool) *quote.Quote {
	for i := range qs {
		q := &qs[i]
		if (q.Kind == quote.Indirect) != indirect || q.Kind == quote.Term {
			continue
		}
		if q.Start < e && s < q.End {
			return q
		}
	}
	return nil
}

func short(s string) string {
	if len(s) > 50 {
		return s[:50] + "…"
	}
	return s
}

func ruleOf(q *quote.Quote) string {
	if q == nil {
		return "no quote"
	}
	return fmt.Sprintf("rule %s, mention %q", q.Rule, q.Mention.Text)
}
