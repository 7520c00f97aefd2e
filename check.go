package verbatim

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"iter"
	"sort"

	"github.com/verbatim-nlp/verbatim/attribute"
	"github.com/verbatim-nlp/verbatim/compare"
)

// Check runs the whole pipeline over docs — quotes, speakers, clusters
// and flags — and returns the report that "verbatim check" prints.
// Document names should be unique; the report refers to documents by
// name.
func (p *Pipeline) Check(docs []Document) *compare.Report {
	p = p.ready()
	res := p.ExtractAll(docs)
	in := make([]compare.Document, len(docs))
	for i, d := range docs {
		in[i] = compare.Document{
			Name: d.Name, Text: d.Text, Quotes: res[i].Quotes, People: res[i].People,
			Outlet: d.Outlet, URL: d.URL, Published: d.Published,
		}
	}
	return p.compare.Compare(in)
}

// Check runs the default Pipeline's Check. Its error is that of
// building the default Pipeline, which happens once.
func Check(docs []Document) (*compare.Report, error) {
	p, err := std()
	if err != nil {
		return nil, err
	}
	return p.Check(docs), nil
}

// CheckTextBytes is how much text CheckEach keeps for compare's name
// scan, which reads the texts to find names spelt another way outside
// quotes. Past it, a document keeps its quotes and people only.
const CheckTextBytes = 256 << 20

// checkTextBytes is CheckTextBytes, lowered by tests.
var checkTextBytes = CheckTextBytes

// ErrTextsDropped warns that CheckEach kept no more texts: from the
// document named, the name-variant scan reads quotes and titles only.
var ErrTextsDropped = errors.New("verbatim: texts over the check limit are not kept; from here on, names spelt another way are looked for in quotes and titles only")

// CheckEach is Check over documents read one at a time, as Documents
// reads them. It keeps of each document its name, metadata, quotes and
// people, and its text while the texts kept add up to at most
// CheckTextBytes: within that the report equals Check's, and past it
// memory grows with the number of quotes, not with the size of the
// texts (an ErrTextsDropped warning says from which document). fn, if
// not nil, is called in the order of docs with each error docs yields
// (a zero Document), each document's warnings (as ExtractDoc returns
// them) and that warning.
func (p *Pipeline) CheckEach(docs iter.Seq2[Document, error], fn func(Document, error)) *compare.Report {
	p = p.ready()
	return p.compare.Compare(p.checkDocs(docs, fn))
}

// checkDocs extracts docs and returns what CheckEach compares, in the
// order Compare needs for documents of one name.
func (p *Pipeline) checkDocs(docs iter.Seq2[Document, error], fn func(Document, error)) []compare.Document {
	type kept struct {
		doc compare.Document
		sum [sha256.Size]byte
	}
	var in []kept
	texts := 0
	p.ExtractEach(docs, func(d Document, res *attribute.Result, err error) bool {
		if err != nil && fn != nil {
			fn(d, err)
		}
		if res == nil {
			return true
		}
		k := kept{compare.Document{Name: d.Name, Quotes: res.Quotes, People: res.People,
			Outlet: d.Outlet, URL: d.URL, Published: d.Published}, sha256.Sum256(d.Text)}
		if texts <= checkTextBytes {
			if texts += len(d.Text); texts <= checkTextBytes {
				k.doc.Text = d.Text
			} else if fn != nil {
				fn(d, &Error{Path: d.Name, Err: ErrTextsDropped})
			}
		}
		in = append(in, k)
		return true
	})
	// Compare orders documents of one name by text, which may be gone:
	// order them by its digest here, and Compare's stable sort keeps it.
	sort.SliceStable(in, func(i, j int) bool {
		if in[i].doc.Name != in[j].doc.Name {
			return in[i].doc.Name < in[j].doc.Name
		}
		return bytes.Compare(in[i].sum[:], in[j].sum[:]) < 0
	})
	ds := make([]compare.Document, len(in))
	for i := range in {
		ds[i] = in[i].doc
	}
	return ds
}
