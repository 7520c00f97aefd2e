package eval

import (
	"regexp"

	"github.com/verbatim-nlp/verbatim/quote"
)

// baselineRE is the plain baseline: a straight or curly double quote
// up to the next closing one. It may span lines.
var baselineRE = regexp.MustCompile(`"[^"]*"|“[^”]*”`)

// Baseline is the reference predictor: every match of a regular
// expression for "…" and “…” is a Direct quote at Depth 0, marks
// excluded. It knows nothing of terms, nesting or attribution, so any
// real extractor should beat it.
func Baseline(text []byte) []quote.Quote {
	locs := baselineRE.FindAllIndex(text, -1)
	qs := make([]quote.Quote, 0, len(locs))
	for _, m := range locs {
		// Both kinds of mark are as wide at the end as at the start.
		w := 1
		if text[m[0]] != '"' {
			w = len("“")
		}
		s, e := m[0]+w, m[1]-w
		qs = append(qs, quote.Quote{
			Start: s, End: e, Text: string(text[s:e]), Kind: quote.Direct,
			Open:  quote.Span{Start: m[0], End: s},
			Close: quote.Span{Start: e, End: m[1]},
		})
	}
	return qs
}
