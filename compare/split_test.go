package compare

import (
	"encoding/json"
	"fmt"
	"sort"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-nlp/verbatim/quote"
)

func TestLinksPairs(t *testing.T) {
	for _, tc := range []struct {
		name string
		a, b string
		want bool
	}{
		{"same words", "the talks with the union will resume on monday", "talks with the union will resume on monday", true},
		{"reworded", "we call on all parties to remain calm and refrain from escalating tension", "we urge all parties to stay calm and refrain from escalating tension", true},
		{"synonym makes the count", "we need more help for the farmers", "farmers need more assistance", true},
		{"short in long", "reasonable concerns", "the reasonable security concerns of russia should be taken seriously", true},
		{"short not all words", "reasonable doubts", "the reasonable security concerns of russia should be taken seriously", false},
		{"two shorts", "reasonable concerns", "security concerns", false},
		{"topic words only", "the budget for schools will rise next year", "the mayor opposed the new stadium plan on tuesday", false},
		{"one shared word", "the harbour will reopen after the storm", "prices of fuel at the harbour rose sharply again", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := new(Clusterer)
			got := c.Links([]string{tc.a, tc.b}, nil)
			if tc.want {
				assert.Equal(t, [][2]int{{0, 1}}, got)
			} else {
				assert.Empty(t, got)
			}
		})
	}
}

// TestLinksEmpty: no keys, one key, a key without content words.
func TestLinksEmpty(t *testing.T) {
	c := new(Clusterer)
	assert.Empty(t, c.Links(nil, nil))
	assert.Empty(t, c.Links([]string{"we will see"}, &Stats{}))
	assert.Empty(t, c.Links([]string{"", "the the"}, nil))
}

func TestStatementKeys(t *testing.T) {
	d := Document{Name: "a", Quotes: []quote.Quote{
		{Text: "The harbour plan is finally ready. We will vote on it next week.", Kind: quote.Direct, Speaker: "Ann Lee", Start: 0, End: 10},
		{Text: "Fortress Europe", Kind: quote.Term, Start: 20, End: 30},
		{Text: "x", Kind: quote.Kind(99), Start: 40, End: 41},
	}}
	got := new(Clusterer).StatementKeys(d)
	require.Len(t, got, 3)
	assert.Equal(t, []string{"the harbor plan is finally ready", "we will vote on it next week"}, got[0])
	assert.Empty(t, got[1])
	assert.Empty(t, got[2])
}

// TestGivenStatements: a Compare given its own Statements reports as it
// does alone.
func TestGivenStatements(t *testing.T) {
	docs := corpusDocs(t)
	c := new(Clusterer)
	ls := c.Statements(docs)
	given, err := New(GivenStatements(func(d, k int) []string {
		var out []string
		for _, l := range ls[d][k] {
			out = append(out, fmt.Sprint(l))
		}
		return out
	}))
	require.NoError(t, err)
	assert.Equal(t, reportJSON(t, c.Compare(docs)), reportJSON(t, given.Compare(docs)))
	assert.NotEmpty(t, c.Compare(docs).Clusters)
}

// TestSplitCompare runs the split that the module beam runs, in one
// process: statements grouped by word, Links in each group, components
// over the links and each quote's statements, each component compared
// apart (its quotes, the quotes overlapping them and all the documents'
// people), and one Compare given the components' statements. The report
// equals Compare's over the whole corpus, and the corpus splits.
func TestSplitCompare(t *testing.T) {
	docs := corpusDocs(t)
	c := new(Clusterer)
	st := c.Stats(docs)
	cs, err := New(CorpusStats(&st))
	require.NoError(t, err)

	// Nodes: distinct statement Keys; edges: Links within each word's
	// group, and consecutive statements of one quote.
	ids := map[string]int32{}
	var keys []string
	node := func(k string) int32 {
		id, ok := ids[k]
		if !ok {
			id = int32(len(keys))
			ids[k] = id
			keys = append(keys, k)
		}
		return id
	}
	qkeys := make([][][]string, len(docs))
	uf := newUnionFind(0)
	grow := func() {
		for len(uf) < len(keys) {
			uf = append(uf, int32(len(uf)))
		}
	}
	for d := range docs {
		qkeys[d] = cs.StatementKeys(docs[d])
		for _, ks := range qkeys[d] {
			for i, k := range ks {
				node(k)
				grow()
				if i > 0 {
					uf.union(ids[ks[0]], ids[k])
				}
			}
		}
	}
	byTok := map[string][]string{}
	for _, k := range keys {
		for _, tok := range KeyTokens(k) {
			byTok[tok] = append(byTok[tok], k)
		}
	}
	for _, group := range byTok {
		for _, p := range cs.Links(group, &st) {
			uf.union(ids[group[p[0]]], ids[group[p[1]]])
		}
	}
	comp := func(d, k int) int32 { return uf.find(ids[qkeys[d][k][0]]) }
	parts := map[int32]bool{}
	for d := range docs {
		for k := range docs[d].Quotes {
			if len(qkeys[d][k]) > 0 {
				parts[comp(d, k)] = true
			}
		}
	}
	require.Greater(t, len(parts), 3, "the corpus should split")

	labels := map[[2]int][]string{}
	for part := range parts {
		var sub []Document
		var from [][]int // per sub document, its quotes' indices in docs
		var subDoc []int
		for d := range docs {
			in := map[int]bool{}
			for k := range docs[d].Quotes {
				if len(qkeys[d][k]) > 0 && comp(d, k) == part {
					in[k] = true
				}
			}
			if len(in) == 0 {
				continue
			}
			s := docs[d]
			s.Quotes = nil
			var ks []int
			for k, q := range docs[d].Quotes {
				keep := in[k]
				for j := range in {
					o := docs[d].Quotes[j]
					keep = keep || q.Start < o.End && o.Start < q.End
				}
				if keep {
					s.Quotes = append(s.Quotes, q)
					ks = append(ks, k)
				}
			}
			sub = append(sub, s)
			from = append(from, ks)
			subDoc = append(subDoc, d)
		}
		ls := cs.Statements(sub)
		for i, ks := range from {
			for j, k := range ks {
				if len(qkeys[subDoc[i]][k]) == 0 || comp(subDoc[i], k) != part {
					continue // another part's quote, there for its span
				}
				for _, l := range ls[i][j] {
					labels[[2]int{subDoc[i], k}] = append(labels[[2]int{subDoc[i], k}], fmt.Sprintf("%d/%d", part, l))
				}
			}
		}
	}
	given, err := New(CorpusStats(&st), GivenStatements(func(d, k int) []string { return labels[[2]int{d, k}] }))
	require.NoError(t, err)
	assert.Equal(t, reportJSON(t, cs.Compare(docs)), reportJSON(t, given.Compare(docs)))
	assert.Equal(t, reportJSON(t, c.Compare(docs)), reportJSON(t, given.Compare(docs)))
}

func reportJSON(t *testing.T, rep *Report) string {
	t.Helper()
	sort.Slice(rep.Quotes, func(i, j int) bool { return rep.Quotes[i].ID < rep.Quotes[j].ID })
	b, err := json.Marshal(rep)
	require.NoError(t, err)
	return string(b)
}
