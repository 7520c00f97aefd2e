package verbatim

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/verbatim-nlp/verbatim/internal/cputime"
)

// Benchmarks of the whole pipeline. Run them from the repository root:
//
//	go test -run '^$' -bench . -cpu 1,2 -count 6 .
//
// The PolNeAR ones skip when ../shared/eval is absent. See BENCHMARKS.md.

func benchCorpus(b *testing.B) []Document {
	b.Helper()
	docs, err := Load(filepath.Join("testdata", "corpus"))
	if err != nil || len(docs) == 0 {
		b.Fatalf("corpus: %d documents, %v", len(docs), err)
	}
	return docs
}

// benchPolNeAR loads a PolNeAR split (dev or train) or skips.
func benchPolNeAR(b *testing.B, split string) []Document {
	b.Helper()
	p := filepath.Join("..", "shared", "eval", "polnear", "polnear_"+split+".jsonl")
	if _, err := os.Stat(p); err != nil {
		b.Skip("PolNeAR absent:", err)
	}
	docs, err := Load(p)
	if err != nil {
		b.Fatal(err)
	}
	return docs
}

// wire repeats docs to n documents, as when one wire story runs on
// many sites; names stay distinct.
func wire(docs []Document, n int) []Document {
	out := make([]Document, n)
	for i := range out {
		out[i] = docs[i%len(docs)]
		out[i].Name = fmt.Sprintf("%s#%05d", out[i].Name, i)
	}
	return out
}

func size(docs []Document) int64 {
	var n int64
	for _, d := range docs {
		n += int64(len(d.Text))
	}
	return n
}

func newBenchPipeline(b *testing.B) *Pipeline {
	b.Helper()
	p, err := New()
	if err != nil {
		b.Fatal(err)
	}
	return p
}

// benchExtractAll measures ExtractAll, which reads documents
// concurrently on GOMAXPROCS workers: run with -cpu 1,2 for the
// speed-up across cores.
func benchExtractAll(b *testing.B, docs []Document) {
	p := newBenchPipeline(b)
	b.SetBytes(size(docs))
	b.ReportAllocs()
	b.ResetTimer()
	c0, t0 := cputime.Used(), time.Now()
	for range b.N {
		p.ExtractAll(docs)
	}
	cpu := cputime.Used() - c0
	reportCPU(b, size(docs), cpu)
	// CPU-seconds per second: 2 means both cores of -cpu 2 stayed
	// busy, so the wall-time speed-up is limited only by the machine.
	b.ReportMetric(cpu.Seconds()/time.Since(t0).Seconds(), "cores")
}

// reportCPU adds MB/cpu-s, the megabytes read per CPU-second: on a
// shared machine it varies much less than MB/s with the neighbours'
// load, and with -cpu 2 it shows what running in parallel costs.
func reportCPU(b *testing.B, bytes int64, cpu time.Duration) {
	if cpu > 0 {
		b.ReportMetric(float64(bytes)*float64(b.N)/1e6/cpu.Seconds(), "MB/cpu-s")
	}
}

func BenchmarkExtractAll(b *testing.B) {
	b.Run("corpus", func(b *testing.B) { benchExtractAll(b, benchCorpus(b)) })
	b.Run("wire200", func(b *testing.B) { benchExtractAll(b, wire(benchCorpus(b), 200)) })
	b.Run("polnear-dev", func(b *testing.B) { benchExtractAll(b, benchPolNeAR(b, "dev")) })
}

// benchCheck measures Check: extract on every document, then compare.
func benchCheck(b *testing.B, docs []Document) {
	p := newBenchPipeline(b)
	b.SetBytes(size(docs))
	b.ReportAllocs()
	b.ResetTimer()
	c0 := cputime.Used()
	for range b.N {
		rep, _ := p.Check(docs)
		b.ReportMetric(float64(len(rep.Clusters)), "clusters")
	}
	reportCPU(b, size(docs), cputime.Used()-c0)
}

func BenchmarkCheck(b *testing.B) {
	b.Run("corpus", func(b *testing.B) { benchCheck(b, benchCorpus(b)) })
	b.Run("wire2000", func(b *testing.B) { benchCheck(b, wire(benchCorpus(b), 2000)) })
	b.Run("polnear-train", func(b *testing.B) { benchCheck(b, benchPolNeAR(b, "train")) })
}
