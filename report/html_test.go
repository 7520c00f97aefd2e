package report

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-nlp/verbatim/compare"
	"github.com/verbatim-nlp/verbatim/quote"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden.html")

func TestLabels(t *testing.T) {
	rep := &compare.Report{Documents: []compare.DocSummary{
		{Doc: "corpus/000_de00b857d2019a86.txt"},
		{Doc: "news/01_bbc-news.txt"},
		{Doc: "wire/a.txt", Outlet: "Reuters"},
		{Doc: "wire/b.txt", Outlet: " Reuters "},
		{Doc: "feed.jsonl#ap-budget-vote"},
		{Doc: "feed.jsonl#9f86d081884c7d65"},
		{Doc: "feed.jsonl#17"},
		{Doc: "feed.jsonl:12"},
		{Doc: "pages/123e4567-e89b-12d3-a456-426614174000.html"},
		{Doc: `C:\news\2022-02-01_le-monde.txt`},
		{Doc: "x/99.txt"},
		{Doc: "y/99.txt"},
		{Doc: ""},
	}}
	want := []struct{ label, why string }{
		{"Article 000", "a numbered hash: its number"},
		{"bbc news", "a numbering is dropped, - and _ become spaces"},
		{"Reuters", "the outlet wins over the file name"},
		{"Reuters #2", "a second article of one outlet is told apart"},
		{"ap budget vote", "a JSON Lines article by its id"},
		{"feed, article 6", "a hash-like id: the file and the article's place"},
		{"feed, article 17", "a numeric id is kept"},
		{"feed, line 12", "an article without id: its line"},
		{"Article 9", "a UUID leaves nothing readable: the article's place"},
		{"le monde", "Windows folders and a date prefix are dropped"},
		{"Article 99", "a number alone"},
		{"Article 99 #2", "the same number in another folder"},
		{"Article 13", "an empty name"},
	}
	got := Labels(rep)
	for i, w := range want {
		assert.Equal(t, w.label, got[rep.Documents[i].Doc], "%q: %s", rep.Documents[i].Doc, w.why)
	}
}

func TestSentence(t *testing.T) {
	tests := []struct {
		name, text, quote string
		before, after     string
	}{
		{"middle sentence", "Talks failed. The mayor said “we will rebuild the bridge,” adding that funds exist. Rain fell.",
			"we will rebuild the bridge", "The mayor said “", ",” adding that funds exist."},
		{"quote ends the sentence", "She spoke. “We will win.” The crowd cheered.", "We will win.", "“", "”"},
		{"honorific", "Rain fell. Mr. Ruiz said “no” on Monday. Then he left.", "no", "Mr. Ruiz said “", "” on Monday."},
		{"initial and dotted abbreviation", "It rained. Ana J. Ruiz of the U.S. team said “never” twice.", "never",
			"Ana J. Ruiz of the U.S. team said “", "” twice."},
		{"headline line", "Talks resume\nREAD MORE: Markets rally\nBeijing calls for ‘joint actions’ over security\nDuring the call both sides spoke at length about many things.", "joint actions",
			"Beijing calls for ‘", "’ over security"},
		{"paragraphs", "Headline without a stop\n\nAfter a long night of talks in the capital, the finance minister said “not\nyet” when reporters asked her whether the budget would pass this week\nor next.\n\nNext paragraph.", "not\nyet",
			"After a long night of talks in the capital, the finance minister said “", "” when reporters asked her whether the budget would pass this week or next."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := strings.Index(tt.text, tt.quote)
			require.GreaterOrEqual(t, start, 0)
			before, after := sentence([]byte(tt.text), start, start+len(tt.quote))
			assert.Equal(t, tt.before, before, "before")
			assert.Equal(t, tt.after, after, "after")
		})
	}
	long := "It began. " + strings.Repeat("word ", 80) + "said “yes” " + strings.Repeat("and on ", 60)
	start := strings.Index(long, "yes")
	b, a := sentence([]byte(long), start, start+3)
	assert.True(t, strings.HasPrefix(b, "…word ") && strings.HasSuffix(b, " said “") && len(b) <= maxContext+len("…"),
		"a long sentence is cut at a word before the quote: %q", b)
	assert.True(t, strings.HasPrefix(a, "” and on") && strings.HasSuffix(a, "…") && !strings.HasSuffix(a, " …") && len(a) <= maxContext+len("…"),
		"and after it: %q", a)
	for _, r := range [][2]int{{-1, 2}, {3, 2}, {0, 99}} {
		b, a := sentence([]byte("short text"), r[0], r[1])
		assert.Empty(t, b+a, "offsets %v out of range give no context", r)
	}
	b, a = sentence([]byte("A\xff\xfe b said “x” \x1b[2J end. Z"), 14, 15)
	assert.Equal(t, "A\uFFFD b said “", b, "invalid UTF-8 is replaced")
	assert.Equal(t, "” [2J end.", a, "control characters are dropped")
}

// hostileReport puts markup and script in every value that reaches the
// page: file names, outlets, headlines, speakers, titles, cues, quote
// text, the article text around it, flag messages and ids.
func hostileReport() (*compare.Report, map[string][]byte) {
	evil := `"><img src=x onerror=alert(1)>`
	docA := `in/` + evil + `.txt`
	textA := "<script>alert('ctx')</script> Then " + evil + " said “We will <b>win</b>” at the </style> gate.\n"
	start := strings.Index(textA, "We will")
	qa := &quote.Quote{Start: start, End: start + len("We will <b>win</b>"), Text: "We will <b>win</b>", Kind: quote.Direct,
		Speaker: "<i>Boss</i>", Title: evil, Cue: quote.Mention{Text: "<u>said</u>"}}
	qb := &quote.Quote{Start: 0, End: 11, Text: "We will win", Kind: quote.Direct, Speaker: "Boss"}
	rep := &compare.Report{
		Documents: []compare.DocSummary{
			{Doc: docA, Quotes: 1, Headline: "<iframe src=//x>", URL: "javascript:alert(1)"},
			{Doc: "b.txt", Quotes: 1, Outlet: "</title><script>alert(2)</script>"},
		},
		Speakers: []compare.Speaker{{ID: "s1", Name: "<i>Boss</i>", Aliases: []string{evil}, Titles: map[string]int{evil: 1}, Quotes: 2}},
		Quotes: []compare.QuoteEntry{
			{Doc: docA, ID: "q1", Cluster: `c1"><x`, SpeakerName: "<i>Boss</i>", Quote: qa},
			{Doc: "b.txt", ID: "q2", Cluster: `c1"><x`, SpeakerName: "<i>Boss</i>", Quote: qb},
		},
		Clusters: []compare.Cluster{{ID: `c1"><x`, Speaker: "<i>Boss</i>", Quotes: []string{"q1", "q2"}, Text: "We will win", Docs: 2}},
		Flags: []compare.Flag{{Kind: `variant-wording"><x`, Subject: evil, Values: []string{qa.Text, qb.Text}, Severity: `high"><x`,
			Message: docA + " differs from b.txt", Cluster: `c1"><x`,
			Evidence: []compare.Evidence{{Doc: docA, Start: qa.Start, End: qa.End, Text: qa.Text}, {Doc: "b.txt", Start: 0, End: 11, Text: qb.Text}}}},
	}
	return rep, map[string][]byte{docA: []byte(textA), "b.txt": []byte("We will win, Boss said.")}
}

func TestHTMLHostile(t *testing.T) {
	rep, texts := hostileReport()
	var buf bytes.Buffer
	require.NoError(t, HTML(&buf, rep, WithTitle("<b>t</b>"), WithText(func(doc string) []byte { return texts[doc] })))
	page := buf.String()
	for _, bad := range []string{"<img", "<iframe", "<i>", "<b>", "<u>", "<x", "<script", "</style> gate", "javascript:"} {
		assert.NotContains(t, page, bad, "input markup must be escaped")
	}
	for _, want := range []string{
		"&lt;script&gt;alert(&#39;ctx&#39;)&lt;/script&gt;",   // the context
		"We will &lt;b&gt;win&lt;/b&gt;",                      // the quote
		"&lt;/title&gt;&lt;script&gt;alert(2)&lt;/script&gt;", // an outlet
		"&#34;&gt;&lt;img src=x onerror=alert(1)&gt;",         // a title, a file name's label
		"&lt;iframe src=//x&gt;",                              // a headline
	} {
		assert.Contains(t, page, want, "escaped value shown")
	}
	// Ids and classes built from input hold only safe characters.
	for _, m := range regexp.MustCompile(`(?:id|href)="#?([^"]*)"`).FindAllStringSubmatch(page, -1) {
		if strings.HasPrefix(m[1], "http") || m[1] == "ZgotmplZ" {
			continue
		}
		assert.Regexp(t, `^[a-z0-9_-]+$`, m[1], "id or fragment %q", m[1])
	}
}

// TestHTMLGolden pins the page for a small report: structure, classes
// and text. After a change you mean, rewrite and review the diff:
//
//	go test ./report -run Golden -update
func TestHTMLGolden(t *testing.T) {
	texts := map[string][]byte{
		"wire/a.txt": []byte("Budget day.\n\nRuiz spoke first. “We will cut the deficit <script>alert(1)</script> by half,” Ana Ruiz said on Monday. More later."),
		"b.txt":      []byte("“We will halve the deficit,” Anna Ruiz told reporters."),
	}
	rep := testReport()
	// Offsets into the texts above.
	a, b := texts["wire/a.txt"], texts["b.txt"]
	rep.Quotes[0].Quote.Start = bytes.Index(a, []byte("We will cut"))
	rep.Quotes[0].Quote.End = rep.Quotes[0].Quote.Start + len(rep.Quotes[0].Text)
	rep.Quotes[0].Mention = quote.Mention{Text: "Ana Ruiz", Start: bytes.Index(a, []byte("Ana Ruiz")), End: bytes.Index(a, []byte("Ana Ruiz")) + 8}
	rep.Quotes[2].Quote.Start, rep.Quotes[2].Quote.End = 3, 3+len("We will halve the deficit")
	rep.Quotes[2].Mention = quote.Mention{Text: "Anna Ruiz", Start: bytes.Index(b, []byte("Anna Ruiz")), End: bytes.Index(b, []byte("Anna Ruiz")) + 9}
	rep.Flags[0].Evidence[0].Start, rep.Flags[0].Evidence[0].End = rep.Quotes[2].Mention.Start, rep.Quotes[2].Mention.End
	rep.Flags[1].Evidence[0].Start, rep.Flags[1].Evidence[0].End = rep.Quotes[0].Start, rep.Quotes[0].End
	rep.Flags[1].Evidence[1].Start, rep.Flags[1].Evidence[1].End = rep.Quotes[2].Start, rep.Quotes[2].End
	compare.SortFlags(rep.Flags)

	var buf bytes.Buffer
	require.NoError(t, HTML(&buf, rep, WithText(func(doc string) []byte { return texts[doc] })))
	// The stylesheet changes with the look; the golden file holds the
	// structure.
	got := regexp.MustCompile(`(?s)<style>.*</style>`).ReplaceAll(buf.Bytes(), []byte("<style>…</style>"))
	golden := filepath.Join("testdata", "page.golden.html")
	if *update {
		require.NoError(t, os.MkdirAll("testdata", 0o755))
		require.NoError(t, os.WriteFile(golden, got, 0o644))
	}
	want, err := os.ReadFile(golden)
	require.NoError(t, err, "run go test ./report -run Golden -update")
	assert.Equal(t, string(want), string(got), "the page changed: review, then go test ./report -run Golden -update")
}

// TestHTMLTitleConflict: a title conflict lists the articles that give
// each title it compares, by their labels.
func TestHTMLTitleConflict(t *testing.T) {
	rep := testReport()
	rep.Speakers[0].Titles = map[string]int{"finance minister": 2, "prime minister": 1}
	rep.Speakers[0].TitleDocs = map[string][]string{"finance minister": {"b.txt", "wire/a.txt"}, "prime minister": {"wire/a.txt"}}
	rep.Speakers[0].TitleDocsOmitted = map[string]int{"finance minister": 3}
	rep.Flags = append(rep.Flags, compare.Flag{Kind: compare.TitleConflict, Subject: "Ana Ruiz", Values: []string{"prime minister", "finance minister"},
		Severity: compare.High, Message: "Ana Ruiz is called “prime minister” in 1 article, but 2 call Ana Ruiz “finance minister”.",
		Evidence: []compare.Evidence{{Doc: "wire/a.txt", Start: 90, End: 104, Text: "prime minister"}}})
	compare.SortFlags(rep.Flags)
	var buf bytes.Buffer
	require.NoError(t, HTML(&buf, rep))
	page := buf.String()
	assert.Contains(t, page, "<li><q>prime minister</q> in Wire &lt;A&gt;</li>", "the conflicting title and who gives it")
	assert.Contains(t, page, "<li><q>finance minister</q> in Daily B, Wire &lt;A&gt; and 3 more</li>", "the usual title, with the articles left out counted")
	assert.Contains(t, page, `<mark class="hit">prime minister</mark>`, "the title in the article is marked")
}
