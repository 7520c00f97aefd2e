package compare

import (
	"encoding/json"
	"testing"

	"github.com/verbatim-nlp/verbatim/attribute"
	"github.com/verbatim-nlp/verbatim/quote"
)

// FuzzCompareQuotes hands Compare quotes as a careless caller might
// build them: any text, speaker, title and kind, offsets that need not
// fit the document, and two documents with the same name. Compare must
// not panic, must report every document, and must give the same report
// for the documents in the other order.
func FuzzCompareQuotes(f *testing.F) {
	f.Add("We urge all parties to show restraint", "Wang Yi", "Chinese Foreign Minister", uint8(quote.Direct), 10, 47, "a", "b")
	f.Add("reasonable concerns", "Wang", "", uint8(quote.Partial), -3, 1<<30, "x", "x")
	f.Add("\xff“”", "", "\x00", uint8(0), 5, 2, "", "")
	f.Add("Quad", "Sergei Lavrov", "Russia’s foreign minister", uint8(quote.Term), 0, 0, "tass", "ria")
	f.Fuzz(func(t *testing.T, text, speaker, title string, kind uint8, start, end int, name1, name2 string) {
		q := quote.Quote{Start: start, End: end, Text: text, Kind: quote.Kind(kind), Speaker: speaker, Title: title,
			Mention: quote.Mention{Text: speaker, Start: end, End: start}}
		long := q
		long.Text = text + " " + text
		docs := []Document{
			{Name: name1, Text: []byte(text), Quotes: []quote.Quote{q, long}, People: []attribute.Person{{Name: speaker, Kind: "person", Mentions: []quote.Mention{q.Mention}}}},
			{Name: name2, Text: []byte(speaker), Quotes: []quote.Quote{long, q}},
		}
		rep := mustNew().Compare(docs)
		if len(rep.Documents) != len(docs) {
			t.Fatalf("%d documents reported, want %d", len(rep.Documents), len(docs))
		}
		a, err := json.Marshal(rep)
		if err != nil {
			t.Fatal(err)
		}
		if name1 == name2 {
			return // the report refers to documents by name; equal names are ambiguous
		}
		b, _ := json.Marshal(mustNew().Compare([]Document{docs[1], docs[0]}))
		if string(a) != string(b) {
			t.Fatalf("the report depends on document order:\n%s\n%s", a, b)
		}
	})
}
