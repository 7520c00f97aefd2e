package gold

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/verbatim-nlp/verbatim/quote"
)

// load returns the gold and the corpus files it annotates.
func load(t *testing.T) (*Gold, map[string][]byte) {
	t.Helper()
	g, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	dir, err := TestdataDir()
	if err != nil {
		t.Fatal(err)
	}
	names, err := filepath.Glob(filepath.Join(dir, "corpus", "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	src := make(map[string][]byte)
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		src[filepath.Base(n)] = b
	}
	return g, src
}

func TestDocumentsMatchCorpus(t *testing.T) {
	g, src := load(t)
	if len(src) == 0 {
		t.Fatal("no corpus files")
	}
	seen := map[string]bool{}
	for _, d := range g.Documents {
		if src[d.Doc] == nil {
			t.Errorf("gold document %s has no corpus file", d.Doc)
		}
		if seen[d.Doc] {
			t.Errorf("document %s listed twice", d.Doc)
		}
		seen[d.Doc] = true
		if g.Doc(d.Doc) == nil {
			t.Errorf("Doc(%q) = nil", d.Doc)
		}
	}
	for name := range src {
		if !seen[name] {
			t.Errorf("corpus file %s has no gold document", name)
		}
	}
	if g.Doc("no-such-file.txt") != nil {
		t.Error("Doc of an unknown name is not nil")
	}
}

// TestSpansMatchBytes checks that every text is the file's bytes at its offsets.
func TestSpansMatchBytes(t *testing.T) {
	g, src := load(t)
	for _, d := range g.Documents {
		b := src[d.Doc]
		for _, q := range d.Quotes {
			if err := checkText(b, q.Start, q.End, q.Text); err != nil {
				t.Errorf("%s quote: %v", q.ID, err)
			}
			for _, m := range []struct {
				what string
				m    quote.Mention
			}{{"mention", q.Mention}, {"cue", q.Cue}} {
				if m.m == (quote.Mention{}) {
					continue
				}
				if m.m.Text == "" {
					t.Errorf("%s %s: empty text at [%d,%d)", q.ID, m.what, m.m.Start, m.m.End)
					continue
				}
				if err := checkText(b, m.m.Start, m.m.End, m.m.Text); err != nil {
					t.Errorf("%s %s: %v", q.ID, m.what, err)
				}
			}
		}
	}
}

func checkText(b []byte, start, end int, text string) error {
	if start < 0 || end > len(b) || start >= end {
		return fmt.Errorf("bad span [%d,%d) in %d bytes", start, end, len(b))
	}
	if got := string(b[start:end]); got != text {
		return fmt.Errorf("bytes [%d,%d) are %q, text is %q", start, end, got, text)
	}
	if !utf8.ValidString(text) {
		return fmt.Errorf("span [%d,%d) splits a character", start, end)
	}
	return nil
}

func TestIDsAndOrder(t *testing.T) {
	g, _ := load(t)
	ids := map[string]bool{}
	for _, d := range g.Documents {
		for i, q := range d.Quotes {
			if want := fmt.Sprintf("%s-%02d", d.Doc[:3], i+1); q.ID != want {
				t.Errorf("%s: quote %d has id %q, want %q", d.Doc, i, q.ID, want)
			}
			if ids[q.ID] {
				t.Errorf("duplicate id %s", q.ID)
			}
			ids[q.ID] = true
			if i > 0 && q.Start < d.Quotes[i-1].Start {
				t.Errorf("%s starts before %s: quotes not sorted by start", q.ID, d.Quotes[i-1].ID)
			}
			if q.Kind < quote.Direct || q.Kind > quote.Term {
				t.Errorf("%s: invalid kind %v", q.ID, q.Kind)
			}
		}
	}
}

// TestNesting checks that spans at the same depth do not overlap and
// that a span at depth d > 0 lies inside one at depth d-1.
func TestNesting(t *testing.T) {
	g, _ := load(t)
	for _, d := range g.Documents {
		last := map[int]Quote{} // depth -> latest span seen at that depth
		for _, q := range d.Quotes {
			if q.Depth < 0 {
				t.Errorf("%s: negative depth", q.ID)
				continue
			}
			if p, ok := last[q.Depth]; ok && q.Start < p.End {
				t.Errorf("%s [%d,%d) overlaps %s [%d,%d) at depth %d", q.ID, q.Start, q.End, p.ID, p.Start, p.End, q.Depth)
			}
			if q.Depth > 0 {
				p, ok := last[q.Depth-1]
				if !ok || q.Start < p.Start || q.End > p.End {
					t.Errorf("%s at depth %d is not inside a depth-%d span", q.ID, q.Depth, q.Depth-1)
				}
			}
			last[q.Depth] = q
		}
	}
}

var (
	openMarks  = []string{"\"", "“", "‘", "«", "„", "‹", "'"}
	closeMarks = []string{"\"", "”", "’", "»", "“", "›", "'"}
)

func hasSuffixAny(b []byte, ss []string) bool {
	for _, s := range ss {
		if bytes.HasSuffix(b, []byte(s)) {
			return true
		}
	}
	return false
}

func hasPrefixAny(b []byte, ss []string) bool {
	for _, s := range ss {
		if bytes.HasPrefix(b, []byte(s)) {
			return true
		}
	}
	return false
}

// TestPunctuationConvention checks the offset rules of quote.Quote: marks
// and outer white space excluded, a trailing , ; : excluded, a terminal
// . ? ! … inside the marks kept; indirect spans hold no marks and no
// final period.
func TestPunctuationConvention(t *testing.T) {
	g, src := load(t)
	for _, d := range g.Documents {
		b := src[d.Doc]
		for _, q := range d.Quotes {
			text := q.Text
			if strings.TrimSpace(text) != text {
				t.Errorf("%s: outer white space in %q", q.ID, text)
			}
			if strings.ContainsAny(text[len(text)-1:], ",;:") {
				t.Errorf("%s: trailing , ; or : kept in %q", q.ID, text)
			}
			if q.Kind == quote.Indirect {
				if hasPrefixAny([]byte(text), openMarks) || strings.ContainsAny(text, "“”\"«»") {
					t.Errorf("%s: indirect span holds quote marks: %q", q.ID, text)
				}
				if strings.HasSuffix(text, ".") {
					t.Errorf("%s: indirect span keeps the sentence's period: %q", q.ID, text)
				}
				continue
			}
			before := bytes.TrimRight(b[:q.Start], " \t\n")
			if !hasSuffixAny(before, openMarks) {
				t.Errorf("%s: no opening mark before %q", q.ID, text)
			}
			after := bytes.TrimLeft(b[q.End:], " \t\n")
			if !hasPrefixAny(after, closeMarks) {
				// Only a , ; or : may stand between the text and the closing mark.
				if len(after) == 0 || !strings.ContainsRune(",;:", rune(after[0])) || !hasPrefixAny(bytes.TrimLeft(after[1:], " "), closeMarks) {
					t.Errorf("%s: %q is not followed by a closing mark (or , ; : and a mark)", q.ID, text)
				}
			}
		}
	}
}

func TestAttributionFields(t *testing.T) {
	g, _ := load(t)
	for _, d := range g.Documents {
		for _, q := range d.Quotes {
			switch {
			case q.Kind == quote.Term:
				if q.Speaker != "" || q.Mention != (quote.Mention{}) || q.Cue != (quote.Mention{}) || q.Reporter != "" {
					t.Errorf("%s: term with attribution", q.ID)
				}
			case q.Speaker == "":
				if q.Mention != (quote.Mention{}) || q.Title != "" || q.Reporter != "" {
					t.Errorf("%s: no speaker but a mention, title or reporter", q.ID)
				}
			default:
				if q.Mention.Text == "" {
					t.Errorf("%s: speaker %q without a mention", q.ID, q.Speaker)
				}
			}
			if q.Reporter != "" && q.Reporter == q.Speaker {
				t.Errorf("%s: reporter is the speaker", q.ID)
			}
		}
	}
}

func TestStatements(t *testing.T) {
	g, _ := load(t)
	names := speakerNames(g)
	ids := map[string]bool{}
	member := map[string]string{}
	for _, s := range g.Statements {
		if ids[s.ID] {
			t.Errorf("duplicate statement id %s", s.ID)
		}
		ids[s.ID] = true
		if !names[s.Speaker] {
			t.Errorf("%s: speaker %q is not in speakers", s.ID, s.Speaker)
		}
		docs := map[string]bool{}
		for _, id := range s.Quotes {
			q, d := g.Quote(id)
			if q == nil {
				t.Errorf("%s: unknown quote %s", s.ID, id)
				continue
			}
			if q.Kind == quote.Term {
				t.Errorf("%s: term %s in a statement", s.ID, id)
			}
			if other, ok := member[id]; ok {
				t.Errorf("quote %s is in %s and %s", id, other, s.ID)
			}
			member[id] = s.ID
			docs[d.Doc] = true
		}
		if len(docs) < 2 {
			t.Errorf("%s: members from %d article(s), want at least 2", s.ID, len(docs))
		}
	}
}

func speakerNames(g *Gold) map[string]bool {
	names := map[string]bool{}
	for _, s := range g.Speakers {
		names[s.Name] = true
	}
	return names
}

func TestSpeakers(t *testing.T) {
	g, src := load(t)
	seen := map[string]bool{}
	for _, s := range g.Speakers {
		if seen[s.Name] {
			t.Errorf("speaker %q listed twice", s.Name)
		}
		seen[s.Name] = true
		if s.Kind != "person" && s.Kind != "organisation" {
			t.Errorf("%s: kind %q", s.Name, s.Kind)
		}
		for _, a := range s.Aliases {
			if !inAny(src, a) {
				t.Errorf("%s: alias %q occurs in no article", s.Name, a)
			}
		}
		total := map[string]int{}
		for doc, titles := range s.TitlesByDoc {
			b, ok := src[doc]
			if !ok {
				t.Errorf("%s: titles for unknown document %s", s.Name, doc)
				continue
			}
			for title, n := range titles {
				if got := bytes.Count(b, []byte(title)); got < n {
					t.Errorf("%s: title %q counted %d times in %s, occurs %d", s.Name, title, n, doc, got)
				}
				total[title] += n
			}
		}
		if fmt.Sprint(total) != fmt.Sprint(nonNil(s.Titles)) {
			t.Errorf("%s: titles %v are not the sum of titles_by_doc %v", s.Name, s.Titles, total)
		}
	}
}

func nonNil(m map[string]int) map[string]int {
	if m == nil {
		return map[string]int{}
	}
	return m
}

func inAny(src map[string][]byte, s string) bool {
	for _, b := range src {
		if bytes.Contains(b, []byte(s)) {
			return true
		}
	}
	return false
}

func TestFlags(t *testing.T) {
	g, src := load(t)
	names := speakerNames(g)
	statements := map[string]bool{}
	for _, s := range g.Statements {
		statements[s.ID] = true
	}
	kinds := map[string]bool{TitleConflict: true, NameVariant: true, VariantWording: true, Truncated: true, SpeakerConflict: true}
	for i, f := range g.Flags {
		where := fmt.Sprintf("flag %d (%s %s)", i, f.Kind, f.Subject)
		if !kinds[f.Kind] {
			t.Errorf("%s: unknown kind", where)
		}
		if !names[f.Subject] && !statements[f.Subject] {
			t.Errorf("%s: subject is neither a speaker nor a statement", where)
		}
		if len(f.Values) < 2 {
			t.Errorf("%s: %d values, want at least 2", where, len(f.Values))
		}
		for _, id := range f.Quotes {
			if q, _ := g.Quote(id); q == nil {
				t.Errorf("%s: unknown quote %s", where, id)
			}
		}
		for _, doc := range f.Docs {
			if src[doc] == nil {
				t.Errorf("%s: unknown document %s", where, doc)
			}
		}
		switch f.Kind {
		case NameVariant, TitleConflict:
			for _, v := range f.Values {
				if !inAny(src, v) {
					t.Errorf("%s: value %q occurs in no article", where, v)
				}
			}
		case Truncated:
			if len(f.Values) == 2 && !strings.Contains(f.Values[0], strings.TrimRight(f.Values[1], ".?!…")) {
				t.Errorf("%s: %q is not part of %q", where, f.Values[1], f.Values[0])
			}
		}
	}
}

// TestFlagsCoverStatements checks that each statement whose members are
// worded differently has a variant-wording or truncated flag.
func TestFlagsCoverStatements(t *testing.T) {
	g, _ := load(t)
	flagged := map[string]bool{}
	for _, f := range g.Flags {
		if f.Kind == VariantWording || f.Kind == Truncated {
			flagged[f.Subject] = true
		}
	}
	for _, s := range g.Statements {
		texts := map[string]bool{}
		for _, id := range s.Quotes {
			if q, _ := g.Quote(id); q != nil {
				texts[strings.TrimRight(q.Text, ".?!…")] = true
			}
		}
		if len(texts) > 1 && !flagged[s.ID] {
			keys := make([]string, 0, len(texts))
			for k := range texts {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			t.Errorf("%s: %d different wordings but no variant-wording or truncated flag: %q", s.ID, len(texts), keys)
		}
	}
}

func TestLoadErrors(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name, content string
	}{
		{"unknown field", `{"documents": [{"doc": "a.txt", "quotes": [{"id": "000-01", "speeker": "Wang"}]}]}`},
		{"bad kind", `{"documents": [{"doc": "a.txt", "quotes": [{"id": "000-01", "kind": "quoted"}]}]}`},
		{"truncated file", `{"documents": [`},
	}
	for _, tt := range tests {
		p := filepath.Join(dir, strings.ReplaceAll(tt.name, " ", "_")+".json")
		if err := os.WriteFile(p, []byte(tt.content), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := Load(p); err == nil {
			t.Errorf("%s: Load succeeded, want an error", tt.name)
		}
	}
	if _, err := Load(filepath.Join(dir, "missing.json")); err == nil {
		t.Error("Load of a missing file succeeded")
	}
}

func TestAsQuote(t *testing.T) {
	g, _ := load(t)
	q, _ := g.Quote("000-03")
	if q == nil {
		t.Fatal("000-03 missing")
	}
	got := q.AsQuote()
	if got.Span() != q.Span() || got.Text != q.Text || got.Kind != quote.Direct || got.Speaker != "Wang Yi" || got.Cue != q.Cue || got.Via != q.Via {
		t.Errorf("AsQuote() = %+v, want the fields of %+v", got, *q)
	}
}
