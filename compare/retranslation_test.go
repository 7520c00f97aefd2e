package compare

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/verbatim-nlp/verbatim/quote"
)

// retranslationCase is a set of renderings and the pairs (indexes) that
// must or must not share a cluster.
type retranslationCase struct {
	name, reason string
	sides        []pside
	same, apart  [][2]int
}

func runRetranslation(t *testing.T, tests []retranslationCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rep := mustNew().Compare(pdocs(tc.sides))
			cl := map[string]string{}
			for _, q := range rep.Quotes {
				cl[q.Text] = q.Cluster
			}
			for _, p := range tc.same {
				a, b := tc.sides[p[0]].text, tc.sides[p[1]].text
				assert.NotEmpty(t, cl[a], "%s: %q has no cluster", tc.reason, a)
				assert.Equal(t, cl[a], cl[b], "%s: %q and %q should be one statement", tc.reason, a, b)
			}
			for _, p := range tc.apart {
				a, b := tc.sides[p[0]].text, tc.sides[p[1]].text
				assert.NotEqual(t, cl[a], cl[b], "%s: %q and %q are two statements", tc.reason, a, b)
			}
		})
	}
}

// TestQuantifierPhrase: a universal quantifier over people reads as one
// word whatever its wording ("everybody", "all of us"), so the
// possessive and the of-phrase of one translated line meet, while the
// quantifier alone ties nothing.
func TestQuantifierPhrase(t *testing.T) {
	d := quote.Direct
	mayor := func(doc, text string) pside { return pside{doc, "Mayor", "Ana Lutz", "said", text, d} }
	tests := []retranslationCase{
		{name: "possessive and of-phrase", reason: "one acceptance speech, two translations",
			sides: []pside{
				mayor("a", "I am not the candidate of one district any more, but the mayor of all of us."),
				mayor("b", "From today I am no longer the candidate for a party. I am everybody's mayor!"),
				mayor("c", "I will be mayor for all of us"),
				mayor("d", "I am everyone's mayor"),
				mayor("d", "The hard work starts tomorrow morning at the town hall."),
			},
			same: [][2]int{{0, 1}, {0, 2}, {1, 3}}},
		{name: "quantifier is no topic word", reason: "two statements sharing only everyone and a common word stay apart",
			sides: []pside{
				mayor("a", "Everyone deserves a bus stop within ten minutes of home."),
				pside{"b", "Councillor", "Tom Reyes", "said", "Everyone knows the budget for buses is already spent.", d},
			},
			apart: [][2]int{{0, 1}}},
	}
	runRetranslation(t, tests)
}

// TestQuantifierTokens: every wording of the quantifier gives one match
// token, and the words of a form read as one only where they run.
func TestQuantifierTokens(t *testing.T) {
	tests := []struct{ name, a, b string }{
		{"possessive", "everybody's mayor", "mayor of everyone"},
		{"all of us", "the mayor for all of us", "everyone's mayor"},
		{"all of you", "thanks to all of you", "thanks to everybody"},
		{"each of us", "each of us must vote", "everyone must vote"},
		{"form at the end", "a city for all of us", "a city for everyone"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, Tokens(quote.Quote{Text: tc.a}), Tokens(quote.Quote{Text: tc.b}))
		})
	}
	// "all" alone and the words of a form apart are no quantifier.
	assert.Equal(t, []string{"city", "vote"}, Tokens(quote.Quote{Text: "all cities vote"}))
	assert.Equal(t, []string{"vote"}, Tokens(quote.Quote{Text: "all of them vote"}))
	assert.Equal(t, []string{"vote"}, Tokens(quote.Quote{Text: "all who vote for us"}))
}
