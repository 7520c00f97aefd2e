package compare

import (
	"fmt"
	"sort"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestOneWordSpeakers: a speaker known by one word is one speaker
// across the corpus, unless full names of two people hold the word.
func TestOneWordSpeakers(t *testing.T) {
	type credit struct{ name, kind, said string }
	tests := []struct {
		why  string
		docs []credit // one article each
		want []string // speakers as "name/quotes", sorted
	}{
		{"a state credited in three articles is one speaker",
			[]credit{{"Russia", "organization", "talks with the alliance have reached a dead end"},
				{"Russia", "organization", "sanctions will not change our course on energy exports"},
				{"Russia", "organization", "the drills near the border are routine and planned"}},
			[]string{"Russia/3"}},
		{"a surname joins the only full name that holds it, in any article",
			[]credit{{"Elon Musk", "person", "the platform needs fewer rules on speech"},
				{"Musk", "person", "rockets will fly to orbit every week by summer"},
				{"Musk", "person", "the factory doubled its output this quarter alone"}},
			[]string{"Elon Musk/3"}},
		{"a surname two full names hold stays apart in each article",
			[]credit{{"Wang Yi", "person", "the visit opened a new chapter for both nations"},
				{"Wang Wei", "person", "the exhibition drew record crowds in the capital"},
				{"Wang", "person", "trade between the two sides rose sharply last year"},
				{"Wang", "person", "the harvest was the largest in a decade for farmers"}},
			[]string{"Wang Wei/1", "Wang Yi/1", "Wang/1", "Wang/1"}},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			var docs []Document
			for i, c := range tt.docs {
				docs = append(docs, article(fmt.Sprintf("d%d", i), c.name, c.kind, "", c.said))
			}
			rep := mustNew().Compare(docs)
			var got []string
			for _, s := range rep.Speakers {
				got = append(got, fmt.Sprintf("%s/%d", s.Name, s.Quotes))
			}
			sort.Strings(got)
			require.NotEmpty(t, got)
			assert.Equal(t, tt.want, got)
		})
	}
}
