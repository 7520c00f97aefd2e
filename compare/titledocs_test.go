package compare

import (
	"fmt"
	"testing"

	"github.com/verbatim-nlp/verbatim/attribute"
	"github.com/verbatim-nlp/verbatim/quote"
)

// TestTitleDocsCap: a title repeated in many articles lists the first
// documents by name and counts the rest.
func TestTitleDocsCap(t *testing.T) {
	const n = 45
	var docs []Document
	for i := 0; i < n; i++ {
		text := "Kremlin spokesman Dmitry Peskov told reporters on Monday that talks would continue."
		docs = append(docs, Document{
			Name: fmt.Sprintf("wire-%03d", n-i), // reverse order: the cap must sort first
			Text: []byte(text),
			People: []attribute.Person{{Name: "Dmitry Peskov", Kind: "person",
				Titles: []quote.Mention{{Text: "Kremlin spokesman", Start: 0, End: 17}}}},
		})
	}
	for _, tc := range []struct {
		name          string
		opts          []Option
		keep, omitted int
	}{
		{"default", nil, 20, n - 20},
		{"option", []Option{MaxTitleDocs(5)}, 5, n - 5},
		{"above the count", []Option{MaxTitleDocs(100)}, n, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rep := mustNew(tc.opts...).Compare(docs)
			if len(rep.Speakers) != 1 {
				t.Fatalf("speakers: %+v", rep.Speakers)
			}
			sp := rep.Speakers[0]
			for title, ds := range sp.TitleDocs {
				if len(ds) != tc.keep || sp.TitleDocsOmitted[title] != tc.omitted {
					t.Errorf("%s: %d docs listed, %d omitted; want %d, %d", title, len(ds), sp.TitleDocsOmitted[title], tc.keep, tc.omitted)
				}
				if ds[0] != "wire-001" {
					t.Errorf("%s: first listed %q, want wire-001", title, ds[0])
				}
			}
			if len(sp.TitleDocs) != 1 {
				t.Errorf("titles: %v", sp.TitleDocs)
			}
		})
	}
}
