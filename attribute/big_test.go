package attribute

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/verbatim-nlp/verbatim/quote"
)

// TestLinearTime checks that a document 64 times the corpus takes about
// 4 times as long as one 16 times the corpus, not 16 times: nothing
// quadratic. (Both are large, so cache effects weigh alike.)
func TestLinearTime(t *testing.T) {
	if testing.Short() {
		t.Skip("timing test")
	}
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "corpus", "*.txt"))
	var small []byte
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		small = append(small, b...)
	}
	big := bytes.Repeat(small, 64)
	small = bytes.Repeat(small, 16)
	a, _ := New()
	qsSmall, qsBig := quote.Extract(small), quote.Extract(big)
	measure := func(src []byte, qs []quote.Quote, n int) time.Duration {
		best := time.Duration(1 << 62)
		for i := 0; i < n; i++ {
			st := time.Now()
			a.Attribute(src, qs)
			if d := time.Since(st); d < best {
				best = d
			}
		}
		return best
	}
	ts := measure(small, qsSmall, 5)
	tb := measure(big, qsBig, 3)
	t.Logf("16× corpus %d bytes %v (%.1f MB/s); 64× %v (%.1f MB/s)", len(small), ts, float64(len(small))/ts.Seconds()/1e6, tb, float64(len(big))/tb.Seconds()/1e6)
	if tb > 4*ts*3 {
		t.Errorf("64× input took %v, more than 3×4× the 16× input's %v: superlinear", tb, ts)
	}

	// One endless sentence full of cues inside a quote that never
	// closes, as a page with no full stops gives: every content clause
	// runs to the end of the sentence and overlaps the quote, so any
	// per-clause scan to the sentence end would be quadratic.
	line := "Wang said that it was fine, "
	shortRun, longRun := []byte("“"+strings.Repeat(line, 10000)), []byte("“"+strings.Repeat(line, 40000))
	ts = measure(shortRun, quote.Extract(shortRun), 3)
	tb = measure(longRun, quote.Extract(longRun), 2)
	t.Logf("no full stops: %d bytes %v; 4× %v", len(shortRun), ts, tb)
	if tb > 4*ts*3 {
		t.Errorf("4× a sentence with no stops took %v, more than 3×4× %v: superlinear", tb, ts)
	}
}
