package compare

import (
	"encoding/binary"
	"encoding/hex"
	"hash/fnv"
	"strconv"
)

// reportIndex maps the ids of a Report to positions in its slices. It
// is built once, at the first lookup, and rebuilt only when a slice's
// length shows that the Report was changed since.
type reportIndex struct {
	nq, nc, ns, nd int
	quotes         map[string]int
	clusters       map[string]int
	speakers       map[string]int
	names          map[string]int // speaker name to its first Speaker
	docs           map[string]int
	byCluster      map[string][]int // cluster id to quote positions, in report order
	bySpeaker      map[string][]int // speaker name to quote positions, in report order
}

func (x *reportIndex) fresh(r *Report) bool {
	return x != nil && x.nq == len(r.Quotes) && x.nc == len(r.Clusters) && x.ns == len(r.Speakers) && x.nd == len(r.Documents)
}

// index returns the Report's lookup index, building it on first use.
// Concurrent first lookups may each build one; one of them is kept.
func (r *Report) index() *reportIndex {
	if x := r.idx.Load(); x.fresh(r) {
		return x
	}
	x := &reportIndex{
		nq: len(r.Quotes), nc: len(r.Clusters), ns: len(r.Speakers), nd: len(r.Documents),
		quotes:    make(map[string]int, len(r.Quotes)),
		clusters:  make(map[string]int, len(r.Clusters)),
		speakers:  make(map[string]int, len(r.Speakers)),
		names:     make(map[string]int, len(r.Speakers)),
		docs:      make(map[string]int, len(r.Documents)),
		byCluster: make(map[string][]int, len(r.Clusters)),
		bySpeaker: make(map[string][]int, len(r.Speakers)),
	}
	for i := range r.Quotes {
		q := &r.Quotes[i]
		x.quotes[q.ID] = i
		if q.Cluster != "" {
			x.byCluster[q.Cluster] = append(x.byCluster[q.Cluster], i)
		}
		if q.SpeakerName != "" {
			x.bySpeaker[q.SpeakerName] = append(x.bySpeaker[q.SpeakerName], i)
		}
	}
	for i := range r.Clusters {
		x.clusters[r.Clusters[i].ID] = i
	}
	for i := range r.Speakers {
		s := &r.Speakers[i]
		if s.ID != "" {
			x.speakers[s.ID] = i
		}
		if _, ok := x.names[s.Name]; !ok {
			x.names[s.Name] = i
		}
	}
	for i := range r.Documents {
		x.docs[r.Documents[i].Doc] = i
	}
	r.idx.Store(x)
	return x
}

// Quote returns the quote with the given id (QuoteEntry.ID).
func (r *Report) Quote(id string) (*QuoteEntry, bool) {
	i, ok := r.index().quotes[id]
	if !ok {
		return nil, false
	}
	return &r.Quotes[i], true
}

// Cluster returns the cluster with the given id (Cluster.ID, as
// QuoteEntry.Cluster and Flag.Cluster give it).
func (r *Report) Cluster(id string) (*Cluster, bool) {
	i, ok := r.index().clusters[id]
	if !ok {
		return nil, false
	}
	return &r.Clusters[i], true
}

// Speaker returns the speaker with the given id (Speaker.ID).
func (r *Report) Speaker(id string) (*Speaker, bool) {
	i, ok := r.index().speakers[id]
	if !ok {
		return nil, false
	}
	return &r.Speakers[i], true
}

// SpeakerNamed returns the speaker whose canonical name is name, as
// QuoteEntry.SpeakerName, Cluster.Speaker and a person flag's Subject give
// it. Two people with one canonical name are two Speakers; SpeakerNamed
// returns the first, the one with more quotes.
func (r *Report) SpeakerNamed(name string) (*Speaker, bool) {
	i, ok := r.index().names[name]
	if !ok {
		return nil, false
	}
	return &r.Speakers[i], true
}

// Document returns the summary of the document named doc (the Doc of
// a QuoteEntry or an Evidence).
func (r *Report) Document(doc string) (*DocSummary, bool) {
	i, ok := r.index().docs[doc]
	if !ok {
		return nil, false
	}
	return &r.Documents[i], true
}

// ClusterQuotes returns the quotes of the cluster id, in the order of
// Report.Quotes (by document, then position); nil for an unknown id.
func (r *Report) ClusterQuotes(id string) []*QuoteEntry {
	return r.entries(r.index().byCluster[id])
}

// SpeakerQuotes returns the quotes credited to the speaker id, in the
// order of Report.Quotes; nil for an unknown id. Quotes name their
// speaker by canonical name (QuoteEntry.SpeakerName), so two Speakers with
// one name share their quotes.
func (r *Report) SpeakerQuotes(id string) []*QuoteEntry {
	s, ok := r.Speaker(id)
	if !ok {
		return nil
	}
	return r.entries(r.index().bySpeaker[s.Name])
}

func (r *Report) entries(at []int) []*QuoteEntry {
	if len(at) == 0 {
		return nil
	}
	out := make([]*QuoteEntry, len(at))
	for k, i := range at {
		out[k] = &r.Quotes[i]
	}
	return out
}

// speakerIDs sets each speaker's ID: "s" and 12 hex digits of a hash of
// its canonical name, so the id does not depend on the other articles
// compared; a second speaker with the same name gets "-2", and so on,
// in report order. speakers must be sorted by name.
func speakerIDs(speakers []Speaker) {
	dup := 0
	for i := range speakers {
		h := fnv.New64a()
		h.Write([]byte(speakers[i].Name))
		var sum [8]byte
		binary.BigEndian.PutUint64(sum[:], h.Sum64())
		speakers[i].ID = "s" + hex.EncodeToString(sum[:6])
		dup++
		if i == 0 || speakers[i-1].Name != speakers[i].Name {
			dup = 0
		}
		if dup > 0 {
			speakers[i].ID += "-" + strconv.Itoa(dup+1)
		}
	}
}

// mainTitle returns the title given most often in titles; a tie goes
// to the longer title (it says more: "the foreign minister of Ukraine"
// over "the minister"), then to the alphabetically first.
func mainTitle(titles map[string]int) string {
	best, n := "", 0
	for t, c := range titles {
		if c > n || c == n && (len(t) > len(best) || len(t) == len(best) && t < best) {
			best, n = t, c
		}
	}
	return best
}
