package quote_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/verbatim-nlp/verbatim/internal/eval"
	"github.com/verbatim-nlp/verbatim/quote"
)

// benchTexts returns the seed corpus or, for "polnear-dev", PolNeAR's
// dev articles (skipped when absent; see BENCHMARKS.md).
func benchTexts(b *testing.B, set string) [][]byte {
	b.Helper()
	var out [][]byte
	if set == "polnear-dev" {
		f, err := os.Open(filepath.Join("..", "..", "shared", "eval", "polnear", "polnear_dev.jsonl"))
		if err != nil {
			b.Skip("PolNeAR absent:", err)
		}
		defer f.Close()
		docs, err := eval.LoadJSONL(f)
		if err != nil {
			b.Fatal(err)
		}
		for _, d := range docs {
			out = append(out, []byte(d.Text))
		}
		return out
	}
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "corpus", "*.txt"))
	for _, p := range files {
		src, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		out = append(out, src)
	}
	if len(out) == 0 {
		b.Fatal("no corpus")
	}
	return out
}

// BenchmarkExtract measures the quote stage alone, one document after
// another.
func BenchmarkExtract(b *testing.B) {
	for _, set := range []string{"corpus", "polnear-dev"} {
		b.Run(set, func(b *testing.B) {
			texts := benchTexts(b, set)
			var n int64
			for _, t := range texts {
				n += int64(len(t))
			}
			e := new(quote.Extractor)
			b.SetBytes(n)
			b.ReportAllocs()
			b.ResetTimer()
			for range b.N {
				for _, t := range texts {
					e.Extract(t)
				}
			}
		})
	}
}
