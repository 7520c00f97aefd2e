package pipeline

import (
	"bytes"
	"context"
	"encoding/hex"
	"fmt"
	"hash/fnv"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/transforms/filter"

	"github.com/verbatim-nlp/verbatim/compare"
)

// The split of the linking of statements (compare's Links,
// StatementKeys, Statements and GivenStatements): statements are
// grouped by word and the pairs any run might link are found in each
// group; components over those pairs and over each quote's statements
// are labelled by a few rounds of label propagation, the rest by one
// union-find over what the rounds left; each component is linked apart,
// and the compare step takes the labels instead of linking.

func init() {
	register.DoFn5x1[string, []byte, func(string, string), func(string, string), func(string), error](&stmtFn{})
	register.Function2x0(tokenKeysFn)
	register.DoFn5x0[context.Context, string, func(*string) bool, func(*[]byte) bool, func(string, string)](&linksFn{})
	register.Function3x0(bothWaysFn)
	register.Function2x0(selfLabelFn)
	register.Function4x0(spreadFn)
	register.Function2x1(minLabel)
	register.Function4x0(crossFn)
	register.Function3x0(unionFn)
	register.DoFn4x0[string, string, func(*[]byte) bool, func(string, string)](&relabelFn{})
	register.Function4x0(assignFn)
	register.Function4x1(partFn)
	register.DoFn4x1[string, func(*[]byte) bool, func(*[]byte) bool, func(string, []byte), error](&linkPartFn{})
	register.Function4x1(labelFn)
	register.Function2x1(joinPair)
	register.Function2x1(pairBytes)
	register.Emitter2[string, []byte]()
	register.Emitter2[string, string]()
	register.Iter1[string]()
	register.Iter1[[]byte]()
}

// ref names one document across the stages: its name and its text's
// digest (two copies of one text under one name share it, and travel
// together).
func ref(r *record) string { return r.Doc.Name + "\x00" + hex.EncodeToString(r.Sum[:]) }

// member is a quote of a document, keyed by its first statement.
func member(ref string, k int) string { return strconv.Itoa(k) + "\x00" + ref }

// nodeID names a statement Key in the components stages: 16 hex digits
// of its hash, so that labels, sent every round, stay small. Two Keys
// of one hash share a component, which only makes it larger: no link is
// lost.
func nodeID(key string) string {
	h := fnv.New64a()
	h.Write([]byte(key))
	return fmt.Sprintf("%016x", h.Sum64())
}

// stmtFn emits, per quote of a document, its first statement's node
// with the quote (members), the pairs (first statement, other
// statement) of nodes that the quote holds together (edges), and each
// statement's Key (stmts).
type stmtFn struct {
	c *compare.Clusterer
}

func (f *stmtFn) ProcessElement(r string, enc []byte, members, edges func(string, string), stmts func(string)) error {
	if f.c == nil {
		f.c = new(compare.Clusterer)
	}
	var rec record
	if err := decode(enc, &rec); err != nil {
		return err
	}
	for k, ks := range f.c.StatementKeys(rec.Doc) {
		if len(ks) == 0 {
			continue
		}
		first := nodeID(ks[0])
		members(first, member(r, k))
		for _, o := range ks {
			edges(first, nodeID(o)) // (k, k) makes a statement a node
			stmts(o)
		}
	}
	return nil
}

// tokenKeysFn keys a distinct statement by each of its words.
func tokenKeysFn(key string, emit func(string, string)) {
	for _, t := range compare.KeyTokens(key) {
		emit(t, key)
	}
}

// linksFn emits the pairs of statements of one word's group that a
// run might link (compare's Links). A group over MaxGroup is compared
// in overlapping windows of the Keys in order: a word that common is
// evidence for little, and the pairs it alone would propose are lost
// (the cap is counted in the summary as capped groups).
type linksFn struct {
	MaxGroup int
	st       *compare.Stats
	c        *compare.Clusterer
}

func (f *linksFn) ProcessElement(ctx context.Context, _ string, keys func(*string) bool, corpus func(*[]byte) bool, emit func(string, string)) {
	if f.st == nil {
		f.st = readStats(corpus)
		f.c = new(compare.Clusterer)
	}
	var ks []string
	var k string
	for keys(&k) {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	ks = slices.Compact(ks)
	if len(ks) < 2 {
		return
	}
	win := max(f.MaxGroup, 2)
	if len(ks) > win {
		cappedGroups.Inc(ctx, 1)
	}
	for lo := 0; ; lo += win / 2 {
		hi := min(lo+win, len(ks))
		part := ks[lo:hi]
		for _, p := range f.c.Links(part, f.st) {
			emit(nodeID(part[p[0]]), nodeID(part[p[1]]))
		}
		if hi == len(ks) {
			return
		}
	}
}

// cappedGroups counts the word groups compared in windows (see linksFn).
var cappedGroups = beam.NewCounter("verbatim", "capped-groups")

// readStats reads the corpus's Stats from its side input (one element,
// or none when the corpus is empty).
func readStats(corpus func(*[]byte) bool) *compare.Stats {
	var st compare.Stats
	var b []byte
	for corpus(&b) {
		var one compare.Stats
		if err := decode(b, &one); err != nil {
			panic(err) // statsFn encoded it
		}
		st.Merge(one)
	}
	return &st
}

// bothWaysFn makes an edge undirected; a statement's edge to itself
// makes it a node.
func bothWaysFn(a, b string, emit func(string, string)) {
	emit(a, b)
	if a != b {
		emit(b, a)
	}
}

// selfLabelFn gives each node its own Key as its first label.
func selfLabelFn(node string, emit func(string, string)) { emit(node, node) }

// spreadFn sends a node's label to itself and its neighbours.
func spreadFn(node string, labels, neighbours func(*string) bool, emit func(string, string)) {
	l, ok := minOf(labels)
	if !ok {
		return
	}
	emit(node, l)
	var n string
	for neighbours(&n) {
		if n != node {
			emit(n, l)
		}
	}
}

func minOf(it func(*string) bool) (string, bool) {
	var l, v string
	ok := false
	for it(&v) {
		if !ok || v < l {
			l, ok = v, true
		}
	}
	return l, ok
}

// minLabel keeps the smallest label.
func minLabel(a, b string) string {
	if b < a {
		return b
	}
	return a
}

// crossFn emits, for a node, the pairs (its label, a label a
// neighbour sent it) that differ: the components the rounds did not
// finish joining.
func crossFn(node string, labels, sent func(*string) bool, emit func(string, string)) {
	l, ok := minOf(labels)
	if !ok {
		return
	}
	var s string
	for sent(&s) {
		if s != l {
			emit(l, s)
		}
	}
}

// unionFn joins the labels the rounds left apart, in one place (what
// the rounds left is small: label pairs, not statements), and emits
// each label that changes with its final label.
func unionFn(_ int, pairs func(*string) bool, emit func(string, string)) {
	parent := map[string]string{}
	var find func(string) string
	find = func(x string) string {
		p, ok := parent[x]
		if !ok || p == x {
			return x
		}
		r := find(p)
		parent[x] = r
		return r
	}
	var p string
	for pairs(&p) {
		a, b, _ := strings.Cut(p, "\x00")
		ra, rb := find(a), find(b)
		if ra == rb {
			continue
		}
		if rb < ra {
			ra, rb = rb, ra
		}
		parent[rb] = ra
	}
	for x := range parent {
		if r := find(x); r != x {
			emit(x, r)
		}
	}
}

// relabelFn gives a node its final label: its label after the rounds,
// mapped by the side input of what unionFn changed.
type relabelFn struct {
	to map[string]string
}

func (f *relabelFn) ProcessElement(node, label string, changed func(*[]byte) bool, emit func(string, string)) {
	if f.to == nil {
		f.to = map[string]string{}
		var b []byte
		for changed(&b) {
			from, to, _ := strings.Cut(string(b), "\x00")
			f.to[from] = to
		}
	}
	if to, ok := f.to[label]; ok {
		label = to
	}
	emit(node, label)
}

// components labels every node (nodeID) with its component: the
// smallest node of the component. rounds rounds of label propagation
// run first, each a join and a combine; a union-find over the label
// pairs they leave finishes the job exactly.
func components(s beam.Scope, edges beam.PCollection, rounds int) beam.PCollection {
	s = s.Scope("components")
	adj := beam.ParDo(s, bothWaysFn, edges)
	labels := beam.ParDo(s, selfLabelFn, filter.Distinct(s, beam.DropValue(s, adj)))
	for range rounds {
		spread := beam.ParDo(s, spreadFn, beam.CoGroupByKey(s, labels, adj))
		labels = beam.CombinePerKey(s, minLabel, spread)
	}
	spread := beam.ParDo(s, spreadFn, beam.CoGroupByKey(s, labels, adj))
	cross := beam.ParDo(s, crossFn, beam.CoGroupByKey(s, labels, spread))
	pairs := beam.ParDo(s, joinPair, cross)
	changed := beam.ParDo(s, unionFn, beam.GroupByKey(s, beam.AddFixedKey(s, pairs)))
	changedB := beam.ParDo(s, pairBytes, changed)
	return beam.ParDo(s, &relabelFn{}, labels, beam.SideInput{Input: changedB})
}

func joinPair(a, b string) string  { return a + "\x00" + b }
func pairBytes(a, b string) []byte { return []byte(a + "\x00" + b) }

// assignFn gives each quote its component: its first statement's label.
func assignFn(key string, members, labels func(*string) bool, emit func(string, string)) {
	l, ok := minOf(labels)
	if !ok {
		return
	}
	var m string
	for members(&m) {
		k, r, _ := strings.Cut(m, "\x00")
		emit(r, k+"\x00"+l)
	}
}

// part is a document as one component's linking sees it: its name,
// people and quotes in the component, and the quotes overlapping them
// (a reporter's framing around another speaker's words must be seen
// with them), with their indices in the whole document; In marks the
// component's own.
type part struct {
	Ref   string
	Doc   compare.Document
	Sum   [32]byte
	Index []int
	In    []bool
}

// partFn emits a document's part for each component its quotes fall in.
func partFn(r string, recs func(*[]byte) bool, assigned func(*string) bool, emit func(string, []byte)) error {
	byComp := map[string]map[int]bool{}
	var a string
	for assigned(&a) {
		k, l, _ := strings.Cut(a, "\x00")
		i, err := strconv.Atoi(k)
		if err != nil {
			return err
		}
		if byComp[l] == nil {
			byComp[l] = map[int]bool{}
		}
		byComp[l][i] = true
	}
	var enc []byte
	for recs(&enc) {
		var rec record
		if err := decode(enc, &rec); err != nil {
			return err
		}
		for l, in := range byComp {
			// Linking reads the quotes, the people and the runs of
			// capitalised words (names resolve by them); the metadata
			// serves the report only.
			p := part{Ref: r, Sum: rec.Sum, Doc: compare.Document{Name: rec.Doc.Name, Key: rec.Doc.Key, People: rec.Doc.People, Names: rec.Doc.Names}}
			for k, q := range rec.Doc.Quotes {
				keep := in[k]
				for j := range in {
					o := rec.Doc.Quotes[j]
					keep = keep || q.Start < o.End && o.Start < q.End
				}
				if keep {
					p.Doc.Quotes = append(p.Doc.Quotes, q)
					p.Index = append(p.Index, k)
					p.In = append(p.In, in[k])
				}
			}
			b, err := encode(p)
			if err != nil {
				return err
			}
			emit(l, b)
		}
	}
	return nil
}

// qlabels is the statement labels of quote K of a document.
type qlabels struct {
	K      int
	Labels []string
}

// linkPartFn links the statements of one component (compare's
// Statements, weighing words by the corpus's Stats) and emits, per
// quote of the component, its statements' labels, made unique across
// components by the component's label.
type linkPartFn struct {
	c *compare.Clusterer
}

func (f *linkPartFn) ProcessElement(comp string, encs func(*[]byte) bool, corpus func(*[]byte) bool, emit func(string, []byte)) error {
	if f.c == nil {
		c, err := compare.New(compare.CorpusStats(readStats(corpus)))
		if err != nil {
			return err
		}
		f.c = c
	}
	var parts []part
	var b []byte
	for encs(&b) {
		var p part
		if err := decode(b, &p); err != nil {
			return err
		}
		parts = append(parts, p)
	}
	// In the order of the compare step (name, then digest), so that
	// ties break as in one run over the whole corpus.
	sort.SliceStable(parts, func(i, j int) bool {
		if parts[i].Doc.Name != parts[j].Doc.Name {
			return parts[i].Doc.Name < parts[j].Doc.Name
		}
		return bytes.Compare(parts[i].Sum[:], parts[j].Sum[:]) < 0
	})
	docs := make([]compare.Document, len(parts))
	for i := range parts {
		docs[i] = parts[i].Doc
	}
	prefix := comp + "/"
	for i, qs := range f.c.Statements(docs) {
		p := &parts[i]
		for j, ls := range qs {
			if !p.In[j] || len(ls) == 0 {
				continue
			}
			out := qlabels{K: p.Index[j], Labels: make([]string, len(ls))}
			for n, l := range ls {
				out.Labels[n] = prefix + strconv.Itoa(l)
			}
			enc, err := encode(out)
			if err != nil {
				return err
			}
			emit(p.Ref, enc)
		}
	}
	return nil
}

// labelFn attaches the statement labels to a document's record.
func labelFn(_ string, recs, labels func(*[]byte) bool, emit func([]byte)) error {
	var ls []qlabels
	var b []byte
	for labels(&b) {
		var q qlabels
		if err := decode(b, &q); err != nil {
			return err
		}
		ls = append(ls, q)
	}
	for recs(&b) {
		var rec record
		if err := decode(b, &rec); err != nil {
			return err
		}
		rec.Labels = make([][]string, len(rec.Doc.Quotes))
		for _, q := range ls {
			if q.K < len(rec.Labels) && rec.Labels[q.K] == nil {
				rec.Labels[q.K] = q.Labels
			}
		}
		enc, err := encode(rec)
		if err != nil {
			return err
		}
		emit(enc)
	}
	return nil
}

// linkStatements is the split: it returns the documents' records with
// their statement labels.
func linkStatements(s beam.Scope, docs, corpus beam.PCollection, c Config) beam.PCollection {
	s = s.Scope("link")
	members, qedges, stmts := beam.ParDo3(s, &stmtFn{}, docs)
	groups := beam.GroupByKey(s, beam.ParDo(s, tokenKeysFn, filter.Distinct(s, stmts)))
	links := beam.ParDo(s, &linksFn{MaxGroup: c.MaxGroup}, groups, beam.SideInput{Input: corpus})
	labels := components(s, beam.Flatten(s, qedges, links), c.Rounds)
	assigned := beam.ParDo(s, assignFn, beam.CoGroupByKey(s, members, labels))
	parts := beam.ParDo(s, partFn, beam.CoGroupByKey(s, docs, assigned))
	stmtLabels := beam.ParDo(s, &linkPartFn{}, beam.GroupByKey(s, parts), beam.SideInput{Input: corpus})
	return beam.ParDo(s, labelFn, beam.CoGroupByKey(s, docs, stmtLabels))
}
