package verbatim

import (
	"bytes"
	"crypto/sha256"
	"iter"
	"sort"

	"github.com/verbatim-nlp/verbatim/attribute"
	"github.com/verbatim-nlp/verbatim/compare"
)

// Check runs the whole pipeline over docs — quotes, speakers, clusters
// and flags — and returns the report that "verbatim check" prints, with
// the documents' warnings (Warnings) as an ErrorList, nil when there are
// none: the report is whole either way. Document names should be
// unique; the report refers to documents by name.
func (p *Pipeline) Check(docs []Document) (*compare.Report, error) {
	p = p.ready()
	res, warns := p.ExtractAll(docs)
	in := make([]compare.Document, len(docs))
	for i, d := range docs {
		in[i] = compare.Document{
			Name: d.Name, Key: d.Key, Text: d.Text, Quotes: res[i].Quotes, People: res[i].People,
			Outlet: d.Outlet, URL: d.URL, Published: d.Published, Headline: d.Headline,
		}
	}
	return p.compare.Compare(in), warns
}

// Check runs the default Pipeline's Check: the report, and the
// documents' warnings as an ErrorList (nil when there are none).
func Check(docs []Document) (*compare.Report, error) {
	p, err := std()
	if err != nil {
		return nil, err
	}
	return p.Check(docs)
}

// CheckEach is Check over documents read one at a time, as Documents
// reads them. A document's text is let go once its quotes are found:
// what is kept of each is its name, metadata, quotes, people and runs
// of capitalised words (compare.NameRuns, what compare's name scan
// reads), so memory grows with the quotes and names, not with the
// size of the texts. fn, if not nil, is called in the order of docs with each error
// docs yields (a zero Document) and with each document's warnings (as
// ExtractDoc returns them). Documents with the same name are told
// apart by a digest of their text, so the report does not depend on
// the order of docs; it equals Check's but for which of two documents
// of one name is called NAME~2.
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
	p.ExtractEach(docs, func(d Document, res *attribute.Result, err error) bool {
		if err != nil && fn != nil {
			fn(d, err)
		}
		if res != nil {
			in = append(in, kept{compare.Document{Name: d.Name, Key: d.Key, Quotes: res.Quotes, People: res.People,
				Names: compare.NameRuns(d.Text), Outlet: d.Outlet, URL: d.URL, Published: d.Published, Headline: d.Headline},
				sha256.Sum256(d.Text)})
		}
		return true
	})
	// Compare orders documents of one name by text, which is gone: order
	// them by its digest here, and Compare's stable sort keeps it.
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
