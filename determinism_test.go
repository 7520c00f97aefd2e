package verbatim

import (
	"bytes"
	"encoding/json"
	"math/rand"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/verbatim-nlp/verbatim/compare"
)

// determinismDocs is the seed corpus plus variants of it as other
// outlets would run them: cut short at a paragraph, a word changed
// inside the quotes, so that the report has clusters and flags.
func determinismDocs(t *testing.T) []Document {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "corpus", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no corpus: %v", err)
	}
	var docs []Document
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, Document{Name: filepath.Base(f), Text: b, Outlet: "seed"})
		if i := bytes.Index(b[len(b)/2:], []byte("\n\n")); i >= 0 {
			docs = append(docs, Document{Name: "cut-" + filepath.Base(f), Text: b[:len(b)/2+i], Outlet: "wire"})
		}
		docs = append(docs, Document{Name: "edit-" + filepath.Base(f), Text: bytes.ReplaceAll(b, []byte(" the "), []byte(" a ")), Outlet: "daily"})
	}
	return docs
}

// TestCheckDeterministic checks that Check gives byte-identical JSON
// whatever the order of the documents, the number of workers of each
// stage and GOMAXPROCS.
func TestCheckDeterministic(t *testing.T) {
	docs := determinismDocs(t)
	marshal := func(p *Pipeline, docs []Document) []byte {
		rep, err := p.Check(docs)
		if err != nil {
			t.Fatal(err)
		}
		b, err := json.Marshal(rep)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	base, err := New(Workers(1), CompareOptions(compare.Workers(1)))
	if err != nil {
		t.Fatal(err)
	}
	want := marshal(base, docs)
	var rep compare.Report
	if err := json.Unmarshal(want, &rep); err != nil || len(rep.Clusters) == 0 || len(rep.Flags) == 0 {
		t.Fatalf("the test needs clusters and flags: %d clusters, %d flags (%v)", len(rep.Clusters), len(rep.Flags), err)
	}
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	rng := rand.New(rand.NewSource(7))
	for run := 1; run <= 4; run++ {
		runtime.GOMAXPROCS(run)
		p, err := New(Workers(run), CompareOptions(compare.Workers(5-run)))
		if err != nil {
			t.Fatal(err)
		}
		shuffled := append([]Document(nil), docs...)
		rng.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		if got := marshal(p, shuffled); !bytes.Equal(got, want) {
			t.Errorf("run %d (workers %d, GOMAXPROCS %d, shuffled): JSON differs at byte %d:\n got …%s…\nwant …%s…",
				run, run, run, firstDiff(got, want), around(got, firstDiff(got, want)), around(want, firstDiff(got, want)))
		}
	}
}

// TestExtractDeterministic checks that ExtractAll gives the same JSON
// per document whatever the number of workers.
func TestExtractDeterministic(t *testing.T) {
	docs := determinismDocs(t)
	var want [][]byte
	for n := 1; n <= 4; n++ {
		p, err := New(Workers(n))
		if err != nil {
			t.Fatal(err)
		}
		all, err := p.ExtractAll(docs)
		if err != nil {
			t.Fatal(err)
		}
		for i, r := range all {
			b, err := json.Marshal(r)
			if err != nil {
				t.Fatal(err)
			}
			if n == 1 {
				want = append(want, b)
			} else if !bytes.Equal(b, want[i]) {
				t.Errorf("workers %d: %s differs at byte %d", n, docs[i].Name, firstDiff(b, want[i]))
			}
		}
	}
}

func firstDiff(a, b []byte) int {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return i
		}
	}
	return min(len(a), len(b))
}

func around(b []byte, i int) []byte {
	return b[max(0, i-80):min(len(b), i+80)]
}
