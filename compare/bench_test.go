package compare

import (
	"fmt"
	"math/rand"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/verbatim-nlp/verbatim/quote"
)

// editSwaps are the realistic rewordings applied to synthetic quotes:
// synonyms outlets swap and British/American spellings.
var editSwaps = [][2]string{
	{"urge", "call on"}, {"strongly", "firmly"}, {"supports", "backs"}, {"calm", "restraint"},
	{"interfering", "meddling"}, {"safeguard", "protect"}, {"neighbourliness", "neighborliness"},
	{"alliance", "bloc"}, {"countries", "nations"}, {"further", "additional"},
}

// synthetic makes n quotes in documents of ten, each a corpus quote
// with edits: dropped words, swapped synonyms or spellings, truncation,
// and now and then half of another statement spliced in.
func synthetic(n int, seed int64) []Document {
	docs, _ := syntheticLabelled(n, seed)
	return docs
}

// syntheticLabelled also returns, per quote in order, the text of the
// corpus quote it was made from.
func syntheticLabelled(n int, seed int64) ([]Document, []string) {
	var labels []string
	var base []hq
	var names []string
	for name := range corpusQuotes {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		base = append(base, corpusQuotes[name]...)
	}
	rng := rand.New(rand.NewSource(seed))
	docs := make([]Document, 0, n/10+1)
	var d *Document
	for i := 0; i < n; i++ {
		if i%10 == 0 {
			// Sized for ten quotes: growing them by appending left
			// ten times the input in garbage, which the 1M point's
			// peak RSS counted.
			docs = append(docs, Document{Name: fmt.Sprintf("syn%07d", i/10), Text: make([]byte, 0, 2048),
				Quotes: make([]quote.Quote, 0, 10)})
			d = &docs[len(docs)-1]
		}
		h := base[rng.Intn(len(base))]
		labels = append(labels, h.text)
		ws := strings.Fields(h.text)
		if rng.Intn(3) == 0 && len(ws) > 6 { // drop a word
			j := rng.Intn(len(ws))
			ws = append(ws[:j:j], ws[j+1:]...)
		}
		if rng.Intn(3) == 0 { // swap a synonym or spelling
			s := editSwaps[rng.Intn(len(editSwaps))]
			for j, w := range ws {
				if strings.EqualFold(w, s[0]) {
					ws[j] = s[1]
				}
			}
		}
		if rng.Intn(4) == 0 && len(ws) > 10 { // truncate
			k := len(ws)*6/10 + rng.Intn(len(ws)*4/10)
			off := rng.Intn(len(ws) - k + 1)
			ws = ws[off : off+k]
		}
		if rng.Intn(20) == 0 { // splice half of another statement
			o := strings.Fields(base[rng.Intn(len(base))].text)
			ws = append(ws[:len(ws)/2:len(ws)/2], o[len(o)/2:]...)
		}
		text := strings.Join(ws, " ")
		start := len(d.Text)
		d.Text = append(append(d.Text, text...), '\n')
		d.Quotes = append(d.Quotes, quote.Quote{Start: start, End: start + len(text), Text: text, Kind: h.kind, Speaker: h.speaker, Title: h.title})
	}
	return docs, labels
}

func benchSynthetic(b *testing.B, n int) {
	docs := synthetic(n, 1)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		rep := mustNew().Compare(docs)
		b.ReportMetric(float64(len(rep.Clusters)), "clusters")
	}
}

func BenchmarkCompare10k(b *testing.B)  { benchSynthetic(b, 10_000) }
func BenchmarkCompare100k(b *testing.B) { benchSynthetic(b, 100_000) }

// BenchmarkCompare1M runs only with VERBATIM_BENCH_1M=1, so that
// "go test -bench . ./..." stays short: it needs several CPU-seconds
// and a gigabyte or more.
func BenchmarkCompare1M(b *testing.B) {
	if os.Getenv("VERBATIM_BENCH_1M") == "" {
		b.Skip("set VERBATIM_BENCH_1M=1 to run")
	}
	benchSynthetic(b, 1_000_000)
}

// wireCopies returns copies documents of the corpus, as when one wire
// story runs on many sites.
func wireCopies(t testing.TB, copies int) []Document {
	src := corpusDocs(t)
	out := make([]Document, 0, copies)
	for i := 0; i < copies; i++ {
		d := src[i%len(src)]
		d.Name = fmt.Sprintf("%s#%05d", d.Name, i)
		out = append(out, d)
	}
	return out
}

func BenchmarkWireCopies2000(b *testing.B) {
	docs := wireCopies(b, 2000)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		mustNew().Compare(docs)
	}
}

// TestWireCopies: 2,000 copies of the five articles cluster like one
// copy of each. (TestComplexity checks that the work stays linear.)
func TestWireCopies(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	one := mustNew().Compare(corpusDocs(t))
	many := mustNew().Compare(wireCopies(t, 2000))
	multi := func(r *Report) int {
		n := 0
		for _, c := range r.Clusters {
			if c.Docs > 1 {
				n++
			}
		}
		return n
	}
	// Every cluster of one copy spans copies now; none merge.
	assert.Len(t, many.Clusters, len(one.Clusters), "clusters of 2,000 copies against one copy")
	assert.Equal(t, len(one.Clusters), multi(many), "multi-document clusters of 2,000 copies")
}

// TestSyntheticRecovery measures, on 10k synthetic quotes, how often
// two renderings of one corpus statement share a cluster (recall) and
// how often renderings of two statements do (merge rate).
func TestSyntheticRecovery(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	docs, labels := syntheticLabelled(10_000, 2)
	// Truth: the corpus quotes' own clusters (so that the two
	// translations of one readout count as one statement).
	truth := map[string]string{}
	for _, e := range mustNew().Compare(corpusDocs(t)).Quotes {
		truth[strings.TrimRight(e.Text, ",")] = e.Cluster
	}
	rep := mustNew().Compare(docs)
	byCluster := map[string]map[string]int{} // cluster → truth → quotes
	byTruth := map[string]map[string]int{}   // truth → cluster → quotes
	for i, e := range rep.Quotes {
		_ = i
		tr := truth[strings.TrimRight(labelOf(docs, labels, e), ",")]
		if byCluster[e.Cluster] == nil {
			byCluster[e.Cluster] = map[string]int{}
		}
		byCluster[e.Cluster][tr]++
		if byTruth[tr] == nil {
			byTruth[tr] = map[string]int{}
		}
		byTruth[tr][e.Cluster]++
	}
	impure, total := 0, 0
	for _, m := range byCluster {
		best, sum := 0, 0
		for _, n := range m {
			sum += n
			best = max(best, n)
		}
		impure += sum - best
		total += sum
	}
	kept := 0
	for _, m := range byTruth {
		best := 0
		for _, n := range m {
			best = max(best, n)
		}
		kept += best
	}
	purity := 1 - float64(impure)/float64(total)
	recall := float64(kept) / float64(total)
	t.Logf("10k synthetic quotes: %d clusters, purity %.3f, recall %.3f (quotes in their statement's main cluster)", len(rep.Clusters), purity, recall)
	if purity < 0.95 || recall < 0.93 {
		t.Errorf("purity %.3f or recall %.3f below 0.95/0.93", purity, recall)
	}
}

// labelOf finds the base text of a report entry by its document and
// position: documents hold ten quotes each, in order.
func labelOf(docs []Document, labels []string, e QuoteEntry) string {
	var n int
	fmt.Sscanf(e.Doc, "syn%d", &n)
	for k, q := range docs[n].Quotes {
		if q.Start == e.Start {
			return labels[n*10+k]
		}
	}
	return ""
}
