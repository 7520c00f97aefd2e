package attribute

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-nlp/verbatim/quote"
)

// TestLinearWork checks that nothing in Attribute is quadratic,
// deterministically: a document 64 times the corpus must cost at most
// 4 × 1.25 times the token tests (doc.work) and heap allocations of one
// 16 times the corpus, and likewise one endless sentence at 4× its size.
// Wall time is for the benchmarks: on a loaded machine it varies more
// than a quadratic path would add.
func TestLinearWork(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "corpus", "*.txt"))
	var corpus []byte
	for _, p := range files {
		b, err := os.ReadFile(p)
		require.NoError(t, err)
		corpus = append(corpus, b...)
	}
	require.NotEmpty(t, corpus, "the corpus in ../testdata/corpus")
	a, err := New()
	require.NoError(t, err)
	cost := func(src []byte) (work, allocs float64) {
		qs := quote.Extract(src)
		d := newDoc(a, src, qs)
		d.run()
		d.result()
		work = float64(d.work)
		d.release()
		return work, testing.AllocsPerRun(1, func() { a.Attribute(src, qs) })
	}
	// One endless sentence full of cues and content clauses, as a page
	// with no full stops gives: a scan from each clause to the end of
	// the sentence would be quadratic.
	line := "Wang said that it was fine, "
	quoted := "“We go on” Wang said and "
	const maxGrowth = 4 * 1.25
	for _, tt := range []struct{ name, small, large []byte }{
		{[]byte("corpus 16× and 64×"), bytes.Repeat(corpus, 16), bytes.Repeat(corpus, 64)},
		{[]byte("no full stops, 10,000 and 40,000 clauses"), []byte(strings.Repeat(line, 10000)), []byte(strings.Repeat(line, 40000))},
		// Quotes credited to a person with no title, in one sentence: a
		// scan of the whole sentence per quote for an office would be
		// quadratic.
		{[]byte("no full stops, 5,000 and 20,000 quotes"), []byte(strings.Repeat(quoted, 5000)), []byte(strings.Repeat(quoted, 20000))},
	} {
		w1, a1 := cost(tt.small)
		w4, a4 := cost(tt.large)
		t.Logf("%s: token tests %.0f → %.0f (×%.2f), allocations %.0f → %.0f (×%.2f)", tt.name, w1, w4, w4/w1, a1, a4, a4/a1)
		require.Positive(t, w1)
		assert.LessOrEqual(t, w4/w1, maxGrowth, "%s: token tests grew superlinearly", tt.name)
		assert.LessOrEqual(t, a4/a1, maxGrowth, "%s: allocations grew superlinearly", tt.name)
	}
}
