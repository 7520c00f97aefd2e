package report

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"

	"github.com/verbatim-nlp/verbatim/compare"
	"github.com/verbatim-nlp/verbatim/quote"
)

func render(chunks []Chunk) string {
	var b strings.Builder
	for _, c := range chunks {
		switch c.Op {
		case Insert:
			b.WriteString("{+" + c.Text + "+}")
		case Delete:
			b.WriteString("[-" + c.Text + "-]")
		default:
			b.WriteString(c.Text)
		}
		b.WriteByte(' ')
	}
	return strings.TrimSpace(b.String())
}

func TestWordDiff(t *testing.T) {
	tests := []struct {
		name, a, b, want, why string
	}{
		{"same", "We will not back down.", "We will not back down.", "We will not back down.", "identical renderings have no change"},
		{"swap", "We urge all parties to show restraint", "We call on all parties to show restraint",
			"We [-urge-] {+call on+} all parties to show restraint", "a replaced verb is one deletion and one insertion"},
		{"truncated", "mounting threats to Russia’s national interests from the US",
			"mounting threats to Russia's national interests", "mounting threats to Russia's national interests [-from the US-]",
			"’ and ' are one apostrophe; the cut tail is deleted"},
		{"case and punctuation", "Talks will resume, he said.", "talks will resume he said",
			"talks will resume he said", "case and punctuation around words do not count as changes"},
		{"empty", "", "Prices rose.", "{+Prices rose.+}", "an empty reference is all insertion"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := render(WordDiff(tt.a, tt.b)); got != tt.want {
				t.Errorf("%s\n got %s\nwant %s", tt.why, got, tt.want)
			}
		})
	}
}

func TestWordDiffLarge(t *testing.T) {
	a := strings.Repeat("the ministry said ", 1000)
	b := strings.Repeat("the ministry stated ", 1000)
	got := WordDiff(a, b) // 3,000 × 3,000 words: over the cap
	if len(got) != 2 || got[0].Op != Delete || got[1].Op != Insert {
		t.Errorf("over the cap WordDiff should report a replacement, got %d chunks", len(got))
	}
}

// testReport is two outlets quoting one statement in different words,
// with one flag on the cluster and one on a name.
func testReport() *compare.Report {
	q := func(doc, id string, start int, text, speaker string, mention quote.Mention) compare.QuoteEntry {
		return compare.QuoteEntry{Doc: doc, ID: id, Cluster: "c1", SpeakerName: speaker,
			Quote: &quote.Quote{Start: start, End: start + len(text), Text: text, Kind: quote.Direct, Speaker: speaker, Mention: mention, Cue: quote.Mention{Text: "said"}, Confidence: 0.9}}
	}
	return &compare.Report{
		Documents: []compare.DocSummary{
			{Doc: "wire/a.txt", Quotes: 2, Outlet: "Wire <A>", URL: "javascript:alert(1)"},
			{Doc: "b.txt", Quotes: 1, Outlet: "Daily B", URL: "https://b.example/story", Published: "2022-02-03"},
		},
		Speakers: []compare.Speaker{{Name: "Ana Ruiz", Aliases: []string{"Anna Ruiz"}, Titles: map[string]int{"finance minister": 2}, Quotes: 2}},
		Quotes: []compare.QuoteEntry{
			q("wire/a.txt", "q1", 10, "We will cut the deficit <script>alert(1)</script> by half", "Ana Ruiz", quote.Mention{Text: "Ruiz", Start: 80, End: 84}),
			{Doc: "wire/a.txt", ID: "q3", Quote: &quote.Quote{Start: 200, End: 210, Text: "=SUM(A1:A9)", Kind: quote.Term}},
			q("b.txt", "q2", 5, "We will halve the deficit", "Anna Ruiz", quote.Mention{Text: "Anna Ruiz", Start: 40, End: 49}),
		},
		Clusters: []compare.Cluster{{ID: "c1", Speaker: "Ana Ruiz", Quotes: []string{"q1", "q2"}, Text: "We will halve the deficit", Docs: 2}},
		Flags: []compare.Flag{
			{Kind: compare.NameVariant, Subject: "Ana Ruiz", Values: []string{"Ana Ruiz", "Anna Ruiz"}, Severity: "low", Message: "spelled differently",
				Evidence: []compare.Evidence{{Doc: "b.txt", Start: 40, End: 49, Text: "Anna Ruiz"}}},
			{Kind: compare.VariantWording, Subject: "We will halve the deficit", Values: []string{"We will cut the deficit <script>alert(1)</script> by half", "We will halve the deficit"},
				Severity: "medium", Message: "wire/a.txt quotes this in other words than b.txt", Cluster: "c1", Evidence: []compare.Evidence{
					{Doc: "wire/a.txt", Start: 10, End: 67, Text: "We will cut the deficit <script>alert(1)</script> by half", Speaker: "Ana Ruiz"},
					{Doc: "b.txt", Start: 5, End: 30, Text: "We will halve the deficit", Speaker: "Ana Ruiz"}}},
		},
	}
}

func TestHTML(t *testing.T) {
	var a, b bytes.Buffer
	if err := HTML(&a, testReport(), WithTitle("Deficit <check>")); err != nil {
		t.Fatal(err)
	}
	if err := HTML(&b, testReport(), WithTitle("Deficit <check>")); err != nil {
		t.Fatal(err)
	}
	page := a.String()
	if page != b.String() {
		t.Error("the same report must give the same page")
	}
	for _, tt := range []struct{ want, why string }{
		{"<title>Deficit &lt;check&gt;</title>", "the title is escaped"},
		{"&lt;script&gt;alert(1)&lt;/script&gt;", "quote text is escaped"},
		{"Wire &lt;A&gt;", "outlets are escaped"},
		{`href="https://b.example/story"`, "a real URL is linked"},
		{`<a href="#c1">`, "a cluster flag links to its versions"},
		{"<del>halve</del> <ins>cut</ins>", "the variant's changed words are marked"},
		{"2022-02-03", "the publication date travels with the quote"},
		{"<p class=\"msg\">Wire &lt;A&gt; quotes this in other words than Daily B</p>", "paths in messages become outlet names"},
		{`title="wire/a.txt, bytes 10–67"`, "byte offsets show on hover"},
		{"<li>Wire &lt;A&gt;: wire/a.txt, bytes 10–67</li>", "and in the where row"},
		{`<mark class="a">cut</mark>`, "the first side marks its own words"},
		{`<mark class="b">halve</mark>`, "the second side marks its own words"},
		{"only in Wire &lt;A&gt;’s version", "the legend names each side"},
		{`<a href="#flags-medium-variant-wording">1</a>`, "the summary links each count to its flags"},
		{`<a class="skip" href="#main">`, "a skip link leads to the report"},
	} {
		if !strings.Contains(page, tt.want) {
			t.Errorf("%s: %q not in the page", tt.why, tt.want)
		}
	}
	assert.NotContains(t, page, "ZgotmplZ", "a javascript: URL is not linked at all")
	assert.NotContains(t, page, "javascript:", "a javascript: URL is not linked at all")
	if strings.Contains(page, "<script") || strings.Contains(page, "http://") || strings.Contains(page, "<link") ||
		strings.Contains(page, "src=") || strings.Contains(page, "url(") || strings.Contains(page, "@import") {
		t.Error("the page must be self-contained: no scripts, no external resources")
	}
	if m, l := strings.Index(page, "card flag medium"), strings.Index(page, "card flag low"); m < 0 || l < 0 || m > l {
		t.Error("the medium flag must come before the low one")
	}
}

func TestCSV(t *testing.T) {
	var buf bytes.Buffer
	if err := CSV(&buf, testReport()); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 4 || strings.Join(rows[0], ",") != strings.Join(CSVHeader, ",") {
		t.Fatalf("want the header and one row per quote, got %q", rows)
	}
	col := func(row []string, name string) string {
		for i, h := range CSVHeader {
			if h == name {
				return row[i]
			}
		}
		t.Fatalf("no column %s", name)
		return ""
	}
	tests := []struct {
		row          int
		column, want string
		why          string
	}{
		{1, "outlet", "Wire <A>", "outlet travels with the quote"},
		{1, "flags", "medium variant-wording", "the cluster's flag"},
		{3, "flags", "low name-variant; medium variant-wording", "the name flag's evidence is this quote's speaker mention"},
		{3, "published", "2022-02-03", "the date travels with the quote"},
		{1, "cluster_docs", "2", "how many documents quote the statement"},
		{2, "text", "'=SUM(A1:A9)", "a formula-like cell is defused"},
		{2, "flags", "", "a term in no cluster and under no evidence has no flags"},
		{1, "confidence", "0.9", "numbers are plain"},
	}
	for _, tt := range tests {
		if got := col(rows[tt.row], tt.column); got != tt.want {
			t.Errorf("row %d %s = %q, want %q (%s)", tt.row, tt.column, got, tt.want, tt.why)
		}
	}
}

func TestCSVSafe(t *testing.T) {
	cases := []struct{ in, want, why string }{
		{"=SUM(A1)", "'=SUM(A1)", "a formula"},
		{" =SUM(A1)", "' =SUM(A1)", "spreadsheets skip a leading space"},
		{"\n=SUM(A1)", "'\n=SUM(A1)", "and a leading line break"},
		{"\t=1", "'\t=1", "and a tab"},
		{"\u3000=1", "'\u3000=1", "and an ideographic space"},
		{"\uFF1DSUM(A1)", "'\uFF1DSUM(A1)", "a full-width equals sign is read as ="},
		{"\uFF0B1", "'\uFF0B1", "a full-width plus"},
		{";=SUM(A1)", "';=SUM(A1)", "a semicolon before the sign"},
		{"-2+3", "'-2+3", "a minus"},
		{"@cmd", "'@cmd", "an at sign"},
		{"\x00=1", "'\x00=1", "a control character"},
		{"We will win", "We will win", "ordinary text is left alone"},
		{"“Quote”", "“Quote”", "a quote mark is left alone"},
		{"", "", "empty stays empty"},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, safe(c.in), c.why)
	}
}

// FuzzCSVSafe: a defused cell never starts with a rune that may open a
// formula, and only an apostrophe is ever added.
func FuzzCSVSafe(f *testing.F) {
	f.Add(" =SUM(A1)")
	f.Add("\uFF1D1")
	f.Add("We will win")
	f.Fuzz(func(t *testing.T, s string) {
		out := safe(s)
		if out != s && out != "'"+s {
			t.Fatalf("safe(%q) = %q: only a leading apostrophe may be added", s, out)
		}
		r, _ := utf8.DecodeRuneInString(out)
		if out != "" && (unicode.IsSpace(r) || unicode.IsControl(r) || strings.ContainsRune(formulaStart, r)) {
			t.Fatalf("safe(%q) = %q starts with %U", s, out, r)
		}
	})
}

func TestEmptyReport(t *testing.T) {
	rep := &compare.Report{}
	var buf bytes.Buffer
	if err := HTML(&buf, rep); err != nil || !strings.Contains(buf.String(), "No flags") {
		t.Errorf("empty report: %v", err)
	}
	buf.Reset()
	if err := CSV(&buf, rep); err != nil || strings.Count(buf.String(), "\n") != 1 {
		t.Errorf("empty report CSV should be the header alone: %v %q", err, buf.String())
	}
}
