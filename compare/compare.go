package compare

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync/atomic"

	"github.com/verbatim-nlp/verbatim/attribute"
	"github.com/verbatim-nlp/verbatim/quote"
)

// ErrBadOption is wrapped by the error of New when an option is out of
// range.
var ErrBadOption = errors.New("compare: option out of range")

// Document is one article, analysed, as Compare reads it: its name
// (unique within a Compare call), text, the attributed quotes found in
// it and the people it names (one article's level: attribute.Person).
// Package verbatim builds it from a verbatim.Document, the article as
// read, and that article's attribute.Result. Outlet, URL, Published and
// Headline (the article's own title) are carried to the report. Key,
// when set, is what identifies the article across runs (see
// QuoteEntry.ID); Name is used when it is empty.
type Document struct {
	Name string
	Key  string
	Text []byte
	// Names, for a caller that lets Text go, holds what Compare's name
	// scan reads of it: the runs of capitalised words (NameRuns). With
	// Text empty and Names set, the report equals the one with Text.
	Names     []Snippet
	Quotes    []quote.Quote
	People    []attribute.Person
	Outlet    string
	URL       string
	Published string
	Headline  string
}

// config holds the tunable thresholds. The defaults were set on the
// seed corpus and synthetic variants of it; they may change.
type config struct {
	threshold        float64                 // IDF-weighted overlap to link two renderings
	speakerThreshold float64                 // the same, when both are credited to one person
	minShared        int                     // shared content words needed for a fuzzy link
	minContent       int                     // content words a quote needs to be linked fuzzily
	fragmentRatio    float64                 // below this content-length ratio a link only attaches a fragment
	postingCap       int                     // posting-list entries scanned per word
	maxTokens        int                     // rarest words of a quote used for candidates
	maxNameEdit      int                     // largest edit distance between two spellings of one name
	maxEvidence      int                     // evidence entries kept per flag
	maxVariants      int                     // renderings listed per variant-wording flag
	maxTitleDocs     int                     // documents listed per title in Speaker.TitleDocs
	workers          int                     // goroutines for candidate verification
	stats            *Stats                  // the corpus's, when Compare sees part of it (CorpusStats)
	given            func(d, k int) []string // statement labels (GivenStatements)
}

func defaults() config {
	return config{
		threshold:        0.6,
		speakerThreshold: 0.45,
		minShared:        3,
		minContent:       3,
		fragmentRatio:    0.6,
		postingCap:       32,
		maxTokens:        24,
		maxNameEdit:      2,
		maxEvidence:      64,
		maxVariants:      8,
		maxTitleDocs:     20,
		workers:          2,
	}
}

// Option configures a Clusterer.
type Option func(*config)

// Threshold sets the IDF-weighted word overlap (0–1, default 0.6)
// above which two renderings are one statement. The scale may change.
func Threshold(t float64) Option { return func(c *config) { c.threshold = t } }

// SpeakerThreshold sets the lower overlap (default 0.45) accepted
// when both renderings are credited to the same person: the speaker is
// supporting evidence, never the only evidence.
func SpeakerThreshold(t float64) Option { return func(c *config) { c.speakerThreshold = t } }

// MinShared sets how many content words two renderings must share
// before they can be linked fuzzily (default 3).
func MinShared(n int) Option { return func(c *config) { c.minShared = n } }

// MinContent sets how many content words a quote needs before it
// is linked by anything but an identical rendering with the same
// speaker (default 3); shorter quotes ("we will see") glue nothing.
func MinContent(n int) Option { return func(c *config) { c.minContent = n } }

// PostingCap bounds how many entries of one word's posting list a
// quote scans for candidates (default 32); it keeps candidate
// generation linear when one story is copied thousands of times.
func PostingCap(n int) Option { return func(c *config) { c.postingCap = n } }

// MaxNameEdit sets the largest edit distance between two spellings
// of one name (default 2); distance 2 also needs a shared title or a
// shared statement.
func MaxNameEdit(n int) Option { return func(c *config) { c.maxNameEdit = n } }

// MaxEvidence bounds the evidence entries kept per flag (default 64).
func MaxEvidence(n int) Option { return func(c *config) { c.maxEvidence = n } }

// MaxTitleDocs bounds the documents listed per title in
// Speaker.TitleDocs (default 20, the first by name); the rest are
// counted in Speaker.TitleDocsOmitted.
func MaxTitleDocs(n int) Option { return func(c *config) { c.maxTitleDocs = n } }

// Workers sets the goroutines used to verify candidates (default 2).
func Workers(n int) Option { return func(c *config) { c.workers = n } }

// Clusterer compares the quotes of many articles. It is safe for
// concurrent use after New; the zero Clusterer uses the defaults.
type Clusterer struct {
	cfg config
	set bool
}

// New returns a Clusterer with the defaults changed by opts, or an
// error wrapping ErrBadOption that names the first option out of range.
func New(opts ...Option) (*Clusterer, error) {
	c := defaults()
	for _, o := range opts {
		o(&c)
	}
	for _, chk := range []struct {
		bad  bool
		name string
		v    any
	}{
		{c.threshold <= 0 || c.threshold > 1, "Threshold", c.threshold},
		{c.speakerThreshold <= 0 || c.speakerThreshold > 1, "SpeakerThreshold", c.speakerThreshold},
		{c.minShared < 1, "MinShared", c.minShared},
		{c.minContent < 1, "MinContent", c.minContent},
		{c.postingCap < 2, "PostingCap", c.postingCap},
		{c.maxNameEdit < 0, "MaxNameEdit", c.maxNameEdit},
		{c.maxEvidence < 1, "MaxEvidence", c.maxEvidence},
		{c.maxTitleDocs < 1, "MaxTitleDocs", c.maxTitleDocs},
		{c.workers < 1, "Workers", c.workers},
	} {
		if chk.bad {
			return nil, fmt.Errorf("%w: %s(%v)", ErrBadOption, chk.name, chk.v)
		}
	}
	return &Clusterer{cfg: c, set: true}, nil
}

func (c *Clusterer) config() config {
	if c == nil || !c.set {
		return defaults()
	}
	return c.cfg
}

// Report is the result of Compare. json.Marshal of a Report gives the
// public JSON contract: documents, speakers, quotes, clusters, flags.
// Every slice is sorted, so the same input gives the same Report
// whatever the order of the documents.
//
// Quote, Cluster, Speaker, SpeakerNamed, Document, ClusterQuotes and
// SpeakerQuotes look entries up by id. They build an index at the first
// call and rebuild it only if a slice changed length since; they are
// safe for concurrent use while the Report is not being changed. Do not
// copy a Report by value: pass *Report.
type Report struct {
	Documents []DocSummary `json:"documents"`
	Speakers  []Speaker    `json:"speakers"`
	Quotes    []QuoteEntry `json:"quotes"`
	Clusters  []Cluster    `json:"clusters"`
	Flags     []Flag       `json:"flags"`

	idx atomic.Pointer[reportIndex]
}

// DocSummary is one input document and how many quotes it holds.
// Skipped counts quotes left out because their Kind is invalid.
type DocSummary struct {
	Doc       string `json:"doc"`
	Quotes    int    `json:"quotes"`
	Skipped   int    `json:"skipped,omitempty"`
	Outlet    string `json:"outlet,omitempty"`
	URL       string `json:"url,omitempty"`
	Published string `json:"published,omitempty"`
	Headline  string `json:"headline,omitempty"` // the article's own title
}

// Speaker is one person across all articles (the corpus level; within
// one article it is an attribute.Person): an id, the canonical
// spelling, the other names the articles use, and the titles they give,
// with counts (Titles), the documents each title comes from (TitleDocs)
// and the main title (Title, the most frequent; a tie goes to the
// longer title, then the alphabetically first). ID is "s" and 12 hex
// digits of a hash of Name, "-2", "-3"… added for a second or third
// Speaker of the same name; it stays the same when other articles are
// added, as long as the canonical name does.
// TitleDocs lists at most 20 documents per title (MaxTitleDocs),
// the first by name; TitleDocsOmitted counts the rest, so a title
// repeated across a whole wire run keeps the JSON small.
type Speaker struct {
	ID               string              `json:"id"`
	Name             string              `json:"name"`
	Kind             string              `json:"kind,omitempty"`
	Aliases          []string            `json:"aliases"`
	Titles           map[string]int      `json:"titles"`
	Title            string              `json:"title,omitempty"`
	TitleDocs        map[string][]string `json:"title_docs,omitempty"`
	TitleDocsOmitted map[string]int      `json:"title_docs_omitted,omitempty"`
	Quotes           int                 `json:"quotes"`
}

// QuoteEntry is one extracted quote with its document, its id (a hash
// of the document's Key, or its Name when Key is empty, and the quote's
// span; stable across runs whatever path the article was read through;
// a Key that two documents share gets "~2", "~3"… in the order of
// their names) and its cluster id
// ("" for Term quotes). SpeakerName is the speaker's canonical name
// across all articles (Speaker.Name, for Report.SpeakerNamed), where
// the embedded Quote.Speaker is the name as this article gives it.
// Quote points into the Document's Quotes, not a copy:
// a million quotes would otherwise be held twice.
type QuoteEntry struct {
	Doc         string `json:"doc"`
	ID          string `json:"id"`
	Cluster     string `json:"cluster"`
	SpeakerName string `json:"person,omitempty"`
	*quote.Quote
}

// Cluster is one statement as rendered by one or more quotes. Text is
// the most common rendering; Docs counts the documents that quote it.
type Cluster struct {
	ID      string   `json:"id"`
	Speaker string   `json:"speaker"`
	Quotes  []string `json:"quotes"`
	Text    string   `json:"text"`
	Docs    int      `json:"docs"`
}

// Flag kinds.
const (
	VariantWording  = "variant-wording"
	Truncated       = "truncated"
	SpeakerConflict = "speaker-conflict"
	TitleConflict   = "title-conflict"
	NameVariant     = "name-variant"
)

// Severity says how much a flag may matter: High, Medium or Low. The
// JSON holds its string ("high", "medium", "low").
type Severity string

// Severities, most severe first.
const (
	High   Severity = "high"   // the sense may differ: a negation, a number, another speaker
	Medium Severity = "medium" // much is left out or reworded
	Low    Severity = "low"    // a small difference worth a look
)

// Rank orders severities: 0 for High, 1 for Medium, 2 for Low and 3 for
// any other value, so sorting by Rank puts the most severe first.
func (s Severity) Rank() int {
	switch s {
	case High:
		return 0
	case Medium:
		return 1
	case Low:
		return 2
	}
	return 3
}

// SortFlags sorts flags most severe first, then by Kind, Subject,
// Values and Cluster, so the order never depends on the order of the
// input documents. Report.Flags is sorted this way; call it after
// adding flags of one's own.
func SortFlags(flags []Flag) {
	slices.SortStableFunc(flags, compareFlags)
}

func compareFlags(a, b Flag) int {
	if c := cmp.Compare(a.Severity.Rank(), b.Severity.Rank()); c != 0 {
		return c
	}
	if c := strings.Compare(a.Kind, b.Kind); c != 0 {
		return c
	}
	if c := strings.Compare(a.Subject, b.Subject); c != 0 {
		return c
	}
	if c := slices.Compare(a.Values, b.Values); c != 0 {
		return c
	}
	return strings.Compare(a.Cluster, b.Cluster)
}

// Flag is something a fact-checker must look at: its kind, the person
// or statement it is about, the values that differ, a Severity, a
// one-sentence message and where to look.
// Omitted counts evidence entries left out beyond the cap.
type Flag struct {
	Kind     string     `json:"kind"`
	Subject  string     `json:"subject"`
	Values   []string   `json:"values"`
	Severity Severity   `json:"severity"`
	Message  string     `json:"message"`
	Evidence []Evidence `json:"evidence"`
	Omitted  int        `json:"omitted,omitempty"`
	Cluster  string     `json:"cluster,omitempty"`
	Diff     string     `json:"diff,omitempty"`
}

// Evidence points into one document: half-open byte offsets of the
// quote, name or title in question, and the words there (Text). For a
// rendering of a statement it also says who printed it (Outlet, the
// document's) and whom they credit (Speaker, the canonical name across
// articles, else the article's), so a flag shows the versions it sets
// side by side.
type Evidence struct {
	Doc     string `json:"doc"`
	Start   int    `json:"start"` // byte offset of the first byte
	End     int    `json:"end"`   // byte offset just past the last byte
	Text    string `json:"text,omitempty"`
	Outlet  string `json:"outlet,omitempty"`
	Speaker string `json:"speaker,omitempty"`
}

// Compare clusters the quotes of docs and flags where they disagree.
// It never modifies docs. It runs in time roughly linear in the total
// number of quotes: identical renderings collapse first, and candidate
// pairs come from a capped inverted index, never from all pairs.
func (c *Clusterer) Compare(docs []Document) *Report {
	rep, _ := c.compare(docs)
	return rep
}

// compare is Compare that also returns the units of work done (see
// run.work).
func (c *Clusterer) compare(docs []Document) (*Report, int64) {
	cfg := c.config()
	r := &run{cfg: cfg}
	r.load(docs)
	r.resolvePeople()
	r.clusterQuotes()
	r.mergeNamesByStatements()
	rep := r.report()
	return rep, r.work
}

// sortStrings sorts and removes duplicates in place.
func sortStrings(s []string) []string {
	sort.Strings(s)
	out := s[:0]
	for i, v := range s {
		if i == 0 || v != s[i-1] {
			out = append(out, v)
		}
	}
	return out
}
