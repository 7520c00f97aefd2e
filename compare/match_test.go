package compare

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/verbatim-nlp/verbatim/quote"
)

// TestLinkedAgreesWithCompare checks that Similarity and Linked, the
// exported pair comparison, link two renderings exactly when a
// Compare run over the two clusters them together.
func TestLinkedAgreesWithCompare(t *testing.T) {
	cases := []struct {
		name string
		a, b string
		want bool
	}{
		{"reworded", "We will never accept any plan that divides the region along ethnic lines",
			"we will never accept a plan which divides the region along ethnic lines", true},
		{"truncated", "The council must vote on the budget before the winter recess begins next month",
			"vote on the budget before the winter recess", true},
		{"same topic, other statement", "The council must vote on the budget before the winter recess begins",
			"Nobody on the council has read the budget that the mayor sent over", false},
		{"unrelated", "Our hospitals are running out of beds and nurses this winter",
			"The bridge will reopen to traffic after the inspection is finished", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			docs := place([]rendering{
				{doc: "a.txt", prefix: "The official said: \"", q: quote.Quote{Text: c.a, Kind: quote.Direct}, suffix: "\"\n"},
				{doc: "b.txt", prefix: "The official said: \"", q: quote.Quote{Text: c.b, Kind: quote.Direct}, suffix: "\"\n"},
			})
			rep := mustNew().Compare(docs)
			together := len(rep.Quotes) == 2 && rep.Quotes[0].Cluster == rep.Quotes[1].Cluster
			ta, tb := Tokens(quote.Quote{Text: c.a}), Tokens(quote.Quote{Text: c.b})
			df := map[string]int{}
			for _, t := range append(append([]string{}, ta...), tb...) {
				df[t]++
			}
			score, shared := Similarity(ta, tb, func(t string) float64 { return IDF(df[t], 2) })
			assert.Equal(t, c.want, together, "Compare")
			assert.Equal(t, together, mustNew().Linked(score, shared, false), "Linked (score %.2f, %d shared)", score, shared)
		})
	}
}
