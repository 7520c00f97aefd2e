package quote

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzExtract checks the invariants on any bytes: no panic, spans in
// bounds and ordered, text equal to the bytes at its span, parts inside
// the quote, and every quote mark accounted for (checkMarks).
func FuzzExtract(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "corpus", "*.txt"))
	for _, name := range files {
		if b, err := os.ReadFile(name); err == nil {
			f.Add(b)
		}
	}
	for _, tt := range extractTests {
		f.Add([]byte(tt.in))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		qs := Extract(src)
		prev := -1
		for _, q := range qs {
			if q.Start < 0 || q.End > len(src) || q.Start > q.End {
				t.Fatalf("span [%d:%d] out of bounds (len %d)", q.Start, q.End, len(src))
			}
			if string(src[q.Start:q.End]) != q.Text {
				t.Fatalf("text %q != bytes at [%d:%d]", q.Text, q.Start, q.End)
			}
			if q.Start < prev {
				t.Fatalf("quotes not sorted: %d after %d", q.Start, prev)
			}
			prev = q.Start
			for _, p := range q.Parts {
				if p.Start < q.Start || p.End > q.End || p.Start > p.End {
					t.Fatalf("part %v outside quote [%d:%d]", p, q.Start, q.End)
				}
			}
			if q.Kind < Direct || q.Kind > Term {
				t.Fatalf("bad kind %d", q.Kind)
			}
		}
		checkMarks(t, src, qs, new(Extractor).Marks(src))
	})
}
