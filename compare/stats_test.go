package compare

import (
	"encoding/json"
	"math"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-nlp/verbatim/quote"
)

// statsDoc is an article with its quotes found by their text.
func statsDoc(t *testing.T, name, text string, qs ...hq) Document {
	t.Helper()
	d := Document{Name: name, Text: []byte(text)}
	for _, q := range qs {
		i := strings.Index(text, q.text)
		require.GreaterOrEqual(t, i, 0, "%s: %q", name, q.text)
		d.Quotes = append(d.Quotes, quote.Quote{Start: i, End: i + len(q.text), Text: q.text, Kind: q.kind, Speaker: q.speaker})
	}
	return d
}

// statsDocs are the corpus and articles written for what Stats counts
// apart: a short statement credited under two spellings and with no
// speaker, a wrapper around another speaker's words, two words that
// another outlet writes as one, and a wire copy.
func statsDocs(t *testing.T) []Document {
	docs := corpusDocs(t)
	wire := `The mayor said: "We will rebuild the harbour wall before the winter storms arrive." Later she added "no comment".`
	docs = append(docs,
		statsDoc(t, "w1", wire,
			hq{text: "We will rebuild the harbour wall before the winter storms arrive.", speaker: "Ana Ruiz", kind: quote.Direct},
			hq{text: "no comment", speaker: "Ana Ruiz", kind: quote.Direct}),
		statsDoc(t, "w2", wire,
			hq{text: "We will rebuild the harbour wall before the winter storms arrive.", speaker: "Ana Ruiz", kind: quote.Direct},
			hq{text: "no comment", speaker: "Anna Ruiz", kind: quote.Direct}),
		statsDoc(t, "w3", `A spokesman said "no comment" when asked, and "I have loved my time at Open AI" said the engineer.`,
			hq{text: "no comment", kind: quote.Direct},
			hq{text: "I have loved my time at Open AI", speaker: "Li Wen", kind: quote.Direct}),
		statsDoc(t, "w4", `"I loved my time at OpenAI," Li Wen wrote. The aide said the minister agreed "the talks will resume in spring".`,
			hq{text: "I loved my time at OpenAI,", speaker: "Li Wen", kind: quote.Direct},
			hq{text: "the minister agreed \"the talks will resume in spring\"", speaker: "the aide", kind: quote.Indirect},
			hq{text: "the talks will resume in spring", speaker: "the minister", kind: quote.Direct}),
	)
	return docs
}

// statsFromKeys builds a corpus's Stats as a distributed run would:
// each document's keys, the shared ones made distinct across documents,
// the vocabulary from every key, each article's names, and Stats of two
// halves merged.
func statsFromKeys(docs []Document, c *Clusterer) Stats {
	seen := map[string]bool{}
	var keys []string
	for _, d := range docs {
		shared, own := c.StatKeys(d)
		for _, k := range shared {
			if !seen[k] {
				seen[k] = true
				keys = append(keys, k)
			}
		}
		keys = append(keys, own...)
	}
	vocab := map[string]bool{}
	for _, k := range keys {
		for _, tok := range KeyTokens(k) {
			vocab[tok] = true
		}
	}
	in := func(tok string) bool { return vocab[tok] }
	var a, b Stats
	for i, k := range keys {
		if i%2 == 0 {
			a.Add(k, in)
		} else {
			b.Add(k, in)
		}
	}
	for i, d := range docs {
		if i%2 == 0 {
			a.AddArticle(d)
		} else {
			b.AddArticle(d)
		}
	}
	a.Merge(b)
	return a
}

func TestStatsFromKeysEqualRun(t *testing.T) {
	docs := statsDocs(t)
	c := mustNew()
	want := c.Stats(docs)
	got := statsFromKeys(docs, c)
	assert.Equal(t, want, got)
	assert.Greater(t, want.Renderings, 30)
	// "Open AI" counts as the one word another outlet writes.
	assert.Equal(t, 2, want.DF["openai"])
	assert.Zero(t, want.DF["open"])
	// "no comment" counts once per credited spelling and once for the
	// quote without a speaker: three renderings.
	assert.Equal(t, 3, want.DF["comment"])
	// Own keys: the short quote without a speaker, the wrapper.
	for _, d := range docs[len(docs)-4:] {
		_, own := c.StatKeys(d)
		n := map[string]int{"w3": 1, "w4": 1}[d.Name]
		assert.Len(t, own, n, d.Name)
	}
}

// TestCorpusStatsWeighs: a run over part of the corpus given the whole
// corpus's Stats weighs each word as the whole run does; without them it
// weighs by the part.
func TestCorpusStatsWeighs(t *testing.T) {
	docs := statsDocs(t)
	whole := mustNew().Stats(docs)
	part := docs[:2]
	idfs := func(opts ...Option) map[string]float64 {
		r := &run{cfg: mustNew(opts...).config()}
		r.load(part)
		r.renderings(r.wrappers())
		_, idf := r.countTokens()
		out := map[string]float64{}
		for id, tok := range r.tokStr {
			out[tok] = idf[id]
		}
		return out
	}
	given, own := idfs(CorpusStats(&whole)), idfs()
	require.NotEmpty(t, given)
	differ := 0
	for tok, w := range given {
		assert.InDelta(t, whole.IDF(tok), w, 1e-12, tok)
		if own[tok] != w {
			differ++
		}
	}
	assert.Positive(t, differ, "the part's own counts should weigh some word otherwise")
}

// TestCorpusStatsOfItself: Compare given its own corpus's Stats reports
// exactly what it reports without them.
func TestCorpusStatsOfItself(t *testing.T) {
	docs := statsDocs(t)
	s := mustNew().Stats(docs)
	want, err := json.Marshal(mustNew().Compare(docs))
	require.NoError(t, err)
	got, err := json.Marshal(mustNew(CorpusStats(&s)).Compare(docs))
	require.NoError(t, err)
	assert.JSONEq(t, string(want), string(got))
}

// TestStatsAddWithoutVocabulary: with no vocabulary no words join, and
// an empty key counts a rendering without words.
func TestStatsAddWithoutVocabulary(t *testing.T) {
	var s Stats
	s.Add("i have loved my time at open ai", nil)
	s.Add("", nil)
	assert.Equal(t, 2, s.Renderings)
	assert.Equal(t, 1, s.DF["open"])
	assert.Zero(t, s.DF["openai"])
	assert.InDelta(t, math.Log(1+100.0/1), s.IDF("open"), 1e-12)
	assert.InDelta(t, s.IDF("open"), s.IDF("unseen"), 1e-12, "an unseen word counts as seen once")
}

// TestGroupWithCorpusStats: Compare over one group of documents that
// shares no statement, word-linked candidate or person with the rest of
// the corpus, given the whole corpus's Stats, finds exactly the clusters
// the run over the whole corpus finds among that group's quotes — the
// cluster step a distributed run takes per group.
func TestGroupWithCorpusStats(t *testing.T) {
	group := corpusDocs(t)
	rest := []Document{
		statsDoc(t, "zz1", `The mayor said: "We will rebuild the harbour wall before the winter storms arrive, whatever the council decides."`,
			hq{text: "We will rebuild the harbour wall before the winter storms arrive, whatever the council decides.", speaker: "Ana Ruiz", kind: quote.Direct}),
		statsDoc(t, "zz2", `Ruiz told the paper the town "will rebuild the harbour wall before winter storms arrive".`,
			hq{text: "will rebuild the harbour wall before winter storms arrive", speaker: "Ana Ruiz", kind: quote.Partial}),
		statsDoc(t, "zz3", `"The ferry timetable changes on Sunday and the late boat is cancelled," the operator said.`,
			hq{text: "The ferry timetable changes on Sunday and the late boat is cancelled,", speaker: "the operator", kind: quote.Direct}),
	}
	all := append(append([]Document(nil), group...), rest...)
	whole := mustNew().Compare(all)
	inGroup := map[string]bool{}
	for _, d := range group {
		inGroup[d.Name] = true
	}
	clusters := func(rep *Report) []string {
		var out []string
		for _, c := range rep.Clusters {
			keep := true
			for _, q := range c.Quotes {
				e, ok := rep.Quote(q)
				keep = keep && ok && inGroup[e.Doc]
			}
			if keep {
				b, err := json.Marshal(c)
				require.NoError(t, err)
				out = append(out, string(b))
			}
		}
		return out
	}
	want := clusters(whole)
	require.Less(t, len(want), len(whole.Clusters), "the rest must form clusters of its own")
	multi := 0
	for _, c := range whole.Clusters {
		if len(c.Quotes) > 1 {
			multi++
		}
	}
	require.Positive(t, multi)
	s := mustNew().Stats(all)
	assert.ElementsMatch(t, want, clusters(mustNew(CorpusStats(&s)).Compare(group)))
}
