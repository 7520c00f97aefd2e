package quote_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/verbatim-nlp/verbatim/internal/gold"
	"github.com/verbatim-nlp/verbatim/quote"
)

// TestGoldCorpus runs Extract on the five seed articles and compares it
// with the hand annotation in testdata/gold.json (see testdata/README.md).
func TestGoldCorpus(t *testing.T) {
	g, err := gold.LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range g.Documents {
		t.Run(d.Doc[:3], func(t *testing.T) {
			src, err := gold.CorpusFile(d.Doc)
			if err != nil {
				t.Fatal(err)
			}
			got := quote.Extract(src)
			byspan := make(map[quote.Span]quote.Quote, len(got))
			for _, q := range got {
				byspan[q.Span()] = q
			}
			marked := make(map[quote.Span]gold.Quote)
			var misses, kinds, terms []string
			for _, w := range d.Quotes {
				if w.Kind == quote.Indirect {
					continue
				}
				marked[w.Span()] = w
				q, found := byspan[w.Span()]
				switch w.Kind {
				case quote.Direct, quote.Partial:
					if !found {
						misses = append(misses, fmt.Sprintf("%s %s [%d,%d) %q%s", w.ID, w.Kind, w.Start, w.End, w.Text, near(got, w)))
					} else if q.Kind != w.Kind {
						kinds = append(kinds, fmt.Sprintf("%s [%d,%d) %q: got %s, want %s", w.ID, w.Start, w.End, w.Text, q.Kind, w.Kind))
					}
				case quote.Term:
					if found && (q.Kind == quote.Direct || q.Kind == quote.Partial) {
						terms = append(terms, fmt.Sprintf("%s [%d,%d) %q reported as %s", w.ID, w.Start, w.End, w.Text, q.Kind))
					}
				}
			}
			var extra []string
			for _, q := range got {
				if _, ok := marked[q.Span()]; !ok {
					extra = append(extra, fmt.Sprintf("%s [%d,%d) %q", q.Kind, q.Start, q.End, q.Text))
				}
			}
			report(t, "gold direct/partial quotes not found with the same span (recall)", misses)
			report(t, "quotes found with the wrong kind", kinds)
			report(t, "gold terms reported as speech", terms)
			report(t, "reported quotes with no gold counterpart (precision)", extra)
		})
	}
}

// near describes the extracted quote that overlaps w, if any, so that a
// miss by a few bytes reads as such.
func near(got []quote.Quote, w gold.Quote) string {
	for _, q := range got {
		if q.Start < w.End && w.Start < q.End {
			return fmt.Sprintf("; overlapping: %s [%d,%d) %q", q.Kind, q.Start, q.End, q.Text)
		}
	}
	return "; nothing overlaps"
}

func report(t *testing.T, what string, items []string) {
	t.Helper()
	if len(items) > 0 {
		t.Errorf("%s: %d\n\t%s", what, len(items), strings.Join(items, "\n\t"))
	}
}
