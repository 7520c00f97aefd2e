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
			rep := mustNew().Compare(docsOf([]side{{"a", a, "Semra Aydin", 0}, {"b", tc.b, "Semra Aydin", 0}}))
			assert.Equal(t, tc.same, rep.Quotes[0].Cluster == rep.Quotes[1].Cluster, tc.reason)
		})
	}
}

// TestNegatedAdjectives: an adjective negated by its prefix reads as
// "not" and its antonym, so that two translations of one sentence
// meet, and no negation seems to appear or vanish between them.
func TestNegatedAdjectives(t *testing.T) {
	keys := []struct{ in, want string }{
		{"It is impossible to say", "it is not possible to say"},
		{"They were unable to help", "they were not able to help"},
		{"an immediate response", "an immediate response"}, // "mediate" is rare: no antonym pair
		{"she unveiled the plan", "she unveiled the plan"}, // a verb's participle
	}
	for _, k := range keys {
		assert.Equal(t, k.want, string(appendKey(nil, k.in)), k.in)
	}
	a := "It is impossible to be prepared for a flood of this size"
	tests := []struct {
		name, reason, b string
		same            bool
	}{
		{"re-translated", "impossible/not possible, prepared/ready: one word short of three shared, a synonym makes it",
			"It's not possible to be ready for a flood like this", true},
		{"other statement", "the same negation about something else",
			"It's not possible to be sure the dam will hold", false},
		{"other speaker", "a synonym makes up the third shared word only for one side",
			"It's not possible to be ready for a flood like this", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			other := "Semra Aydin"
			if tc.name == "other speaker" {
				other = "Kemal Demir"
			}
			rep := mustNew().Compare(docsOf([]side{{"a", a, "Semra Aydin", 0}, {"b", tc.b, other, 0}}))
			assert.Equal(t, tc.same, rep.Quotes[0].Cluster == rep.Quotes[1].Cluster, tc.reason)
		})
	}
}
