package compare

import (
	"bytes"
	"encoding/binary"
	"encoding/hex"
	"hash/fnv"
	"slices"
	"sort"
	"strconv"

	"github.com/verbatim-nlp/verbatim/quote"
)

// run holds the state of one Compare call.
type run struct {
	cfg  config
	docs []docRec
	qs   []qrec

	forms      []*form
	formSets   unionFind // over forms: the forms of one person
	formByKey  map[string]int32
	formQuotes map[int32][]int32 // form → quotes credited to it
	pairs      []namePair
	skipped    []int            // quotes with an invalid Kind, per document
	qPersons   [][]int32        // per quote, frozen at report time
	qNames     []string         // per quote, the persons' canonical names
	canon      map[int32]string // person → canonical name, built at report time
	moved      map[int32]int    // per form, quotes credited away (-) or to it (+) by resolveRoles

	plain  []plainKey // distinct Keys
	uniq   []utext
	occs   []occurrence // statements of quotes, quote by quote
	parent unionFind    // over uniq: the renderings of one statement
	group  unionFind    // over uniq: statements joined by a quote holding both

	tokSyn   [][]int32        // per token id, its WordNet synonym sets
	tokStr   []string         // per token id, the token
	statU    []int32          // the renderings counted in Stats, one per key (see statKey)
	plainIdx map[string]int32 // Key → index in plain
	splits   map[string]*split
	keyBuf   []byte
	sides    sides   // per person, the state it is or serves; rebuilt at report time
	rareIDF  float64 // see rareIDF

	loose bool // Links: assume the same side, cue and reporter's words

	docMark []uint32 // per document, see nextDocMark
	docGen  uint32

	plainMark []uint32 // per plain Key, see variants
	plainSlot []int32
	plainGen  uint32

	event *eventIndex // built by the first sameEvent

	// work counts the units of work done: elements visited by every
	// loop whose length depends on the input. The complexity guard
	// (complexity_test.go) asserts it grows linearly; an int add costs
	// nothing beside the work it counts.
	work int64
}

type docRec struct {
	name string
	key  string // Document.Key, or name; unique, for quote ids
	text []byte
	doc  *Document
	in   int // index in Compare's argument
}

// scanned reports whether the name scan read the document whole, from
// its text or its Names runs.
func (d *docRec) scanned() bool { return len(d.text) > 0 || len(d.doc.Names) > 0 }

type qrec struct {
	doc     int32
	q       *quote.Quote
	id      string
	speaker []int32 // forms credited
	occ0    int32   // first occurrence in run.occs; -1 for Term quotes
	nocc    int32   // occurrences (statements) of the quote
	plain   int32   // the whole quote's Key, in run.plain
}

// load sorts the documents by name (then text), names duplicates
// apart, and records every quote and name.
func (r *run) load(in []Document) {
	r.formByKey = map[string]int32{}
	r.formQuotes = map[int32][]int32{}
	order := make([]int, len(in))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool {
		a, b := &in[order[i]], &in[order[j]]
		if a.Name != b.Name {
			return a.Name < b.Name
		}
		return bytes.Compare(a.Text, b.Text) < 0
	})
	seen, seenKey := map[string]int{}, map[string]int{}
	for _, i := range order {
		d := &in[i]
		name := d.Name
		if n := seen[d.Name]; n > 0 {
			name = d.Name + "~" + strconv.Itoa(n+1)
		}
		seen[d.Name]++
		key := d.Key
		if key == "" {
			key = d.Name
		}
		if n := seenKey[key]; n > 0 {
			key += "~" + strconv.Itoa(n+1)
		}
		seenKey[key]++
		r.docs = append(r.docs, docRec{name: name, key: key, text: d.Text, doc: d, in: i})
	}
	nq := 0
	for _, d := range r.docs {
		nq += len(d.doc.Quotes)
	}
	r.qs = make([]qrec, 0, nq)
	r.skipped = make([]int, len(r.docs))
	for di := range r.docs {
		dr := &r.docs[di]
		d := int32(di)
		r.work += int64(1 + len(dr.doc.People) + len(dr.doc.Quotes))
		for pi := range dr.doc.People {
			p := &dr.doc.People[pi]
			id := r.formID(p.Name, d)
			if id < 0 {
				continue
			}
			f := r.forms[id]
			if f.kind == "" {
				f.kind = p.Kind
			}
			for _, m := range p.Mentions {
				f.count++
				// Only a document's first mention is ever shown.
				if n := len(f.evDoc); m.Text == p.Name && (n == 0 || f.evDoc[n-1] != d) {
					f.ev = append(f.ev, Evidence{Doc: dr.name, Start: m.Start, End: m.End, Text: m.Text})
					f.evDoc = append(f.evDoc, d)
				}
			}
			for _, t := range p.Titles {
				r.addTitle(id, d, t.Text, t.Start, t.End, 0, 0)
			}
		}
		for k := range dr.doc.Quotes {
			q := &dr.doc.Quotes[k]
			if q.Kind < quote.Direct || q.Kind > quote.Term {
				r.skipped[d]++ // an invalid Kind cannot be reported in JSON
				continue
			}
			qi := int32(len(r.qs))
			rec := qrec{doc: d, q: q, id: quoteID(dr.key, q), occ0: -1}
			rec.speaker = r.speakerForms(q.Speaker, d)
			for _, f := range rec.speaker {
				r.formQuotes[f] = append(r.formQuotes[f], qi)
			}
			if q.Title != "" && len(rec.speaker) == 1 {
				r.addTitle(rec.speaker[0], d, q.Title, -1, -1, q.Start, q.End)
			}
			r.qs = append(r.qs, rec)
		}
	}
	for _, f := range r.forms {
		f.titles = dedupeTitles(f.titles)
	}
}

// dedupeTitles keeps one observation per title mention; a title known
// only from quotes counts once per document, and not at all when a
// mention in that document already gives it.
func dedupeTitles(ts []titleObs) []titleObs {
	sort.SliceStable(ts, func(i, j int) bool {
		a, b := ts[i], ts[j]
		if a.doc != b.doc {
			return a.doc < b.doc
		}
		if a.role != b.role {
			return a.role < b.role
		}
		return a.start > b.start // mentions (start ≥ 0) before quote titles
	})
	out := ts[:0]
	for i, t := range ts {
		if i > 0 {
			p := out[len(out)-1]
			if p.doc == t.doc && p.role == t.role && (t.start < 0 || p.start == t.start) {
				continue
			}
		}
		out = append(out, t)
	}
	return out
}

// quoteID is a hash of the document's key and the quote's span, so it
// does not depend on the order of documents.
func quoteID(doc string, q *quote.Quote) string {
	h := fnv.New64a()
	h.Write([]byte(doc))
	var b [17]byte
	binary.LittleEndian.PutUint64(b[1:], uint64(q.Start))
	binary.LittleEndian.PutUint64(b[9:], uint64(q.End))
	h.Write(b[:])
	var sum [8]byte
	binary.BigEndian.PutUint64(sum[:], h.Sum64())
	return "q" + hex.EncodeToString(sum[:6])
}

// person returns the group (canonical person) of a form.
func (r *run) person(f int32) int32 { return r.formSets.find(f) }

// persons returns the sorted distinct persons credited with quote i.
// After the last merge (report time) the answer is cached.
func (r *run) persons(i int) []int32 {
	if r.qPersons != nil {
		return r.qPersons[i]
	}
	return r.personsNow(i)
}

// freezePersons caches every quote's persons and their names; person
// groups must not change afterwards.
func (r *run) freezePersons() {
	r.qPersons = make([][]int32, len(r.qs))
	r.qNames = make([]string, len(r.qs))
	// Quotes credited to the same persons share one slice and name.
	type credit struct {
		ps   []int32
		name string
	}
	memo := map[string]credit{}
	var kb []byte
	var buf []int32
	r.work += int64(len(r.qs))
	for i := range r.qs {
		buf = r.appendPersons(buf[:0], i)
		if len(buf) == 0 {
			continue
		}
		kb = kb[:0]
		for _, p := range buf {
			kb = binary.AppendUvarint(kb, uint64(p))
		}
		c, ok := memo[string(kb)]
		if !ok {
			c.ps = slices.Clone(buf)
			c.name = r.personNames(c.ps)
			memo[string(kb)] = c
		}
		r.qPersons[i], r.qNames[i] = c.ps, c.name
	}
}

func (r *run) personsNow(i int) []int32 { return r.appendPersons(nil, i) }

// appendPersons appends the sorted distinct persons of quote i to out.
func (r *run) appendPersons(out []int32, i int) []int32 {
	for _, f := range r.qs[i].speaker {
		out = appendUnique(out, r.person(f))
	}
	slices.Sort(out)
	return out
}

// clusterOf returns the cluster (group) root of quote q, or -1.
func (r *run) clusterOf(q int32) int32 {
	o := r.qs[q].occ0
	if o < 0 || r.qs[q].nocc == 0 {
		return -1
	}
	return r.group.find(r.occs[o].u)
}
