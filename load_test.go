package verbatim

import (
	"errors"
	"fmt"
	"iter"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/verbatim-nlp/verbatim/attribute"
	"github.com/verbatim-nlp/verbatim/compare"
	"github.com/verbatim-nlp/verbatim/quote"
)

const quoteLine = "“We will not back down,” the mayor said on Tuesday.\n"

func writeFile(t *testing.T, path, s string) {
	t.Helper()
	require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
	require.NoError(t, os.WriteFile(path, []byte(s), 0o644))
}

func names(docs []Document) []string {
	var out []string
	for _, d := range docs {
		out = append(out, d.Name)
	}
	return out
}

// errorsOf returns the *Error values of a Load error.
func errorsOf(err error) ErrorList {
	var l ErrorList
	if errors.As(err, &l) {
		return l
	}
	return nil
}

// TestLoadSymlinks: symbolic links to folders are followed on the
// command line and inside folders, and a loop is reported, not followed
// forever; before, WalkDir skipped both silently.
func TestLoadSymlinks(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "real", "a.txt"), quoteLine)
	writeFile(t, filepath.Join(dir, "other", "b.txt"), quoteLine)
	require.NoError(t, os.Symlink(filepath.Join(dir, "other"), filepath.Join(dir, "real", "linked")))
	require.NoError(t, os.Symlink(filepath.Join(dir, "real"), filepath.Join(dir, "real", "loop")))
	require.NoError(t, os.Symlink(filepath.Join(dir, "real"), filepath.Join(dir, "root-link")))

	docs, err := Load(filepath.Join(dir, "root-link"))
	assert.Equal(t, []string{
		filepath.Join(dir, "root-link", "a.txt"),
		filepath.Join(dir, "root-link", "linked", "b.txt"),
	}, names(docs), "a linked root and a linked subfolder are read")
	errs := errorsOf(err)
	require.Len(t, errs, 1, "the loop is reported once: %v", err)
	assert.ErrorIs(t, errs[0], ErrSymlinkLoop)
	assert.Equal(t, filepath.Join(dir, "root-link", "loop"), errs[0].Path)
	assert.True(t, IsWarning(errs[0]), "nothing was left unread")
}

// TestReadJSONLEdgeCases: a byte order mark, numeric ids and ids of the
// wrong type.
func TestReadJSONLEdgeCases(t *testing.T) {
	text := `"text": "“We will not back down,” the mayor said."`
	cases := []struct {
		name, in string
		want     []string // document names
		errLine  int      // line of the one error, 0 for none
		why      string
	}{
		{"bom", "\uFEFF{\"id\": \"a\", " + text + "}\n", []string{"f.jsonl#a"}, 0, "a BOM used to make line 1 invalid JSON"},
		{"number", `{"id": 5, ` + text + "}\n", []string{"f.jsonl#5"}, 0, "a numeric id used to reject the article"},
		{"float", `{"id": 5.50, ` + text + "}\n", []string{"f.jsonl#5.50"}, 0, "a number is named as written"},
		{"null", `{"id": null, ` + text + "}\n", []string{"f.jsonl:1"}, 0, "a null id is no id"},
		{"object", `{"id": {"x": 1}, ` + text + "}\n" + `{"id": "b", ` + text + "}\n", []string{"f.jsonl#b"}, 1, "an object is no id: an error on its line"},
		{"bom-then-blank", "\uFEFF\n{" + text + "}\n", []string{"f.jsonl:2"}, 0, "a BOM alone on line 1 is a blank line"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			docs, errs := ReadJSONL("f.jsonl", []byte(c.in))
			assert.Equal(t, c.want, names(docs), c.why)
			if c.errLine == 0 {
				assert.Empty(t, errs, c.why)
				return
			}
			require.Len(t, errs, 1, c.why)
			assert.Equal(t, c.errLine, errs[0].Line, c.why)
			assert.ErrorIs(t, errs[0], ErrBadID, c.why)
		})
	}
}

// TestLoadDuplicateNames: a repeated id is a warning, and both articles
// are kept; before, check renamed the second without a word.
func TestLoadDuplicateNames(t *testing.T) {
	dir := t.TempDir()
	line := `{"id": "dup", "text": "“We will not back down,” the mayor said."}` + "\n"
	f := filepath.Join(dir, "wire.jsonl")
	writeFile(t, f, line+line)
	docs, err := Load(f)
	assert.Equal(t, []string{f + "#dup", f + "#dup"}, names(docs))
	errs := errorsOf(err)
	require.Len(t, errs, 1)
	assert.ErrorIs(t, errs[0], ErrDuplicateName)
	assert.True(t, IsWarning(errs[0]))

	// A file given twice is the same case.
	g := filepath.Join(dir, "a.txt")
	writeFile(t, g, quoteLine)
	docs, err = Load(g, g)
	assert.Len(t, docs, 2)
	assert.ErrorIs(t, err, ErrDuplicateName)
}

// TestLoadStreamsJSONL: the JSON Lines reader of Documents gives what
// ReadJSONL gives, error lines included.
func TestLoadStreamsJSONL(t *testing.T) {
	in := "\uFEFF" + `{"id": 1, "text": "a"}` + "\n\n" + `{"text": "b"}` + "\n" + `{broken` + "\n" + `{"id": "z", "text": "c"}`
	f := filepath.Join(t.TempDir(), "f.jsonl")
	writeFile(t, f, in)
	want, wantErrs := ReadJSONL(f, []byte(in))
	got, err := Load(f)
	assert.Equal(t, want, got)
	assert.Equal(t, wantErrs, errorsOf(err))
	assert.Equal(t, []string{f + "#1", f + ":3", f + "#z"}, names(got))
}

// TestBOMText: a byte order mark before a text is left out of the
// analysis (the opening quote used to read as partial) but counted in
// the offsets.
func TestBOMText(t *testing.T) {
	p, err := New()
	require.NoError(t, err)
	plain, err := p.Extract([]byte(quoteLine))
	require.NoError(t, err)
	require.NotEmpty(t, plain.Quotes)
	require.Equal(t, quote.Direct, plain.Quotes[0].Kind)

	text := []byte("\uFEFF" + quoteLine)
	res, err := p.Extract(text)
	require.NoError(t, err)
	require.Len(t, res.Quotes, len(plain.Quotes))
	for i, q := range res.Quotes {
		want := plain.Quotes[i]
		assert.Equal(t, want.Kind, q.Kind, "the BOM changes no kind")
		assert.Equal(t, want.Start+3, q.Start, "offsets count the BOM")
		assert.Equal(t, q.Text, string(text[q.Start:q.End]), "the text at the span is the quote")
		if q.Mention.Text != "" {
			assert.Equal(t, q.Mention.Text, string(text[q.Mention.Start:q.Mention.End]))
		}
	}
	assert.Empty(t, p.Warnings(Document{Name: "bom.txt", Text: text}, res), "a UTF-8 BOM is no warning")
}

// TestExtractEach: results come in order, equal to ExtractAll's, with
// load errors in their place; the number of documents held at once
// stays bounded however many are read; stopping ends the reading.
func TestExtractEach(t *testing.T) {
	const n = 200
	for _, workers := range []int{1, 2, 4} {
		p, err := New(Workers(workers))
		require.NoError(t, err)
		var read, handled atomic.Int64 // the reader and fn run on different goroutines
		maxHeld := int64(0)
		docs := func(yield func(Document, error) bool) {
			for i := range n {
				read.Add(1)
				maxHeld = max(maxHeld, read.Load()-handled.Load())
				var d Document
				var err error
				if i%10 == 3 {
					err = &Error{Path: "bad", Err: errors.New("unreadable")}
				} else {
					d = Document{Name: string(rune('a' + i%26)), Text: []byte(quoteLine)}
				}
				if !yield(d, err) {
					return
				}
			}
		}
		var got []*attribute.Result
		var order []int
		i := 0
		p.ExtractEach(docs, func(d Document, res *attribute.Result, err error) bool {
			handled.Add(1)
			if i%10 == 3 {
				assert.Nil(t, res, "document %d is a load error", i)
				assert.Error(t, err)
			} else {
				assert.NoError(t, err)
				got = append(got, res)
			}
			order = append(order, i)
			i++
			return true
		})
		assert.Equal(t, int64(n), handled.Load())
		assert.LessOrEqual(t, maxHeld, int64(2*workers+3), "workers %d: documents held at once", workers)
		all, err := p.ExtractAll([]Document{{Text: []byte(quoteLine)}})
		require.NoError(t, err)
		assert.Equal(t, all[0], got[len(got)-1])

		// Stopping early stops the reading.
		read.Store(0)
		handled.Store(0)
		p.ExtractEach(iter.Seq2[Document, error](docs), func(Document, *attribute.Result, error) bool { return false })
		assert.LessOrEqual(t, read.Load(), int64(2*workers+3), "workers %d: documents read after fn said stop", workers)
	}
}

// TestCheckEach: the streaming Check gives Check's report, passes load
// errors and warnings to fn in order, and does not depend on the order
// of documents that share a name.
func TestCheckEach(t *testing.T) {
	docs, err := Load(filepath.Join("testdata", "corpus"))
	require.NoError(t, err)
	p, err := New()
	require.NoError(t, err)
	seq := func(docs []Document, errs ...error) iter.Seq2[Document, error] {
		return func(yield func(Document, error) bool) {
			for _, e := range errs {
				if !yield(Document{}, e) {
					return
				}
			}
			for _, d := range docs {
				if !yield(d, nil) {
					return
				}
			}
		}
	}
	var seen []error
	bad := &Error{Path: "missing.txt", Err: os.ErrNotExist}
	got := p.CheckEach(seq(docs, bad), func(_ Document, err error) { seen = append(seen, err) })
	want, err := p.Check(docs)
	require.NoError(t, err)
	assert.Equal(t, want, got)
	assert.Equal(t, []error{bad}, seen)

	// Two documents of one name, in either order.
	a := Document{Name: "same", Text: []byte("“We will not back down,” the mayor said.")}
	b := Document{Name: "same", Text: []byte("“The budget is final,” the treasurer said.")}
	assert.Equal(t, p.CheckEach(seq([]Document{a, b}), nil), p.CheckEach(seq([]Document{b, a}), nil))
}

// TestCheckEachDropsTexts: what CheckEach compares keeps each
// document's quotes and people but not its text.
func TestCheckEachDropsTexts(t *testing.T) {
	p, err := New(Workers(2))
	require.NoError(t, err)
	filler := strings.Repeat("The council met again on Monday and the session ran late.\n\n", 40<<10/60)
	docs := func(yield func(Document, error) bool) {
		for i := range 6 {
			if !yield(Document{Name: fmt.Sprintf("doc%02d.txt", i), Text: []byte(quoteLine + filler)}, nil) {
				return
			}
		}
	}
	ds := p.checkDocs(docs, nil)
	require.Len(t, ds, 6)
	for _, d := range ds {
		assert.Nil(t, d.Text, "%s: the text is let go after extraction", d.Name)
		assert.NotEmpty(t, d.Quotes, "%s: the quotes are kept", d.Name)
	}
}

// TestCheckEachFindsNamesOutsideQuotes: a name misspelt outside any
// quote is found from the capitalised runs CheckEach keeps (the text
// itself is let go), so the streaming report still equals Check's.
func TestCheckEachFindsNamesOutsideQuotes(t *testing.T) {
	p, err := New()
	require.NoError(t, err)
	docs := []Document{
		{Name: "one.txt", Text: []byte("“We will ship the new model in the spring,” Dana Kowalczyk said on Tuesday.\n\nKowalczik later left the stage without taking questions.\n")},
		{Name: "two.txt", Text: []byte("“We will ship the new model in the spring,” said Dana Kowalczyk.\n")},
	}
	want, err := p.Check(docs)
	require.NoError(t, err)
	var variants []string
	for _, f := range want.Flags {
		if f.Kind == compare.NameVariant {
			variants = append(variants, strings.Join(f.Values, " | "))
		}
	}
	require.Contains(t, variants, "Dana Kowalczyk | Kowalczik", "Check finds the misspelling outside the quote")
	got := p.CheckEach(func(yield func(Document, error) bool) {
		for _, d := range docs {
			if !yield(d, nil) {
				return
			}
		}
	}, nil)
	assert.Equal(t, want.Flags, got.Flags)
	assert.Equal(t, want, got)
}
