package attribute

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/verbatim-nlp/verbatim/quote"
)

// TestScratchReuse checks that the scratch a call hands back to the
// pool carries nothing into the next call: each document, attributed
// right after a longer or a shorter one, gives what a fresh Attributor
// gives.
func TestScratchReuse(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "corpus", "*.txt"))
	if len(files) < 2 {
		t.Skip("corpus absent")
	}
	var srcs [][]byte
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		srcs = append(srcs, b)
	}
	short := []byte("“We will not back down,” Foreign Minister Wang Yi told reporters on Monday.\n")
	srcs = append(srcs, short, []byte{}, short)
	shared, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for round := 0; round < 2; round++ {
		for _, src := range srcs {
			fresh, err := New()
			if err != nil {
				t.Fatal(err)
			}
			qs := quote.Extract(src)
			want := fmt.Sprintf("%+v", fresh.Attribute(src, qs))
			if got := fmt.Sprintf("%+v", shared.Attribute(src, qs)); got != want {
				t.Errorf("round %d, %d bytes: reused scratch changed the result\n got %s\nwant %s", round, len(src), got, want)
			}
		}
		slices.Reverse(srcs)
	}
}
