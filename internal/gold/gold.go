// Package gold loads the hand-annotated gold standard for the seed
// corpus, testdata/gold.json, which testdata/README.md describes.
//
// The types mirror the file. A loaded *Gold is read-only: it is safe for
// concurrent use as long as no one modifies it.
package gold

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"

	"github.com/verbatim-nlp/verbatim/quote"
)

// ErrNoTestdata is returned by TestdataDir when the repository's
// testdata directory cannot be found.
var ErrNoTestdata = errors.New("gold: testdata directory not found")

// Gold is the whole gold file.
type Gold struct {
	Documents  []Document  `json:"documents"`
	Statements []Statement `json:"statements"`
	Speakers   []Speaker   `json:"speakers"`
	Flags      []Flag      `json:"flags"`
}

// Document holds the gold quotes of one corpus file, sorted by Start.
type Document struct {
	Doc    string  `json:"doc"` // file name in testdata/corpus
	Quotes []Quote `json:"quotes"`
}

// Quote is one gold quote. Start and End are half-open byte offsets into
// the corpus file, with the conventions of quote.Quote: marks, outer
// white space and a trailing , ; : excluded, a terminal . ? ! … kept.
// Indirect quotes are the reported content clause, with no marks.
type Quote struct {
	ID    string     `json:"id"`    // "NNN-MM": document prefix, then text order
	Start int        `json:"start"` // byte offset of the first byte
	End   int        `json:"end"`   // byte offset just past the last byte
	Text  string     `json:"text"`  // the file's bytes [Start, End)
	Kind  quote.Kind `json:"kind"`
	// Depth is 0 in the reporter's text and 1 for speech nested inside
	// another gold span (reported speech inside a quote or inside
	// another reported clause).
	Depth    int           `json:"depth"`
	Speaker  string        `json:"speaker"` // canonical name as the article spells it; "" if none
	Mention  quote.Mention `json:"mention"` // words naming the speaker; zero if none
	Title    string        `json:"title"`
	Via      string        `json:"via"`
	Reporter string        `json:"reporter"`
	Cue      quote.Mention `json:"cue"` // zero if none
	Note     string        `json:"note,omitempty"`
}

// Span returns the quote's byte range.
func (q *Quote) Span() quote.Span { return quote.Span{Start: q.Start, End: q.End} }

// Statement groups quotes, from different articles, that render the
// same statement.
type Statement struct {
	ID      string   `json:"id"`
	Speaker string   `json:"speaker"` // who really said it, canonical
	Quotes  []string `json:"quotes"`  // quote IDs
	Note    string   `json:"note,omitempty"`
}

// Speaker is a person or organisation in the corpus.
type Speaker struct {
	Name    string   `json:"name"` // canonical
	Kind    string   `json:"kind"` // "person" or "organisation"
	Aliases []string `json:"aliases"`
	// Titles counts each title over the corpus; TitlesByDoc counts it
	// per document.
	Titles      map[string]int            `json:"titles"`
	TitlesByDoc map[string]map[string]int `json:"titles_by_doc"`
	Note        string                    `json:"note,omitempty"`
}

// Flag kinds.
const (
	TitleConflict   = "title-conflict"
	NameVariant     = "name-variant"
	VariantWording  = "variant-wording"
	Truncated       = "truncated"
	SpeakerConflict = "speaker-conflict"
)

// Flag is a discrepancy a fact-checker must see.
type Flag struct {
	Kind    string   `json:"kind"`
	Subject string   `json:"subject"` // a speaker's name or a statement ID
	Values  []string `json:"values"`
	Quotes  []string `json:"quotes"` // quote IDs that evidence it
	Docs    []string `json:"docs"`
	Note    string   `json:"note,omitempty"`
}

// Load reads and decodes a gold file. Unknown fields are an error, so
// that a typo in the file cannot silently drop an annotation.
func Load(path string) (*Gold, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	dec := json.NewDecoder(f)
	dec.DisallowUnknownFields()
	var g Gold
	if err := dec.Decode(&g); err != nil {
		return nil, fmt.Errorf("gold: %s: %w", path, err)
	}
	return &g, nil
}

// Doc returns the document named name, or nil.
func (g *Gold) Doc(name string) *Document {
	for i := range g.Documents {
		if g.Documents[i].Doc == name {
			return &g.Documents[i]
		}
	}
	return nil
}

// Quote returns the quote with the given ID and its document, or nils.
func (g *Gold) Quote(id string) (*Quote, *Document) {
	for i := range g.Documents {
		d := &g.Documents[i]
		for j := range d.Quotes {
			if d.Quotes[j].ID == id {
				return &d.Quotes[j], d
			}
		}
	}
	return nil, nil
}

// TestdataDir returns the repository's testdata directory. It is found
// from this source file's location, so it works from any package's test
// binary; it is meant for tests and tools run inside the repository.
func TestdataDir() (string, error) {
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		return "", ErrNoTestdata
	}
	dir := filepath.Join(filepath.Dir(file), "..", "..", "testdata")
	if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
		return "", ErrNoTestdata
	}
	return dir, nil
}

// LoadDefault loads testdata/gold.json from the repository.
func LoadDefault() (*Gold, error) {
	dir, err := TestdataDir()
	if err != nil {
		return nil, err
	}
	return Load(filepath.Join(dir, "gold.json"))
}

// CorpusFile reads a corpus file from the repository's testdata/corpus.
func CorpusFile(name string) ([]byte, error) {
	dir, err := TestdataDir()
	if err != nil {
		return nil, err
	}
	return os.ReadFile(filepath.Join(dir, "corpus", name))
}

// AsQuote returns q as a quote.Quote with its span, kind, depth and
// attribution filled in, for comparing with what the pipeline produces.
// Open, Close and Parts are left empty: the gold does not record marks.
func (q *Quote) AsQuote() quote.Quote {
	return quote.Quote{
		Start: q.Start, End: q.End, Text: q.Text, Kind: q.Kind, Depth: q.Depth,
		Speaker: q.Speaker, Mention: q.Mention, Title: q.Title, Via: q.Via,
		Reporter: q.Reporter, Cue: q.Cue,
	}
}
