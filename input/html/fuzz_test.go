package html

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// FuzzRead checks that any page gives a document or an error, and that
// a document has text.
func FuzzRead(f *testing.F) {
	pages, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "html", "*.htm*"))
	for _, name := range pages {
		if b, err := os.ReadFile(name); err == nil {
			f.Add(b)
		}
	}
	texts, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "corpus", "*.txt"))
	for _, name := range texts {
		if b, err := os.ReadFile(name); err == nil {
			f.Add([]byte("<html><head><title>News</title></head><body><article><p>" + string(b) + "</p></article></body></html>"))
		}
	}
	for _, c := range hostilePages {
		f.Add([]byte(c.page))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		d, err := Read("p.html", b)
		if err != nil {
			return
		}
		if len(bytes.TrimSpace(d.Text)) == 0 {
			t.Fatal("document with no text and no error")
		}
	})
}
