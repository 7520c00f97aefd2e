package compare

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestSynsets(t *testing.T) {
	tests := []struct {
		name, a, b string
		want       bool
	}{
		{"noun synonyms", "assistance", "help", true},
		{"inflected", "assisting", "helped", true},
		{"plural", "deficiencies", "inadequacy", true},
		{"adjective", "dramatic", "spectacular", true},
		{"unrelated", "victory", "flood", false},
		{"two offices", "president", "minister", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, sharesSet(synsetsOf(tc.a), synsetsOf(tc.b)), "%s / %s", tc.a, tc.b)
		})
	}
}

// TestSynonymLinks: two translations of one sentence that differ in
// synonyms are one statement; the same frame with other content words
// is not.
func TestSynonymLinks(t *testing.T) {
	a := "We tried to reach them but the families need assistance now"
	tests := []struct {
		name, reason, b string
		same            bool
	}{
		{"re-translated", "attempted/tried, help/assistance: WordNet synonyms",
			"We attempted to reach them but the families need help now", true},
		{"other statement", "the same frame with other words is another statement",
			"We tried to reach the mayor but the council needs money now", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rep := New().Compare(docsOf([]side{{"a", a, "Semra Aydin", 0}, {"b", tc.b, "Semra Aydin", 0}}))
			assert.Equal(t, tc.same, rep.Quotes[0].Cluster == rep.Quotes[1].Cluster, tc.reason)
		})
	}
}
