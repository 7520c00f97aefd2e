package compare

import (
	"strings"
	"testing"

	"github.com/verbatim-nlp/verbatim/internal/gold"
)

// goldDocs builds Documents from the gold quotes themselves (text,
// kind, speaker, title, offsets), so the test measures compare alone.
func goldDocs(t *testing.T) (*gold.Gold, []Document, map[string]string) {
	g, err := gold.LoadDefault()
	if err != nil {
		t.Skipf("no gold file: %v", err)
	}
	byOffset := map[string]string{} // doc + span → gold quote id
	var docs []Document
	for _, gd := range g.Documents {
		src, err := gold.CorpusFile(gd.Doc)
		if err != nil {
			t.Fatal(err)
		}
		d := Document{Name: gd.Doc, Text: src}
		for i := range gd.Quotes {
			d.Quotes = append(d.Quotes, gd.Quotes[i].AsQuote())
			q := d.Quotes[len(d.Quotes)-1]
			byOffset[gd.Doc+"\x00"+quoteID(gd.Doc, &q)] = gd.Quotes[i].ID
		}
		docs = append(docs, d)
	}
	return g, docs, byOffset
}

// TestGoldStatements checks clustering against the hand-made gold
// statements. Merging two statements is a failure; a statement split
// over several clusters is reported, and the known hard ones (a
// paraphrase that shares fewer than three content words, credited to
// another speaker) are listed in knownSplit so that any regression or
// improvement shows.
func TestGoldStatements(t *testing.T) {
	g, docs, byID := goldDocs(t)
	rep := mustNew().Compare(docs)
	clusterOf := map[string]string{} // gold quote id → cluster
	for _, e := range rep.Quotes {
		if id, ok := byID[e.Doc+"\x00"+e.ID]; ok {
			clusterOf[id] = e.Cluster
		}
	}
	// Paraphrases the word-level evidence cannot tie (see the report).
	knownSplit := map[string]string{
		"S11": "Ushakov's and the Kremlin's claims share only china/support/russia with Xi's words",
		"S15": "it has any plans to attack Ukraine / any aggressive intentions: no shared content word",
	}
	statementOf := map[string]string{} // cluster → statement
	together := 0
	for _, s := range g.Statements {
		clusters := map[string][]string{}
		for _, q := range s.Quotes {
			clusters[clusterOf[q]] = append(clusters[clusterOf[q]], q)
		}
		for c := range clusters {
			if prev, ok := statementOf[c]; ok && prev != s.ID {
				t.Errorf("statements %s and %s merged in cluster %s", prev, s.ID, c)
			}
			statementOf[c] = s.ID
		}
		split := len(clusters) > 1
		if !split {
			together++
		}
		_, known := knownSplit[s.ID]
		switch {
		case split && !known:
			t.Errorf("statement %s (%s) split over clusters: %v", s.ID, s.Speaker, clusters)
		case !split && known:
			t.Logf("statement %s now clusters: drop it from knownSplit", s.ID)
		}
	}
	t.Logf("%d of %d gold statements in one cluster", together, len(g.Statements))
	// No quote outside gold statements may join one (beyond its own).
	member := map[string]bool{}
	for _, s := range g.Statements {
		for _, q := range s.Quotes {
			member[q] = true
		}
	}
	// Quotes in no gold statement that word evidence ties to one; the
	// gold keeps them apart on facts outside the words.
	knownJoin := map[string]string{
		"000-04": "Russia's call on NATO to pledge not to expand into Ukraine (Jan 2022) reads as Putin's December demand (S14)",
	}
	for id, c := range clusterOf {
		if s, ok := statementOf[c]; ok && !member[id] && knownJoin[id] == "" {
			t.Errorf("quote %s, in no gold statement, joined %s", id, s)
		}
	}
}

func flagList(fs []Flag) string {
	var b strings.Builder
	for _, f := range fs {
		b.WriteString("  " + f.Kind + " " + f.Subject + " " + strings.Join(f.Values, " | ") + "\n")
	}
	return b.String()
}
