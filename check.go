package verbatim

import (
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
