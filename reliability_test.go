package verbatim

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/verbatim-nlp/verbatim/attribute"
	"github.com/verbatim-nlp/verbatim/quote"
)

// pathological holds inputs that scraped pages really contain, each
// scaled so that anything quadratic in the pipeline would take minutes.
// make builds the input at 1/div of its full size: -short mode and the
// race detector divide by 20. The cases marked big
// (10 MB) run only with "go test -tags long".
var pathological = []struct {
	name string
	big  bool
	make func(div int) []byte
}{
	{"empty", false, func(div int) []byte { return nil }},
	{"invalid UTF-8 and NUL bytes", false, func(div int) []byte {
		return bytes.Repeat([]byte("\xff\xfe\x00“\xe2\x80 Wang said\xc2 ”\x00 \xed\xa0\x80 "), 50000/div)
	}},
	{"a BOM and CRLF line ends", false, func(div int) []byte {
		return []byte("\ufeff" + strings.Repeat("“We urge restraint,” Wang Yi said.\r\n\r\nHe said that talks would go on.\r\n\r\n", 20000/div))
	}},
	{"10 MB single line", true, func(div int) []byte {
		s := "Foreign Minister Wang Yi said “security cannot be guaranteed by strengthening military blocs” and Russia’s 'concerns' matter, officials said. "
		return bytes.Repeat([]byte(s), 10<<20/len(s))
	}},
	{"200,000 opening marks and no closing one", false, func(div int) []byte {
		return []byte("Peskov said " + strings.Repeat("“", 200000/div) + " and left.")
	}},
	{"200,000 straight marks", false, func(div int) []byte {
		return []byte(strings.Repeat(`"a `, 200000/div))
	}},
	{"deeply nested quotes", false, func(div int) []byte {
		return []byte("Lavrov said " + strings.Repeat("“a ‘b ", 100000/div) + strings.Repeat("c’ d” ", 100000/div))
	}},
	{"a quote that never closes across 20,000 paragraphs", false, func(div int) []byte {
		return []byte("Blinken told reporters:\n\n" + strings.Repeat("“We will continue to press for restraint, and we said so to Moscow.\n\n", 20000/div))
	}},
	{"thousands of apostrophes", false, func(div int) []byte {
		return []byte(strings.Repeat("Russia’s leaders’ 'n' don't '90s rock 'n' roll ’til Kyiv's ", 30000/div))
	}},
	{"right-to-left text and emoji", false, func(div int) []byte {
		return []byte(strings.Repeat("قال الوزير «نحن ندعو إلى ضبط النفس» 🇺🇦 “שלום,” said the minister 😀‍👩‍👧 ", 30000/div))
	}},
	{"one word repeated", false, func(div int) []byte {
		return bytes.Repeat([]byte("said "), 400000/div)
	}},
	{"capitalised names without end", false, func(div int) []byte {
		return bytes.Repeat([]byte("Wang Yi Sergei Lavrov Antony Blinken "), 60000/div)
	}},
}

// TestPathologicalPipeline runs Extract and Check over each input and
// checks the time bound and the span invariants.
func TestPathologicalPipeline(t *testing.T) {
	p, err := New(Workers(1))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range pathological {
		t.Run(tt.name, func(t *testing.T) {
			if tt.big && !long {
				t.Skip("10 MB input: run with go test -tags long")
			}
			div := 1
			if testing.Short() || raceEnabled {
				div = 20
			}
			src := tt.make(div)
			start := time.Now()
			res, _ := p.Extract(src) // warnings expected: the inputs pass the limits
			ext := time.Since(start)
			checkResult(t, src, res)
			rep, _ := p.Check([]Document{{Name: "a", Text: src}, {Name: "b", Text: src}}) // warnings expected: the inputs pass the limits
			if len(rep.Documents) != 2 {
				t.Errorf("report has %d documents, want 2", len(rep.Documents))
			}
			// No timing is asserted: linear time is tested by counting
			// work (compare's TestComplexity, attribute's
			// TestLinearWork); a hang fails under go test's -timeout.
			t.Logf("%d bytes: extract %v, total %v, %d quotes", len(src), ext, time.Since(start), len(res.Quotes))
		})
	}
}

// checkResult checks the invariants of one Extract result: every span
// in bounds with its text equal to the bytes there, mentions and cues
// likewise, quotes sorted by Start.
func checkResult(t *testing.T, src []byte, r *attribute.Result) {
	t.Helper()
	if r == nil {
		t.Fatal("nil result")
	}
	in := func(s quote.Span) bool { return s.Start >= 0 && s.End <= len(src) && s.Start <= s.End }
	for i, q := range r.Quotes {
		if !in(q.Span()) || string(src[q.Start:q.End]) != q.Text {
			t.Fatalf("quote %d [%d:%d] out of bounds or text differs", i, q.Start, q.End)
		}
		if i > 0 && q.Start < r.Quotes[i-1].Start {
			t.Fatalf("quote %d not sorted: %d after %d", i, q.Start, r.Quotes[i-1].Start)
		}
		if q.Kind < quote.Direct || q.Kind > quote.Term {
			t.Fatalf("quote %d has kind %d", i, q.Kind)
		}
		for _, s := range []quote.Span{q.Open, q.Close} {
			if !in(s) {
				t.Fatalf("quote %d: mark %v out of bounds", i, s)
			}
		}
		if !q.Open.Empty() && q.Open.End > q.Start || !q.Close.Empty() && q.Close.Start < q.End {
			t.Fatalf("quote %d [%d:%d]: marks %v %v overlap the text", i, q.Start, q.End, q.Open, q.Close)
		}
		for _, s := range q.Parts {
			if !in(s) || s.Start < q.Start || s.End > q.End {
				t.Fatalf("quote %d: part %v outside [%d:%d]", i, s, q.Start, q.End)
			}
		}
		for _, m := range []quote.Mention{q.Mention, q.Cue} {
			if m != (quote.Mention{}) && (!in(m.Span()) || string(src[m.Start:m.End]) != m.Text) {
				t.Fatalf("quote %d: mention %+v out of bounds or text differs", i, m)
			}
		}
	}
	for _, p := range r.People {
		for _, m := range append(p.Mentions[:len(p.Mentions):len(p.Mentions)], p.Titles...) {
			if !in(m.Span()) || string(src[m.Start:m.End]) != m.Text {
				t.Fatalf("person %q: mention %+v out of bounds or text differs", p.Name, m)
			}
		}
	}
}

func TestParts(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		limit int
		want  []string // the parts
	}{
		{"within the limit", "Wang said so.", 20, []string{"Wang said so."}},
		{"at a blank line", "Wang said so.\n\nLavrov agreed.\n\nBlinken did not.", 34,
			[]string{"Wang said so.\n\nLavrov agreed.\n\n", "Blinken did not."}},
		{"a line break when no blank line is late enough", "Wang said so.\n\nLavrov agreed.\nBlinken did not.", 34,
			[]string{"Wang said so.\n\nLavrov agreed.\n", "Blinken did not."}},
		{"a space on one long line", "Wang said that security cannot be guaranteed", 20,
			[]string{"Wang said that ", "security cannot be ", "guaranteed"}},
		{"a rune boundary with no space", "“安全不能靠强化军事集团来保障”", 10,
			[]string{"“安全", "不能靠", "强化军", "事集团", "来保障", "”"}},
		{"invalid UTF-8 with no rune start", strings.Repeat("\x80", 25), 10,
			[]string{strings.Repeat("\x80", 10), strings.Repeat("\x80", 10), strings.Repeat("\x80", 5)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			start := 0
			for _, end := range parts([]byte(tt.text), tt.limit) {
				got = append(got, tt.text[start:end])
				start = end
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("parts (-want +got):\n-%q\n+%q", tt.want, got)
			}
		})
	}
}

// TestExtractInParts reads a long wire story in parts of 4 KiB: the
// quotes are those of reading it whole, with offsets into the whole
// text, and each split is a warning naming the document and offset.
func TestExtractInParts(t *testing.T) {
	para := "“We urge all parties to show restraint,” Chinese Foreign Minister Wang Yi said on Thursday.\n\n" +
		"Kremlin spokesman Dmitry Peskov told reporters that Moscow had “no plans” to invade.\n\n" +
		"“Security cannot be guaranteed by strengthening military blocs,” Wang added.\n\n"
	src := []byte(strings.Repeat(para, 200))
	whole, err := New(Workers(1))
	if err != nil {
		t.Fatal(err)
	}
	split, err := New(Workers(1), MaxDocumentBytes(4096))
	if err != nil {
		t.Fatal(err)
	}
	want, _ := whole.Extract(src) // no limit is passed
	got, err := split.ExtractDoc(Document{Name: "wire.txt", Text: src})
	checkResult(t, src, got)
	if len(got.Quotes) != len(want.Quotes) {
		t.Fatalf("%d quotes in parts, %d whole", len(got.Quotes), len(want.Quotes))
	}
	for i := range want.Quotes {
		if g, w := got.Quotes[i], want.Quotes[i]; g.Span() != w.Span() || g.Open != w.Open || g.Close != w.Close || g.Kind != w.Kind {
			t.Fatalf("quote %d: got %v, want %v", i, g, w)
		}
	}
	var list ErrorList
	if !errors.As(err, &list) {
		t.Fatalf("ExtractDoc error %v, want an ErrorList", err)
	}
	ends := parts(src, 4096)
	if len(list) != len(ends)-1 {
		t.Fatalf("%d warnings for %d splits", len(list), len(ends)-1)
	}
	for i, e := range list {
		var le *Warning
		if e.Path != "wire.txt" || !errors.As(e, &le) || le.Offset != ends[i] || !errors.Is(e, ErrDocumentTooLarge) {
			t.Fatalf("warning %d = %v, want a split at byte %d", i, e, ends[i])
		}
		if !bytes.HasSuffix(src[:le.Offset], []byte("\n\n")) {
			t.Errorf("split at byte %d is not at a blank line", le.Offset)
		}
	}
	if len(got.People) == 0 || len(got.People) > len(want.People) {
		t.Errorf("%d people in parts, %d whole: parts' people were not merged", len(got.People), len(want.People))
	}
}

// TestLongQuoteWarns keeps a quote over the length limit and warns at
// its start.
func TestLongQuoteWarns(t *testing.T) {
	src := []byte("Peskov said: “" + strings.Repeat("We have said it many times. ", 10) + "”\n\n“Short,” he added.")
	p, err := New(MaxQuoteBytes(200))
	if err != nil {
		t.Fatal(err)
	}
	res, err := p.ExtractDoc(Document{Name: "tass.txt", Text: src})
	if len(res.Quotes) != 2 {
		t.Fatalf("got %d quotes, want 2 (the long one kept)", len(res.Quotes))
	}
	want := fmt.Sprintf("tass.txt:1:17: %v (279 bytes, limit 200)", ErrQuoteTooLong) // the quote starts at byte 16
	if err == nil || err.Error() != want {
		t.Errorf("error = %v\nwant    %s", err, want)
	}
	if _, err := p.ExtractDoc(Document{Name: "ok.txt", Text: src[bytes.Index(src, []byte("\n\n")):]}); err != nil {
		t.Errorf("a short document warned: %v", err)
	}
}

// TestSplitLongLine reads a 10 MB single line in parts of 1 MiB: split
// at spaces, in linear time, with every span valid.
func TestSplitLongLine(t *testing.T) {
	if !long {
		t.Skip("10 MB input: run with go test -tags long")
	}
	s := "Russian Foreign Minister Sergei Lavrov said Moscow’s demands were “not a menu” and that talks would go on. "
	src := bytes.Repeat([]byte(s), 10<<20/len(s))
	p, err := New(MaxDocumentBytes(1 << 20))
	if err != nil {
		t.Fatal(err)
	}
	res, err := p.ExtractDoc(Document{Name: "line.txt", Text: src}) // a hang fails under go test's -timeout
	checkResult(t, src, res)
	var list ErrorList
	if !errors.As(err, &list) || len(list) != 9 { // ten parts of just under 1 MiB
		t.Fatalf("got %v, want 9 split warnings", err)
	}
	for _, e := range list {
		var w *Warning
		if !errors.As(e, &w) || w.Offset < 1 || src[w.Offset-1] != ' ' {
			t.Errorf("%v: not a split after a space", e)
		}
	}
	if n := bytes.Count(src, []byte("“")); len(res.Quotes) < n-len(list) {
		t.Errorf("%d quotes for %d quote marks and %d splits", len(res.Quotes), n, len(list))
	}
}

func TestNotUTF8Warns(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, text string
		offset     int // -1: no warning
	}{
		{"UTF-8", "“We urge restraint,” Wang Yi said.", -1},
		{"Windows-1252 curly quotes", "Wang Yi said \x93we urge restraint\x94 on Thursday.", 13},
		{"UTF-16 with a byte order mark", "\xff\xfe\x1c\x20W\x00e\x00", 0},
		{"a UTF-8 byte order mark is fine", "\ufeff“Talks will go on,” Peskov said.", -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := p.ExtractDoc(Document{Name: "page.txt", Text: []byte(tt.text)})
			var w *Warning
			switch {
			case tt.offset < 0 && err != nil:
				t.Errorf("unexpected warning: %v", err)
			case tt.offset >= 0 && (!errors.As(err, &w) || w.Offset != tt.offset || !errors.Is(err, ErrNotUTF8)):
				t.Errorf("got %v, want ErrNotUTF8 at byte %d", err, tt.offset)
			}
		})
	}
}
