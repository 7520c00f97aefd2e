package compare

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestLookups follows every id of a real comparison through the
// lookups and checks each lands on the entry that has it.
func TestLookups(t *testing.T) {
	rep := mustNew().Compare(corpusDocs(t))
	require.NotEmpty(t, rep.Clusters)
	for i := range rep.Quotes {
		q, ok := rep.Quote(rep.Quotes[i].ID)
		require.True(t, ok)
		assert.Same(t, &rep.Quotes[i], q)
		d, ok := rep.Document(q.Doc)
		require.True(t, ok, "document of %s", q.ID)
		assert.Equal(t, q.Doc, d.Doc)
	}
	for i := range rep.Clusters {
		c, ok := rep.Cluster(rep.Clusters[i].ID)
		require.True(t, ok)
		assert.Same(t, &rep.Clusters[i], c)
		var ids []string
		for _, q := range rep.ClusterQuotes(c.ID) {
			assert.Equal(t, c.ID, q.Cluster)
			ids = append(ids, q.ID)
		}
		assert.ElementsMatch(t, c.Quotes, ids, "cluster %s", c.ID)
	}
	credited := 0
	for i := range rep.Speakers {
		s := &rep.Speakers[i]
		require.NotEmpty(t, s.ID)
		got, ok := rep.Speaker(s.ID)
		require.True(t, ok)
		assert.Same(t, s, got)
		for _, q := range rep.SpeakerQuotes(s.ID) {
			assert.Equal(t, s.Name, q.SpeakerName)
			credited++
		}
		if len(s.Titles) > 0 {
			assert.Contains(t, s.Titles, s.Title, "the main title is one of the titles")
			for _, n := range s.Titles {
				assert.LessOrEqual(t, n, s.Titles[s.Title], "%s: %q is not the most frequent", s.Name, s.Title)
			}
		} else {
			assert.Empty(t, s.Title)
		}
	}
	withPerson := 0
	for _, q := range rep.Quotes {
		if q.SpeakerName != "" {
			withPerson++
		}
	}
	assert.Equal(t, withPerson, credited, "every credited quote is reached from its speaker")

	for _, miss := range []func() bool{
		func() bool { _, ok := rep.Quote("q-none"); return ok },
		func() bool { _, ok := rep.Cluster("c-none"); return ok },
		func() bool { _, ok := rep.Speaker("s-none"); return ok },
		func() bool { _, ok := rep.SpeakerNamed("Nobody Here"); return ok },
		func() bool { _, ok := rep.Document("none.txt"); return ok },
	} {
		assert.False(t, miss())
	}
	assert.Nil(t, rep.ClusterQuotes("c-none"))
	assert.Nil(t, rep.SpeakerQuotes("s-none"))
}

// TestLookupsIndexOnce checks the index is built once and rebuilt when
// the Report grows, and that a decoded Report (no index yet) works.
func TestLookupsIndexOnce(t *testing.T) {
	rep := &Report{Quotes: []QuoteEntry{{Doc: "a.txt", ID: "q1", Cluster: "c1", SpeakerName: "Ana Ruiz"}},
		Speakers: []Speaker{{ID: "s1", Name: "Ana Ruiz"}}}
	_, ok := rep.Quote("q1")
	require.True(t, ok)
	first := rep.idx.Load()
	_, ok = rep.Cluster("c1")
	assert.False(t, ok)
	assert.Same(t, first, rep.idx.Load(), "no rebuild per call")
	rep.Clusters = append(rep.Clusters, Cluster{ID: "c1", Quotes: []string{"q1"}})
	c, ok := rep.Cluster("c1")
	require.True(t, ok, "a cluster added after the first lookup is found")
	assert.Len(t, rep.ClusterQuotes(c.ID), 1)
	assert.NotSame(t, first, rep.idx.Load())

	b, err := json.Marshal(rep)
	require.NoError(t, err)
	var back Report
	require.NoError(t, json.Unmarshal(b, &back))
	s, ok := back.SpeakerNamed("Ana Ruiz")
	require.True(t, ok)
	assert.Len(t, back.SpeakerQuotes(s.ID), 1)
}

func TestMainTitle(t *testing.T) {
	tests := []struct {
		name   string
		titles map[string]int
		want   string
	}{
		{"none", nil, ""},
		{"most frequent wins", map[string]int{"the mayor": 3, "the mayor of Eastport": 1}, "the mayor"},
		{"a tie goes to the longer", map[string]int{"the mayor": 2, "the mayor of Eastport": 2}, "the mayor of Eastport"},
		{"then to the alphabetically first", map[string]int{"a senator": 1, "an envoy": 1, "the chair": 1}, "a senator"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for range 20 { // map order varies between runs
				assert.Equal(t, tc.want, mainTitle(tc.titles))
			}
		})
	}
}

func TestSpeakerIDs(t *testing.T) {
	sp := []Speaker{{Name: "Ana Ruiz"}, {Name: "Lee Park"}, {Name: "Lee Park"}, {Name: "Lee Park"}}
	speakerIDs(sp)
	assert.Regexp(t, `^s[0-9a-f]{12}$`, sp[0].ID)
	assert.NotEqual(t, sp[0].ID, sp[1].ID)
	assert.Equal(t, sp[1].ID+"-2", sp[2].ID)
	assert.Equal(t, sp[1].ID+"-3", sp[3].ID)
	again := []Speaker{{Name: "Lee Park"}}
	speakerIDs(again)
	assert.Equal(t, sp[1].ID, again[0].ID, "the id depends on the name, not on the other speakers")
}
