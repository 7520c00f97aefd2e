package verbatim

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"github.com/verbatim-nlp/verbatim/quote"
)

// corpusSeeds returns the seed articles of testdata/corpus.
func corpusSeeds(f *testing.F) [][]byte {
	files, err := filepath.Glob(filepath.Join("testdata", "corpus", "*.txt"))
	if err != nil || len(files) == 0 {
		f.Fatalf("no seed corpus: %v", err)
	}
	var out [][]byte
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		out = append(out, b)
	}
	return out
}

// FuzzPipelineExtract runs the quote and attribute stages together on
// any bytes: no panic, every span, mention and cue in bounds and equal
// to its text, every quote mark of the input in exactly one Mark, and
// no quote lost between the stages.
func FuzzPipelineExtract(f *testing.F) {
	for _, b := range corpusSeeds(f) {
		f.Add(b)
	}
	for _, s := range []string{
		"“We urge restraint,” Foreign Minister Wang Yi said on Thursday.",
		"Peskov told reporters that the Kremlin “has not seen” the letter.\r\n\r\n“It is not true,” he said.",
		"\ufeff“Security cannot be guaranteed,\n\n“by strengthening military blocs,” Lavrov said",
		"\xff“\x00”said Blinken ’s ' \"",
	} {
		f.Add([]byte(s))
	}
	p, err := New(Workers(1))
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		res, _ := p.Extract(src) // warnings leave the result whole
		checkResult(t, src, res)
		// Each mark-like rune lies in exactly one Mark, and every
		// Opening mark still opens a quote after attribution. The
		// pipeline reads the text after a byte order mark, so the marks
		// are those of that text, moved past it.
		body := bytes.TrimPrefix(src, bom)
		skip := len(src) - len(body)
		marks := new(quote.Extractor).Marks(body)
		for i := range marks {
			marks[i].Span = quote.Span{Start: marks[i].Start + skip, End: marks[i].End + skip}
		}
		opens := make(map[quote.Span]bool, len(res.Quotes))
		for _, q := range res.Quotes {
			opens[q.Open] = true
		}
		for _, m := range marks {
			if m.Role == quote.Opening && !opens[m.Span] {
				t.Fatalf("opening mark %+v opens no quote in the result", m)
			}
		}
		k := 0
		for i := 0; i < len(src); {
			r, n := utf8.DecodeRune(src[i:])
			if r != utf8.RuneError && isMarkRune(r) {
				for k < len(marks) && marks[k].End <= i {
					k++
				}
				if k == len(marks) || marks[k].Start > i {
					t.Fatalf("mark-like %q at byte %d is in no Mark", r, i)
				}
			}
			i += n
		}
	})
}

func isMarkRune(r rune) bool {
	switch r {
	case '"', '\'', '«', '»', '‘', '’', '‚', '‛', '“', '”', '„', '‟', '‹', '›', '「', '」', '『', '』', '＂':
		return true
	}
	return false
}

// FuzzCheck clusters two fuzzed articles against a corpus article: no
// panic, every document in the report, every quote and evidence span
// in bounds and equal to the text there, and a report that marshals.
func FuzzCheck(f *testing.F) {
	seeds := corpusSeeds(f)
	for i := range seeds {
		f.Add(seeds[i], seeds[(i+1)%len(seeds)])
	}
	f.Add([]byte("“We urge restraint,” Wang said."), []byte("“We urge all parties to show restraint,” Wang Yi said."))
	p, err := New(Workers(1))
	if err != nil {
		f.Fatal(err)
	}
	base := seeds[0]
	f.Fuzz(func(t *testing.T, a, b []byte) {
		docs := []Document{{Name: "a", Text: a}, {Name: "b", Text: b}, {Name: "c", Text: base}}
		rep, _ := p.Check(docs) // warnings (text not UTF-8) leave the report whole
		if len(rep.Documents) != len(docs) {
			t.Fatalf("report has %d documents, want %d", len(rep.Documents), len(docs))
		}
		text := map[string][]byte{"a": a, "b": b, "c": base}
		inDoc := func(doc string, s, e int, txt string) bool {
			src, ok := text[doc]
			return ok && s >= 0 && e <= len(src) && s <= e && (txt == "" || string(src[s:e]) == txt)
		}
		for _, q := range rep.Quotes {
			if !inDoc(q.Doc, q.Start, q.End, q.Text) {
				t.Fatalf("quote %s %s[%d:%d] out of bounds or text differs", q.ID, q.Doc, q.Start, q.End)
			}
		}
		for _, fl := range rep.Flags {
			for _, e := range fl.Evidence {
				if !inDoc(e.Doc, e.Start, e.End, "") {
					t.Fatalf("%s flag: evidence %+v out of bounds", fl.Kind, e)
				}
			}
		}
		if _, err := json.Marshal(rep); err != nil {
			t.Fatal(err)
		}
	})
}

// FuzzReadJSONL checks that no line is silently dropped: every line
// that is not blank gives a document or an error naming its line, and
// a document's text is the line's "text" field.
func FuzzReadJSONL(f *testing.F) {
	for i, b := range corpusSeeds(f) {
		line, _ := json.Marshal(map[string]any{"id": i, "outlet": "Xinhua", "text": string(b)})
		f.Add(append(line, '\n'))
	}
	f.Add([]byte("{\"text\": \"a\"}\r\n\n{\"id\": \"x\"}\n{bad\n{\"text\": null}\n{\"text\": \"\\ud800\"}"))
	f.Add([]byte("\uFEFF{\"id\": 5, \"text\": \"a\"}\n{\"id\": 5, \"text\": \"b\"}\n{\"id\": 1e3, \"text\": \"c\"}\n{\"id\": [1], \"text\": \"d\"}\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		docs, errs := ReadJSONL("f.jsonl", b)
		lines := 0
		for i, l := range bytes.Split(b, []byte("\n")) {
			if i == 0 {
				l = bytes.TrimPrefix(l, bom) // a byte order mark is no article
			}
			if len(bytes.TrimSpace(l)) > 0 {
				lines++
			}
		}
		if len(docs)+len(errs) != lines {
			t.Fatalf("%d lines gave %d documents and %d errors", lines, len(docs), len(errs))
		}
		for _, e := range errs {
			if e.Path != "f.jsonl" || e.Line < 1 || e.Err == nil {
				t.Fatalf("error without a position: %+v", e)
			}
		}
		for _, d := range docs {
			if d.Name == "" {
				t.Fatal("document without a name")
			}
		}
	})
}
