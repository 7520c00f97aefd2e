package attribute

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/verbatim-nlp/verbatim/internal/eval"
	"github.com/verbatim-nlp/verbatim/quote"
)

// BenchmarkAttributePolNeAR measures the attribute stage alone on
// PolNeAR's dev articles, quotes found beforehand (skipped when the
// data is absent; BenchmarkAttribute covers the seed corpus).
func BenchmarkAttributePolNeAR(b *testing.B) {
	f, err := os.Open(filepath.Join("..", "..", "shared", "eval", "polnear", "polnear_dev.jsonl"))
	if err != nil {
		b.Skip("PolNeAR absent:", err)
	}
	defer f.Close()
	docs, err := eval.LoadJSONL(f)
	if err != nil {
		b.Fatal(err)
	}
	srcs := make([][]byte, len(docs))
	qs := make([][]quote.Quote, len(docs))
	var n int64
	for i, d := range docs {
		srcs[i] = []byte(d.Text)
		qs[i] = quote.Extract(srcs[i])
		n += int64(len(d.Text))
	}
	a, err := New()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(n)
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		for i, src := range srcs {
			a.Attribute(src, qs[i])
		}
	}
}
