package pipeline

import (
	"context"
	"fmt"
	"reflect"
	"sort"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/passert"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type edgeKV struct{ A, B string }

func splitEdge(e edgeKV, emit func(string, string)) { emit(e.A, e.B) }

func labelLine(node, label string) string { return node + "=" + label }

func init() {
	beam.RegisterFunction(splitEdge)
	beam.RegisterFunction(labelLine)
	beam.RegisterType(reflect.TypeOf(edgeKV{}))
}

// TestComponents labels a chain longer than the rounds, a star, a
// lone node and a cycle: the rounds leave the chain unfinished and
// the union-find over what they leave finishes it, for any number of
// rounds.
func TestComponents(t *testing.T) {
	var edges []edgeKV
	want := map[string]string{}
	for i := 0; i < 9; i++ { // chain c0-c1-…-c9, given from its far end
		a, b := fmt.Sprintf("c%d", 9-i), fmt.Sprintf("c%d", 8-i)
		edges = append(edges, edgeKV{a, b})
		want[a], want[b] = "c0", "c0"
	}
	for _, leaf := range []string{"s3", "s1", "s2"} {
		edges = append(edges, edgeKV{"s9", leaf})
		want[leaf] = "s1"
	}
	want["s9"] = "s1"
	edges = append(edges, edgeKV{"lone", "lone"})
	want["lone"] = "lone"
	for _, e := range [][2]string{{"y2", "y3"}, {"y3", "y1"}, {"y1", "y2"}} {
		edges = append(edges, edgeKV{e[0], e[1]})
		want[e[0]] = "y1"
	}
	var lines []any
	for n, l := range want {
		lines = append(lines, labelLine(n, l))
	}
	for _, rounds := range []int{0, 1, 4, 12} {
		t.Run(fmt.Sprint(rounds), func(t *testing.T) {
			p, s := beam.NewPipelineWithRoot()
			in := beam.ParDo(s, splitEdge, beam.CreateList(s, edges))
			got := beam.ParDo(s, labelLine, components(s, in, rounds))
			passert.EqualsList(s, got, lines)
			require.NoError(t, ptest.Run(p))
		})
	}
}

// TestLinksWindows: a word's group over MaxGroup is checked in
// overlapping windows of its Keys in order, so neighbours still meet
// and the work per group stays linear.
func TestLinksWindows(t *testing.T) {
	keys := []string{
		"we will rebuild the harbor wall before the winter storms",
		"we will rebuild the harbor wall before winter storms arrive",
		"we will rebuild the old harbor wall before the winter storms",
	}
	run := func(maxGroup int) [][2]string {
		f := &linksFn{MaxGroup: maxGroup}
		i := 0
		var got [][2]string
		f.ProcessElement(context.Background(), "harbor", func(k *string) bool {
			if i == len(keys) {
				return false
			}
			*k = keys[i]
			i++
			return true
		}, func(*[]byte) bool { return false }, func(a, b string) { got = append(got, [2]string{a, b}) })
		return got
	}
	sorted := append([]string(nil), keys...)
	sort.Strings(sorted)
	assert.ElementsMatch(t, [][2]string{{sorted[0], sorted[1]}, {sorted[0], sorted[2]}, {sorted[1], sorted[2]}}, run(256))
	assert.ElementsMatch(t, [][2]string{{sorted[0], sorted[1]}, {sorted[1], sorted[2]}}, run(2))
}
