package bench

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/jdkato/prose/v2"
	"github.com/verbatim-nlp/verbatim"
)

// Run both sides in one run so benchstat can show the ratio:
//
//	go test -run '^$' -bench Extract -count 6 | tee out.txt
//	benchstat -col /impl out.txt

func corpus(b *testing.B) []verbatim.Document {
	b.Helper()
	docs, err := verbatim.Load(filepath.Join("..", "testdata", "corpus"))
	if err != nil || len(docs) == 0 {
		b.Fatalf("corpus: %d documents, %v", len(docs), err)
	}
	return docs
}

// polnear loads PolNeAR's dev split, or skips when it is absent. Only
// the first n documents are used: prose needs about a minute for all.
func polnear(b *testing.B, n int) []verbatim.Document {
	b.Helper()
	p := filepath.Join("..", "..", "shared", "eval", "polnear", "polnear_dev.jsonl")
	if _, err := os.Stat(p); err != nil {
		b.Skip("PolNeAR absent:", err)
	}
	docs, err := verbatim.Load(p)
	if err != nil {
		b.Fatal(err)
	}
	return docs[:min(n, len(docs))]
}

func size(docs []verbatim.Document) int64 {
	var n int64
	for _, d := range docs {
		n += int64(len(d.Text))
	}
	return n
}

// cpuTime is the process's user and system time so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// loop runs f b.N times and reports, besides ns/op and MB/s, the
// megabytes read per CPU-second: on a shared machine wall time varies
// with the neighbours' load, CPU time much less.
func loop(b *testing.B, bytes int64, f func()) {
	b.SetBytes(bytes)
	b.ReportAllocs()
	b.ResetTimer()
	c0 := cpuTime()
	for range b.N {
		f()
	}
	if c := cpuTime() - c0; c > 0 {
		b.ReportMetric(float64(bytes)*float64(b.N)/1e6/c.Seconds(), "MB/cpu-s")
	}
}

// BenchmarkExtract reads the same documents, one after another on one
// goroutine, with Verbatim's extract (quotes and speakers) and with
// prose's full pipeline (tokens, sentences, tags, entities) with its
// model loaded once, as STYLE.md asks of any prose user.
func BenchmarkExtract(b *testing.B) {
	sets := []struct {
		name string
		docs func(*testing.B) []verbatim.Document
	}{
		{"corpus", corpus},
		{"polnear-dev10", func(b *testing.B) []verbatim.Document { return polnear(b, 10) }},
	}
	for _, s := range sets {
		b.Run("set="+s.name+"/impl=verbatim", func(b *testing.B) {
			docs := s.docs(b)
			p, err := verbatim.New()
			if err != nil {
				b.Fatal(err)
			}
			loop(b, size(docs), func() {
				for _, d := range docs {
					p.Extract(d.Text)
				}
			})
		})
		b.Run("set="+s.name+"/impl=prose", func(b *testing.B) {
			docs := s.docs(b)
			first, err := prose.NewDocument("Load the model once.")
			if err != nil {
				b.Fatal(err)
			}
			texts := make([]string, len(docs))
			for i, d := range docs {
				texts[i] = string(d.Text)
			}
			loop(b, size(docs), func() {
				for _, t := range texts {
					if _, err := prose.NewDocument(t, prose.UsingModel(first.Model)); err != nil {
						b.Fatal(err)
					}
				}
			})
		})
	}
}
