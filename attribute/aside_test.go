package attribute

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-nlp/verbatim/quote"
)

// TestSubjectAsideIsSpeaker covers a subject whose aside (a party label
// in parentheses, a relative clause, an appositive) stands before its
// cue: the subject is the speaker and the clause after the cue is the
// content, never the other way round. The content-first reading must
// still hold where the content really comes first.
func TestSubjectAsideIsSpeaker(t *testing.T) {
	a, err := New()
	require.NoError(t, err)
	type indirect struct{ Speaker, Text, Rule string }
	tests := []struct {
		name string
		src  string
		want []indirect // every indirect quote, in order
	}{
		{"paren and relative clause, said NP", "Sen. Jane Roe (D-Mo.), who has endorsed Hart, said the plan was a mistake.",
			[]indirect{{"Jane Roe", "the plan was a mistake", "indirect:said"}}},
		{"relative clause, said pronoun", "Roe, who has endorsed Hart, said she also may campaign for him.",
			[]indirect{{"Roe", "she also may campaign for him", "indirect:said"}}},
		{"relative clause, said name and auxiliary", "Ms. Roe, who represents a rural district, said Mr. Hart had misled voters.",
			[]indirect{{"Roe", "Mr. Hart had misled voters", "indirect:said"}}},
		{"paren and appositive, said pronoun", "Sen. Jane Roe (D-Mo.), a longtime ally of the governor, said she would vote against the plan.",
			[]indirect{{"Jane Roe", "she would vote against the plan", "indirect:said"}}},
		{"paren and appositive, said NP", "Sen. Jane Roe (D-Mo.), a longtime ally of the governor, said the plan was a mistake.",
			[]indirect{{"Jane Roe", "the plan was a mistake", "indirect:said"}}},
		{"appositive, said pronoun and adverb", "Carla Diaz, Peru's ambassador to Chile from 2010 to 2014, said she never met the minister.",
			[]indirect{{"Carla Diaz", "she never met the minister", "indirect:said"}}},
		{"content first", "The plan was a mistake, Roe said.",
			[]indirect{{"Roe", "The plan was a mistake", "indirect-content-first:said"}}},
		{"content first, inverted with a time", "The plan was a mistake, said Roe on Monday.",
			[]indirect{{"Roe", "The plan was a mistake", "indirect-content-first:said"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := a.Attribute([]byte(tc.src), findQuotes(tc.src))
			var got []indirect
			for _, q := range r.Quotes {
				if q.Kind == quote.Indirect {
					got = append(got, indirect{q.Speaker, q.Text, q.Rule})
				}
			}
			assert.Equal(t, tc.want, got)
		})
	}
}
