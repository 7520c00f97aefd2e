package pipeline

import (
	"context"
	"fmt"
	"os"
	"reflect"
	"sort"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/passert"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-nlp/verbatim"
	"github.com/verbatim-nlp/verbatim/compare"
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
	for i, k := range sorted {
		sorted[i] = nodeID(k) // the pairs are of nodes
	}
	assert.ElementsMatch(t, [][2]string{{sorted[0], sorted[1]}, {sorted[0], sorted[2]}, {sorted[1], sorted[2]}}, run(256))
	assert.ElementsMatch(t, [][2]string{{sorted[0], sorted[1]}, {sorted[1], sorted[2]}}, run(2))
}

// BenchmarkSplitShuffle measures what the link stages put through the
// shuffles per article, running their functions in one process as the
// runner would between shuffles: the quotes' statements and the edges
// each quote holds (stmt), the distinct statements keyed by word
// (groups), the pairs Links keeps (links), one round of label
// propagation (round: labels, adjacency and what is sent), the quotes'
// components (assign), the documents' parts (parts), the statement
// labels (labels) and the records with their labels for the compare
// step (labelled). VERBATIM_BEAM_INPUT names other input (a JSON Lines
// file) than the bundled corpus.
func BenchmarkSplitShuffle(b *testing.B) {
	in := corpus
	if v := os.Getenv("VERBATIM_BEAM_INPUT"); v != "" {
		in = v
	}
	docs, err := verbatim.Load(in)
	require.NoError(b, err)
	ex := &extractFn{}
	require.NoError(b, ex.Setup())
	recs := map[string][][]byte{}
	var all []compare.Document
	nop := func(string) {}
	for _, d := range docs {
		enc, err := encode(d)
		require.NoError(b, err)
		require.NoError(b, ex.ProcessElement(d.Name, enc, func(r string, rec []byte) {
			recs[r] = append(recs[r], rec)
			var x record
			require.NoError(b, decode(rec, &x))
			all = append(all, x.Doc)
		}, nop, nop, nop))
	}
	st := new(compare.Clusterer).Stats(all)
	stEnc, err := encode(st)
	require.NoError(b, err)
	corpusIt := func() func(*[]byte) bool {
		done := false
		return func(p *[]byte) bool {
			if done {
				return false
			}
			*p, done = stEnc, true
			return true
		}
	}
	iter := func(vs []string) func(*string) bool {
		i := 0
		return func(p *string) bool {
			if i == len(vs) {
				return false
			}
			*p = vs[i]
			i++
			return true
		}
	}
	iterB := func(vs [][]byte) func(*[]byte) bool {
		i := 0
		return func(p *[]byte) bool {
			if i == len(vs) {
				return false
			}
			*p = vs[i]
			i++
			return true
		}
	}
	m := map[string]int{}
	for b.Loop() {
		clear(m)
		members, adj := map[string][]string{}, map[string][]string{}
		nodes := map[string]bool{}
		sf := &stmtFn{}
		for r, rs := range recs {
			for _, rec := range rs {
				require.NoError(b, sf.ProcessElement(r, rec, func(k, v string) {
					m["stmt"] += len(k) + len(v)
					members[k] = append(members[k], v)
				}, func(k, v string) {
					m["stmt"] += len(k) + len(v)
					bothWaysFn(k, v, func(a, c string) { adj[a] = append(adj[a], c) })
				}, func(k string) {
					m["stmt"] += len(k)
					nodes[k] = true
				}))
			}
		}
		groups := map[string][]string{}
		for n := range nodes {
			tokenKeysFn(n, func(t, k string) {
				m["groups"] += len(t) + len(k)
				groups[t] = append(groups[t], k)
			})
		}
		lf := &linksFn{MaxGroup: 256}
		for t, ks := range groups {
			lf.ProcessElement(context.Background(), t, iter(ks), corpusIt(), func(a, c string) {
				m["links"] += len(a) + len(c)
				bothWaysFn(a, c, func(x, y string) { adj[x] = append(adj[x], y) })
			})
		}
		// One round, the labels being the nodes themselves; then the
		// labels are taken as the final ones (union-find in memory).
		for n, ns := range adj {
			m["round"] += 2 * len(n) // the node's label
			for _, x := range ns {
				m["round"] += 2*len(n) + len(x) // adjacency and what is sent
			}
		}
		uf := map[string]string{}
		var find func(string) string
		find = func(x string) string {
			if p, ok := uf[x]; ok && p != x {
				r := find(p)
				uf[x] = r
				return r
			}
			return x
		}
		for n, ns := range adj {
			for _, x := range ns {
				a, c := find(n), find(x)
				if a != c {
					uf[max(a, c)] = min(a, c)
				}
			}
		}
		assigned := map[string][]string{}
		for k, ms := range members {
			assignFn(k, iter(ms), iter([]string{find(k)}), func(r, v string) {
				m["assign"] += len(r) + len(v)
				assigned[r] = append(assigned[r], v)
			})
		}
		parts := map[string][][]byte{}
		for r, rs := range recs {
			require.NoError(b, partFn(r, iterB(rs), iter(assigned[r]), func(c string, p []byte) {
				m["parts"] += len(c) + len(p)
				parts[c] = append(parts[c], p)
			}))
		}
		labels := map[string][][]byte{}
		lp := &linkPartFn{}
		for c, ps := range parts {
			require.NoError(b, lp.ProcessElement(c, iterB(ps), corpusIt(), func(r string, l []byte) {
				m["labels"] += len(r) + len(l)
				labels[r] = append(labels[r], l)
			}))
		}
		for r, rs := range recs {
			require.NoError(b, labelFn(r, iterB(rs), iterB(labels[r]), func(rec []byte) { m["labelled"] += len(rec) }))
		}
	}
	for _, k := range []string{"stmt", "groups", "links", "round", "assign", "parts", "labels", "labelled"} {
		b.ReportMetric(float64(m[k])/float64(len(docs)), k+"-B/doc")
	}
	b.ReportMetric(0, "ns/op")
}
