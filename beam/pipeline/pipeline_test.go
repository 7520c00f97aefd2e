package pipeline

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-nlp/verbatim"
	"github.com/verbatim-nlp/verbatim/compare"
)

func TestMain(m *testing.M) {
	ptest.MainWithDefault(m, "prism")
}

// records maps each kind of record to its JSON lines, sorted.
type records map[string][]string

// runBeam runs the pipeline on Prism over inputs and reads back every
// shard it wrote.
func runBeam(t *testing.T, shards int, inputs ...string) (records, Summary) {
	t.Helper()
	return runConfig(t, Config{Inputs: inputs, Shards: shards})
}

// runConfig is runBeam with the rest of a Config (Output is set here).
func runConfig(t *testing.T, c Config) (records, Summary) {
	t.Helper()
	out := t.TempDir()
	shards := c.Shards
	c.Output = out
	p, s := beam.NewPipelineWithRoot()
	Build(s, c)
	require.NoError(t, ptest.Run(p))
	got := records{}
	files, err := filepath.Glob(filepath.Join(out, "*-of-*.jsonl"))
	require.NoError(t, err)
	for _, f := range files {
		kind, _, ok := strings.Cut(filepath.Base(f), "-")
		require.True(t, ok, f)
		assert.Contains(t, Kinds, kind)
		assert.True(t, strings.HasSuffix(f, ShardName(kind, 0, shards)[len(kind)+6:]), "%s: not one of %d shards", f, shards)
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		for _, l := range strings.SplitAfter(string(b), "\n") {
			if l != "" {
				got[kind] = append(got[kind], l)
			}
		}
	}
	for k := range got {
		sort.Strings(got[k])
	}
	var sum Summary
	b, err := os.ReadFile(filepath.Join(out, SummaryFile))
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(b, &sum))
	return got, sum
}

// fromReport gives the records of a report as the pipeline writes them.
func fromReport(t *testing.T, rep *compare.Report) records {
	t.Helper()
	out := records{}
	add := func(kind string, v any) {
		l, err := jsonLine(v)
		require.NoError(t, err)
		out[kind] = append(out[kind], l)
	}
	for _, x := range rep.Documents {
		add("documents", x)
	}
	for _, x := range rep.Speakers {
		add("speakers", x)
	}
	for _, x := range rep.Quotes {
		add("quotes", x)
	}
	for _, x := range rep.Clusters {
		add("clusters", x)
	}
	for _, x := range rep.Flags {
		add("flags", x)
	}
	for k := range out {
		sort.Strings(out[k])
	}
	return out
}

// sameAsCheck asserts that the pipeline's records equal, as sets and
// kind by kind, those of verbatim.CheckEach over docs — what "verbatim
// check" runs: it too lets each text go once its quotes and capitalised
// runs are found — and, where no two documents share a name (which one
// is NAME~2 may differ), those of the library's Check, which keeps the
// texts.
func sameAsCheck(t *testing.T, docs []verbatim.Document, got records, sum Summary) {
	t.Helper()
	p, err := verbatim.New()
	require.NoError(t, err)
	each := p.CheckEach(func(yield func(verbatim.Document, error) bool) {
		for _, d := range docs {
			if !yield(d, nil) {
				return
			}
		}
	}, nil)
	want := fromReport(t, each)
	for _, kind := range Kinds {
		onlyBeam, onlyCheck := diff(got[kind], want[kind])
		assert.Empty(t, onlyBeam, "%s only in the Beam run", kind)
		assert.Empty(t, onlyCheck, "%s only in verbatim check (CheckEach)", kind)
	}
	assert.Equal(t, len(each.Documents), sum.Documents)
	assert.Equal(t, len(each.Quotes), sum.Quotes)
	assert.Equal(t, len(each.Clusters), sum.Clusters)
	assert.Equal(t, len(each.Flags), sum.Flags)
	// The word statistics computed by the stats stages are those
	// compare counts over the whole corpus.
	var cdocs []compare.Document
	for _, d := range docs {
		res, _ := p.Extract(d.Text) // warnings leave the result whole
		cdocs = append(cdocs, compare.Document{Name: d.Name, Key: d.Key, Quotes: res.Quotes, People: res.People, Names: compare.NameRuns(d.Text)})
	}
	st := new(compare.Clusterer).Stats(cdocs)
	assert.Equal(t, st.Renderings, sum.Renderings)
	assert.Equal(t, len(st.DF), sum.Tokens)
	assert.Equal(t, len(st.NameDF), sum.Names)
	assert.Positive(t, sum.Names)

	names := map[string]int{}
	for _, d := range docs {
		names[d.Name]++
	}
	rep, err := p.Check(docs)
	require.NoError(t, err)
	full := fromReport(t, rep)
	for _, kind := range Kinds {
		onlyBeam, onlyCheck := diff(got[kind], full[kind])
		if len(onlyBeam)+len(onlyCheck) > 0 {
			t.Logf("%s: %d only in the Beam run, %d only in Check (which reads the texts)", kind, len(onlyBeam), len(onlyCheck))
		}
		if len(names) < len(docs) {
			continue // NAME~2 may be another document
		}
		assert.Empty(t, onlyBeam, "%s only in the Beam run, against Check", kind)
		assert.Empty(t, onlyCheck, "%s only in Check", kind)
	}
}

// diff returns the lines only in a and only in b (both sorted).
func diff(a, b []string) (onlyA, onlyB []string) {
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case j == len(b) || i < len(a) && a[i] < b[j]:
			onlyA = append(onlyA, a[i])
			i++
		case i == len(a) || b[j] < a[i]:
			onlyB = append(onlyB, b[j])
			j++
		default:
			i++
			j++
		}
	}
	return onlyA, onlyB
}

const corpus = "../../testdata/corpus"

func TestCorpusSameAsCheck(t *testing.T) {
	docs, err := verbatim.Load(corpus)
	require.NoError(t, err)
	// The default rounds of label propagation, and none: the
	// union-find over what the rounds leave then does it all.
	for _, rounds := range []int{0, -1} {
		t.Run(fmt.Sprint("rounds", rounds), func(t *testing.T) {
			got, sum := runConfig(t, Config{Inputs: []string{corpus}, Shards: 3, Rounds: rounds})
			require.NotEmpty(t, got["clusters"])
			require.NotEmpty(t, got["flags"])
			sameAsCheck(t, docs, got, sum)
			assert.Equal(t, 3, sum.Shards)
			// The statements were linked in parts, none of them all.
			assert.Greater(t, sum.Components, 3)
			assert.Less(t, sum.LargestComponent, sum.Quotes/2)
		})
	}
}

func TestNewsSameAsCheck(t *testing.T) {
	for _, set := range []string{"a", "b"} {
		t.Run(set, func(t *testing.T) {
			dir := filepath.Join("..", "..", "..", "shared", "eval", "news", set, "articles")
			if _, err := os.Stat(dir); err != nil {
				t.Skipf("shared news set %s absent (%v)", set, err)
			}
			got, sum := runBeam(t, 4, dir)
			docs, err := verbatim.Load(dir)
			require.NoError(t, err)
			sameAsCheck(t, docs, got, sum)
			assert.Greater(t, sum.Components, 3)
			t.Logf("%d quotes linked in %d components, the largest %d quotes", sum.Quotes, sum.Components, sum.LargestComponent)
		})
	}
}

// TestNoStatements: articles without a quote still give a report (the
// word statistics are then empty, not missing).
func TestNoStatements(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.txt"), []byte("The council met on Tuesday. Nothing was decided.\n"), 0o644))
	got, sum := runBeam(t, 1, dir)
	assert.Len(t, got["documents"], 1)
	assert.Zero(t, sum.Quotes)
	assert.Zero(t, sum.Renderings)
}

// TestJSONLines reads the corpus as JSON Lines, plain and gzipped, with
// two articles under one id (compare names them apart by the digests of
// their texts, as CheckEach does).
func TestJSONLines(t *testing.T) {
	docs, err := verbatim.Load(corpus)
	require.NoError(t, err)
	var b bytes.Buffer
	for i, d := range docs {
		id := filepath.Base(d.Name)
		if i == 1 {
			id = filepath.Base(docs[0].Name) // same id as the first
		}
		line, err := json.Marshal(map[string]string{"id": id, "outlet": "outlet" + id[:3], "text": string(d.Text)})
		require.NoError(t, err)
		b.Write(append(line, '\n'))
	}
	dir := t.TempDir()
	plain := filepath.Join(dir, "news.jsonl")
	require.NoError(t, os.WriteFile(plain, b.Bytes(), 0o644))
	var z bytes.Buffer
	zw := gzip.NewWriter(&z)
	_, err = zw.Write(b.Bytes())
	require.NoError(t, err)
	require.NoError(t, zw.Close())
	zipped := filepath.Join(dir, "gz", "news.jsonl.gz")
	require.NoError(t, os.MkdirAll(filepath.Dir(zipped), 0o755))
	require.NoError(t, os.WriteFile(zipped, z.Bytes(), 0o644))

	t.Run("plain", func(t *testing.T) {
		got, sum := runBeam(t, 2, plain)
		want, errs := verbatim.ReadJSONL(plain, b.Bytes())
		require.Empty(t, errs)
		require.Equal(t, want[0].Name, want[1].Name)
		sameAsCheck(t, want, got, sum)
	})
	t.Run("gzip", func(t *testing.T) {
		got, sum := runBeam(t, 2, filepath.Join(dir, "gz"))
		want, errs := verbatim.ReadJSONL(zipped, b.Bytes())
		require.Empty(t, errs)
		sameAsCheck(t, want, got, sum)
	})
}

// BenchmarkShuffleBytes measures what one article puts through the
// shuffles: its encoding as read (stage 2 → 3), the extracted record
// that travels to the compare step (stage 3 → 4), and the keys of its
// statements that the word statistics group (before they are made
// distinct), per article. VERBATIM_BEAM_INPUT names other input (a
// JSON Lines file) than the bundled corpus.
func BenchmarkShuffleBytes(b *testing.B) {
	in := corpus
	if v := os.Getenv("VERBATIM_BEAM_INPUT"); v != "" {
		in = v
	}
	docs, err := verbatim.Load(in)
	require.NoError(b, err)
	require.NotEmpty(b, docs)
	f := &extractFn{}
	require.NoError(b, f.Setup())
	var article, record, keys int
	for b.Loop() {
		article, record, keys = 0, 0, 0
		for _, d := range docs {
			enc, err := encode(d)
			require.NoError(b, err)
			key := func(k string) { keys += len(k) }
			err = f.ProcessElement(d.Name, enc, func(_ string, rec []byte) { record += len(rec) }, key, key, key)
			require.NoError(b, err)
			article += len(enc)
		}
	}
	b.ReportMetric(float64(article)/float64(len(docs)), "article-B/doc")
	b.ReportMetric(float64(record)/float64(len(docs)), "record-B/doc")
	b.ReportMetric(float64(keys)/float64(len(docs)), "keys-B/doc")
	b.ReportMetric(0, "ns/op")
}
