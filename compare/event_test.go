package compare

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEventCorpusStats: a run over one component of a corpus (the two
// articles of one election), given the whole corpus's Stats, scores
// the event test as the run over the whole corpus: in the component
// alone every name is written by every article and weighs nothing, so
// without the corpus's article counts the evaluative link is lost.
func TestEventCorpusStats(t *testing.T) {
	const (
		lead1 = "Polls closed in Valmora on Sunday as Ostrand voters backed the Kessel Party."
		lead3 = "In Valmora, the Kessel Party celebrated in the main square of Ostrand."
		other = "The Dunmore regatta ended at Harwick Bay as the Pell Rowing Club won again."
		long1 = "With 41% of the vote, this is a remarkable victory."
		short = "a dazzling victory"
	)
	part := evArticleDocs([]evArticle{{"a1", "", lead1, "Ana Lutz", long1}, {"a3", "", lead3, "Ana Lutz", short}})
	all := append(evArticleDocs([]evArticle{
		{"r1", "", other, "Tom Reyes", "It was a hard race in the wind and the boat held."},
		{"r2", "", other + " Harwick Bay was calm.", "Tom Reyes", "We trained all winter on this water for the final."},
		{"r3", "", "Pell Rowing Club crews rowed at Dunmore and Harwick Bay.", "Lise Moor", "The crew rowed the best race of the season."},
	}), part...)
	whole := mustNew().Stats(all)
	assert.Equal(t, 5, whole.Articles)
	assert.Equal(t, 2, whole.NameDF["valmora"])
	assert.Equal(t, 3, whole.NameDF["harwick"])

	// bestOf returns the best event score of article a1 in a run over docs.
	bestOf := func(c *Clusterer, docs []Document) float64 {
		r := &run{cfg: c.config()}
		r.load(docs)
		for d := range r.docs {
			if r.docs[d].name == "a1" {
				x := r.eventIndex()
				return x.score(r, int32(d), x.readBound(r, int32(d)))
			}
		}
		t.Fatal("no article a1")
		return 0
	}
	want := bestOf(mustNew(), all)
	require.Positive(t, want)
	assert.Equal(t, want, bestOf(mustNew(CorpusStats(&whole)), part), "the component given the corpus's counts")
	assert.Zero(t, bestOf(mustNew(), part), "the component alone: every name in every article")

	linked := func(rep *Report) bool {
		cl := map[string]string{}
		for _, q := range rep.Quotes {
			cl[q.Text] = q.Cluster
		}
		require.NotEmpty(t, cl[long1])
		return cl[long1] == cl[short]
	}
	assert.True(t, linked(mustNew().Compare(all)), "the whole corpus links the two renderings")
	assert.True(t, linked(mustNew(CorpusStats(&whole)).Compare(part)), "so does the component given the corpus's Stats")
	assert.False(t, linked(mustNew().Compare(part)), "the component alone cannot tell the event")
}
