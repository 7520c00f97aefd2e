package compare

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestComplexity is the guard against quadratic work: for each shape
// that once broke (shapes_test.go) and for wire copies of the corpus,
// Compare on 4N documents must do at most maxGrowth times the work it
// does on N, counted two ways that do not depend on the machine: the
// units of work of run.work (elements visited by every loop whose
// length depends on the input) and heap allocations. A quadratic step
// makes the ratio about 16; sorting and map growth leave it a little
// over 4.
func TestComplexity(t *testing.T) {
	const n = 400
	const maxGrowth = 4 * 1.25
	cases := append([]shape{}, shapes...)
	cases = append(cases, shape{"wire-copies", func(n int) []Document { return wireCopies(t, n) }})
	for _, s := range cases {
		t.Run(s.name, func(t *testing.T) {
			small, large := s.docs(n), s.docs(4*n)
			c := mustNew()
			_, w1 := c.compare(small)
			_, w4 := c.compare(large)
			a1 := testing.AllocsPerRun(1, func() { c.Compare(small) })
			a4 := testing.AllocsPerRun(1, func() { c.Compare(large) })
			t.Logf("work %d → %d (×%.2f), allocations %.0f → %.0f (×%.2f)",
				w1, w4, float64(w4)/float64(w1), a1, a4, a4/a1)
			assert.LessOrEqual(t, float64(w4)/float64(w1), maxGrowth,
				"units of work grew superlinearly from %d to %d documents", n, 4*n)
			assert.LessOrEqual(t, a4/a1, maxGrowth,
				"allocations grew superlinearly from %d to %d documents", n, 4*n)
		})
	}
}
