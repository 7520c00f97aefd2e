package html

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	xhtml "golang.org/x/net/html"

	"github.com/verbatim-nlp/verbatim"
	"github.com/verbatim-nlp/verbatim/input"
)

// The test page is a saved news article with the clutter real pages
// have: quote marks in the navigation, a cookie banner, scripts, a
// "related" box and the footer. Only the article body may yield quotes.
const testPage = "../../testdata/html/grain-corridor.html"

func TestReadHTMLPage(t *testing.T) {
	b, err := os.ReadFile(testPage)
	if err != nil {
		t.Fatal(err)
	}
	d, err := Read(testPage, b)
	if err != nil {
		t.Fatal(err)
	}
	meta := input.Document{Name: testPage, Headline: "Ministers agree to reopen grain corridor talks", Outlet: "The Harbour Gazette",
		URL: "https://harbourgazette.example/world/2022/02/grain-corridor-talks", Published: "2022-02-03T09:15:00Z"}
	if d.Name != meta.Name || d.Headline != meta.Headline || d.Outlet != meta.Outlet || d.URL != meta.URL || d.Published != meta.Published {
		t.Errorf("metadata:\n got %+v\nwant %+v", input.Document{Name: d.Name, Headline: d.Headline, Outlet: d.Outlet, URL: d.URL, Published: d.Published}, meta)
	}
	if !bytes.HasPrefix(d.Text, []byte("Foreign ministers from Turkey")) || !bytes.HasSuffix(d.Text, []byte("a Turkish official said.")) {
		t.Errorf("text should run from the first to the last paragraph of the body:\n%s", d.Text)
	}
	if n := bytes.Count(d.Text, []byte("\n\n")); n != 6 {
		t.Errorf("want the body's 7 paragraphs separated by blank lines, got %d breaks:\n%s", n, d.Text)
	}

	res, err := verbatim.Extract(d.Text)
	if err != nil {
		t.Fatal(err)
	}
	want := []struct{ text, why string }{
		{"We will not let the world’s bread basket be held hostage", "a direct quote in the body"},
		{"Every day the ships wait, prices rise in Cairo and in Beirut.", "its second sentence, in a second pair of marks"},
		{"within days, not weeks", "a partial quote in the body"},
		{"Nobody is going to sign a charter on a promise", "a direct quote with the cue after it"},
	}
	found := map[string]bool{}
	for _, q := range res.Quotes {
		if string(d.Text[q.Start:q.End]) != q.Text {
			t.Errorf("offsets must index Document.Text: [%d:%d] is %q, quote says %q", q.Start, q.End, d.Text[q.Start:q.End], q.Text)
		}
		found[q.Text] = true
		for _, bad := range []string{"inflation", "Accept all", "Manage settings", "Journalism", "Read more", "miss out", "Subscribe", "lifeline"} {
			if strings.Contains(q.Text, bad) {
				t.Errorf("quote %q comes from page furniture (nav, banner, script, aside or footer)", q.Text)
			}
		}
	}
	for _, w := range want {
		if !found[w.text] {
			t.Errorf("missing %q (%s); got %v", w.text, w.why, res.Quotes)
		}
	}
}

func TestTextWriter(t *testing.T) {
	tests := []struct {
		name, in, want, why string
	}{
		{"paragraphs", "<p>Talks resumed.</p><p>“We are hopeful,” she said.</p>", "Talks resumed.\n\n“We are hopeful,” she said.",
			"a quote left open must end at its paragraph, so paragraphs stay apart"},
		{"inline", "<p>He called it <em>“a  grave\n mistake”</em>, aides said.</p>", "He called it “a grave mistake”, aides said.",
			"inline tags neither split words nor add space; white space collapses"},
		{"entities", "<p>&ldquo;Not now,&rdquo; the minister&#8217;s aide said&nbsp;today.</p>", "“Not now,” the minister’s aide said today.",
			"entities decode to the characters quote detection looks for"},
		{"br", "<p>Kyiv, Feb 3<br>The ministry said it would reply.</p>", "Kyiv, Feb 3\nThe ministry said it would reply.",
			"a line break is a line break, not a paragraph"},
		{"list", "<ul><li>Grain</li><li>Oil</li></ul>", "Grain\n\nOil", "list items are blocks"},
		{"script", "<p>Shares fell.</p><script>var s = \"“Buy,” he said\";</script>", "Shares fell.",
			"script text is never article text"},
		{"invalid utf8", "<p>Price \xff rose.</p>", "Price \uFFFD rose.", "invalid bytes become U+FFFD, one each"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root, err := xhtml.Parse(strings.NewReader(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			var w textWriter
			w.node(root)
			if got := strings.TrimSpace(w.buf.String()); got != tt.want {
				t.Errorf("%s\n got %q\nwant %q", tt.why, got, tt.want)
			}
		})
	}
}

func TestReadHTMLErrors(t *testing.T) {
	tests := []struct {
		name, in, why string
	}{
		{"empty", "", "an empty file has no article"},
		{"blank", " \n\t", "white space is no article"},
		{"furniture only", "<html><body><nav></nav><script>var s = \"“Buy now,” he said\";</script></body></html>", "a page with only a script has no article"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Read("page.html", []byte(tt.in))
			if !errors.Is(err, ErrNoArticle) {
				t.Errorf("%s: got %v, want ErrNoArticle", tt.why, err)
			}
		})
	}
}

func TestReadHTMLNoPanic(t *testing.T) {
	long := "<p>" + strings.Repeat("“He said so. ", 20000) + "</p>"
	for _, in := range []string{
		"\x00\x01\xff\xfe<\x80>",
		"<p>“unbalanced <b>marks <i>and tags</p></div></div>",
		long,
		"<html><head><meta charset=\"no-such-charset\"></head><body><p>Hello.</p></body></html>",
	} {
		d, err := Read("x.html", []byte(in))
		if err == nil && !bytes.Equal(bytes.TrimSpace(d.Text), d.Text) {
			t.Errorf("Text should be trimmed: %q", d.Text[:min(len(d.Text), 40)])
		}
	}
}

func TestReadHTMLTooLarge(t *testing.T) {
	deep := strings.Repeat("<div>", 1000) + "deep" + strings.Repeat("</div>", 1000)
	if _, err := Read("deep.html", []byte(deep)); !errors.Is(err, ErrTooLarge) {
		t.Errorf("1000 nested divs: got %v, want ErrTooLarge (readability's time grows with depth)", err)
	}
	ok := strings.Repeat("<div>", 40) + "<p>“We are ready,” the envoy said.</p>" + strings.Repeat("</div>", 40)
	if _, err := Read("ok.html", []byte(ok)); err != nil {
		t.Errorf("40 nested divs, as real pages have: %v", err)
	}
}

// hostilePages are pages that hung or took minutes before the parser
// was upgraded and bounded; each must now give a result quickly. They
// are also seeds of FuzzReadHTML.
var hostilePages = []struct{ name, page, why string }{
	{"parser-loop", "<table><tbody><svg><td><desc><select></select></tbody>",
		"made x/net/html's parser loop forever (CVE-2025-58190)"},
	{"deep-divs", strings.Repeat("<div>", 100_000) + "deep",
		"100,000 unclosed divs: the parser's time grew with depth squared (CVE-2025-47911)"},
	{"deep-closed", strings.Repeat("<span>", 20_000) + "x" + strings.Repeat("</span>", 20_000),
		"nested deeper than maxHTMLDepth, closed properly"},
	{"many-elements", "<article>" + strings.Repeat("<b>x</b>", maxHTMLElements) + "</article>",
		"more tags than maxHTMLElements, all shallow"},
	{"deep-and-many", strings.Repeat(strings.Repeat("<div>", 250)+"<p>“We will not back down,” the mayor said.</p>"+strings.Repeat("</div>", 250), 790),
		"197,500 elements 250 deep: within the element and depth bounds, it took half a minute in readability"},
}

func TestReadHTMLHostile(t *testing.T) {
	for _, c := range hostilePages {
		t.Run(c.name, func(t *testing.T) {
			// Run under go test's timeout: a hang fails the test.
			_, err := Read(c.name+".html", []byte(c.page))
			if c.name != "parser-loop" {
				require.ErrorIs(t, err, ErrTooLarge, c.why)
			}
		})
	}
}

func TestPrescan(t *testing.T) {
	cases := []struct {
		name, page string
		tooLarge   bool
		why        string
	}{
		{"unclosed-paragraphs", strings.Repeat("<p>para", 5000), false, "the parser closes each <p>: depth stays 1"},
		{"unclosed-items", "<ul>" + strings.Repeat("<li>item", 5000) + "</ul>", false, "likewise for <li>"},
		{"void", strings.Repeat("<br><img src=x>", 5000), false, "void elements never nest"},
		{"self-closing", "<svg>" + strings.Repeat("<path/>", 5000) + "</svg>", false, "self-closing tags never nest"},
		{"stray-end-tags", strings.Repeat("</div>", 5000) + "<div>x</div>", false, "an end tag with nothing to close is ignored"},
		{"script-text", "<script>" + strings.Repeat("<div>", 5000) + "</script>", false, "tags inside a script are text"},
		{"deep", strings.Repeat("<div>", maxHTMLDepth+1), true, "one past the depth limit"},
		{"deep-mixed", strings.Repeat("<div><p><section>", maxHTMLDepth), true, "unclosed divs and sections nest"},
		{"at-depth", strings.Repeat("<div>", maxHTMLDepth), false, "exactly at the depth limit"},
		{"many", strings.Repeat("<br>", maxHTMLElements+1), true, "one past the element limit"},
		{"work", strings.Repeat(strings.Repeat("<div>", 200)+strings.Repeat("</div>", 200), maxHTMLWork/(200*201/2)+1), true, "depths add up past maxHTMLWork"},
		{"real-sized", strings.Repeat(strings.Repeat("<div>", 30)+strings.Repeat("</div>", 30), 300), false, "9,000 elements 30 deep"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := prescan([]byte(c.page))
			if c.tooLarge {
				assert.ErrorIs(t, err, ErrTooLarge, c.why)
			} else {
				assert.NoError(t, err, c.why)
			}
		})
	}
}

func TestReadHTMLCharset(t *testing.T) {
	// No charset declared: valid UTF-8 is read as UTF-8.
	plain := "<html><body><article><p>“Talks will go on,” the envoy said. " + strings.Repeat("Diplomats met for a third day in Geneva. ", 14) + "</p></article></body></html>"
	if d, err := Read("plain.html", []byte(plain)); err != nil || !bytes.HasPrefix(d.Text, []byte("“Talks will go on,”")) {
		t.Errorf("undeclared UTF-8 page: %v %q", err, d.Text[:min(len(d.Text), 40)])
	}

	// A Windows-1252 page: bytes 0x93 and 0x94 are curly double quotes.
	page := "<html><head><meta charset=\"windows-1252\"></head><body><article><p>" +
		"\x93We have no plans to raise rates,\x94 the governor said on Tuesday, adding that inflation would ease by summer. " +
		strings.Repeat("Markets were calm as traders waited for the figures. ", 12) + "</p></article></body></html>"
	d, err := Read("rates.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(d.Text, []byte("“We have no plans to raise rates,”")) {
		t.Errorf("want the page decoded to UTF-8 curly quotes, got %q", d.Text[:min(len(d.Text), 60)])
	}
}

func TestLoadFindsHTML(t *testing.T) {
	dir := t.TempDir()
	b, err := os.ReadFile(testPage)
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string][]byte{
		"a.htm":   b,
		"b.txt":   []byte("“We will reply in writing,” the ministry said."),
		"c.jsonl": []byte(`{"id":"x1","outlet":"Wire","text":"Prices rose, the agency said."}` + "\n"),
		"d.pdf":   []byte("%PDF-1.4"),
		"e.html":  []byte(""),
	} {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	docs, err := verbatim.Load(dir)
	var names []string
	for _, d := range docs {
		names = append(names, filepath.Base(d.Name))
	}
	if strings.Join(names, " ") != "a.htm b.txt c.jsonl#x1" {
		t.Errorf("verbatim.Load(dir) read %v, want a.htm b.txt c.jsonl#x1 (d.pdf is skipped, e.html is empty)", names)
	}
	var list input.ErrorList
	if !errors.As(err, &list) || len(list) != 1 || !errors.Is(list[0], ErrNoArticle) || filepath.Base(list[0].Path) != "e.html" {
		t.Errorf("want one ErrNoArticle for e.html, got %v", err)
	}
	if docs[0].Outlet != "The Harbour Gazette" {
		t.Errorf("HTML metadata lost in Load: %+v", docs[0])
	}
}
