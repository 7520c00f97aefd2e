package attribute

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/verbatim-nlp/verbatim/quote"
)

func titlesOf(r *Result, name string) ([]string, bool) {
	for _, p := range r.People {
		if p.Name == name {
			var ts []string
			for _, t := range p.Titles {
				ts = append(ts, t.Text)
			}
			return ts, true
		}
	}
	return nil, false
}

func TestPeople(t *testing.T) {
	a, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, why, src, person string
		kind                   string
		titles                 []string
	}{
		{
			name: "possessive-title", why: "a country's possessive is part of the title",
			src:    "China’s Foreign Minister Xi Jinping said that several international forces are meddling.",
			person: "Xi Jinping", kind: KindPerson, titles: []string{"China’s Foreign Minister"},
		},
		{
			name: "unquoted", why: "titled people who are never quoted are listed too",
			src:    "Chinese President Xi Jinping has backed his Russian colleague Vladimir Putin.",
			person: "Xi Jinping", kind: KindPerson, titles: []string{"Chinese President"},
		},
		{
			name: "title-comma-name", why: "a title phrase, a comma, then the name",
			src:    "Vladimir Putin’s foreign affairs adviser, Yuri Ushakov, said Putin expressed concern.",
			person: "Yuri Ushakov", kind: KindPerson, titles: []string{"Vladimir Putin’s foreign affairs adviser"},
		},
		{
			name: "relative-clause", why: "a relative clause after the name is no title: its title words are someone else's",
			src:    "Moscow passed its proposals to US Assistant Secretary of State for European and Eurasian Affairs Karen Donfried, who visited the Russian capital and met with Russia’s deputy foreign minister, Sergei Ryabkov.",
			person: "Karen Donfried", kind: KindPerson, titles: []string{"US Assistant Secretary of State for European and Eurasian Affairs"},
		},
		{
			name: "long-title", why: "of/for/and inside a title",
			src:    "Moscow passed its proposals to US Assistant Secretary of State for European and Eurasian Affairs Karen Donfried, who visited.",
			person: "Karen Donfried", kind: KindPerson, titles: []string{"US Assistant Secretary of State for European and Eurasian Affairs"},
		},
		{
			name: "name-variants", why: "a later fuller name replaces the short one",
			src:    "“We are ready,” Putin said.\nRussian President Vladimir Putin spoke on Wednesday.",
			person: "Vladimir Putin", kind: KindPerson, titles: []string{"Russian President"},
		},
		{
			name: "organisation", why: "an organisation as speaker",
			src:    "The Kremlin denies that it has any plans to attack Ukraine.",
			person: "Kremlin", kind: KindOrganization,
		},
		{
			name: "outlet", why: "a name after an outlet noun is an organisation",
			src:    "Spanish newspaper El Pais said the document was genuine.",
			person: "El Pais", kind: KindOrganization, titles: []string{"Spanish newspaper"},
		},
		{
			name: "headline-capitals", why: "capitalised headline words are not titles",
			src:    "Read: Putin Trolls US President Biden Because He Believes Biden’s Weak",
			person: "Biden", kind: KindPerson, titles: []string{"US President"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := a.Attribute([]byte(tc.src), findQuotes(tc.src))
			var p *Person
			for i := range r.People {
				if r.People[i].Name == tc.person {
					p = &r.People[i]
				}
			}
			if p == nil {
				t.Fatalf("%s: no person %q in %+v", tc.why, tc.person, r.People)
			}
			ts, _ := titlesOf(r, tc.person)
			if p.Kind != tc.kind || !slices.Equal(ts, tc.titles) {
				t.Errorf("%s (-want +got):\n-%s %q\n+%s %q", tc.why, tc.kind, tc.titles, p.Kind, ts)
			}
			for _, m := range append(p.Mentions, p.Titles...) {
				if m.Start < 0 || m.End > len(tc.src) || tc.src[m.Start:m.End] != m.Text {
					t.Errorf("mention %+v does not match the source", m)
				}
			}
		})
	}
}

// TestNoPanic feeds hostile input: invalid UTF-8, empty, unbalanced
// marks, a huge line, quotes with offsets out of range.
func TestNoPanic(t *testing.T) {
	a, err := New()
	if err != nil {
		t.Fatal(err)
	}
	huge := make([]byte, 0, 1<<20)
	for len(huge) < 1<<20 {
		huge = append(huge, "“Yes,” he said, and Wang said that it was fine, "...)
	}
	inputs := [][]byte{
		nil, {}, []byte("\xff\xfe\x00“"), []byte("“"), []byte("”said Wang."), []byte("said"), []byte(", said"),
		[]byte("“unclosed, Wang said"), []byte("\n\n\n"), huge, []byte("Mr. Mr. Mr. ’s ’s , , said said that that"),
		// A title word that ends the text, where a comma and a name
		// could follow it: the scan must not read past the last token.
		[]byte("He praised the Foreign Minister"),
	}
	bad := []quote.Quote{
		{Start: -5, End: 3, Kind: quote.Direct}, {Start: 2, End: 1 << 30, Kind: quote.Partial},
		{Start: 0, End: 1, Kind: quote.Direct, Open: quote.Span{Start: -1, End: 99}, Close: quote.Span{Start: 5, End: 2}},
		{Start: 0, End: 0, Kind: 0}, {Start: 1, End: 2, Kind: quote.Indirect, Depth: 3},
	}
	for _, in := range inputs {
		r := a.Attribute(in, findQuotes(string(in)))
		checkInvariants(t, in, r)
		r = a.Attribute(in, bad)
		if len(r.Quotes) < len(bad) {
			t.Errorf("quotes dropped: %d < %d", len(r.Quotes), len(bad))
		}
	}
}

func checkInvariants(t *testing.T, src []byte, r *Result) {
	t.Helper()
	for _, q := range r.Quotes {
		if q.Kind != quote.Indirect {
			continue
		}
		if q.Start < 0 || q.End > len(src) || q.Start > q.End || string(src[q.Start:q.End]) != q.Text {
			t.Fatalf("indirect quote %v out of bounds or text mismatch", q)
		}
	}
	for _, q := range r.Quotes {
		for _, m := range []quote.Mention{q.Mention, q.Cue} {
			if m == (quote.Mention{}) {
				continue
			}
			if m.Start < 0 || m.End > len(src) || m.Start > m.End || string(src[m.Start:m.End]) != m.Text {
				t.Fatalf("mention %+v of %v does not match the source", m, q)
			}
		}
		if q.Kind == quote.Term && q.Speaker != "" {
			t.Fatalf("term %v has a speaker", q)
		}
	}
	for i := 1; i < len(r.Quotes); i++ {
		if r.Quotes[i].Start < r.Quotes[i-1].Start {
			t.Fatalf("quotes not sorted by Start")
		}
	}
}

func FuzzAttribute(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "corpus", "*.txt"))
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	for _, tc := range ruleTests {
		f.Add([]byte(tc.src))
	}
	a, err := New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		r := a.Attribute(src, quote.Extract(src))
		checkInvariants(t, src, r)
		if utf8.Valid(src) {
			for _, p := range r.People {
				if p.Name == "" {
					t.Fatalf("person without a name: %+v", p)
				}
			}
		}
	})
}

func BenchmarkAttribute(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "corpus", "*.txt"))
	var docs [][]byte
	var qs [][]quote.Quote
	n := 0
	for _, p := range files {
		src, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, src)
		qs = append(qs, quote.Extract(src))
		n += len(src)
	}
	a, err := New()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for k, src := range docs {
			a.Attribute(src, qs[k])
		}
	}
}

// TestConcurrent runs one Attributor from several goroutines; with
// -race it checks that Attribute only reads the Attributor.
func TestConcurrent(t *testing.T) {
	a, err := New()
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "corpus", "*.txt"))
	var srcs [][]byte
	var want []string
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		srcs = append(srcs, b)
		want = append(want, fmt.Sprint(a.Attribute(b, quote.Extract(b))))
	}
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i, b := range srcs {
				if got := fmt.Sprint(a.Attribute(b, quote.Extract(b))); got != want[i] {
					t.Errorf("%s: concurrent result differs", files[i])
				}
			}
		}()
	}
	wg.Wait()
}
