package verbatim

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/verbatim-nlp/verbatim/attribute"
	"github.com/verbatim-nlp/verbatim/compare"
	"github.com/verbatim-nlp/verbatim/quote"
)

// MaxDocumentBytes keeps parts within what package attribute's 32-bit
// offsets can tokenize; New rejects values out of range, as it does
// for every option.
func TestOptionsRange(t *testing.T) {
	for _, tt := range []struct {
		name string
		opt  Option
		ok   bool
	}{
		{"a small document limit", MaxDocumentBytes(4096), true},
		{"the largest document limit", MaxDocumentBytes(1 << 30), true},
		{"past 32-bit offsets", MaxDocumentBytes(1<<30 + 1), false},
		{"under 1 KiB", MaxDocumentBytes(100), false},
		{"one-byte quotes", MaxQuoteBytes(1), true},
		{"no quote at all", MaxQuoteBytes(0), false},
		{"one worker", Workers(1), true},
		{"no worker", Workers(0), false},
		{"a stage's option", CompareOptions(compare.Threshold(2)), false},
		{"a quote option", QuoteOptions(quote.MaxDepth(0)), false},
	} {
		p, err := New(tt.opt)
		if tt.ok {
			assert.NoError(t, err, tt.name)
			assert.NotNil(t, p, tt.name)
			continue
		}
		assert.Error(t, err, tt.name)
		assert.True(t, errors.Is(err, ErrBadOption) || errors.Is(err, compare.ErrBadOption) || errors.Is(err, quote.ErrBadOption), "%s: %v", tt.name, err)
	}
	p, err := New(MaxDocumentBytes(4096))
	require.NoError(t, err)
	assert.Equal(t, 4096, p.limits.maxDoc)
}

// The zero Pipeline works like New(): it used to split every text into
// parts of 0 bytes, forever.
func TestZeroPipeline(t *testing.T) {
	text := []byte("“We will not back down,” the mayor said on Tuesday.\n\nShe called the plan “a first step”.")
	p, err := New()
	require.NoError(t, err)
	want, err := p.Extract(text)
	require.NoError(t, err, "a short UTF-8 text has no warnings")
	require.NotEmpty(t, want.Quotes)

	var z Pipeline
	got, err := z.Extract(text)
	assert.NoError(t, err, "Extract")
	assert.Equal(t, want, got, "Extract")
	res, err := z.ExtractDoc(Document{Name: "a.txt", Text: text})
	assert.NoError(t, err, "ExtractDoc: a short UTF-8 text has no warnings")
	assert.Equal(t, want, res, "ExtractDoc")
	all, err := z.ExtractAll([]Document{{Name: "a.txt", Text: text}})
	assert.NoError(t, err, "ExtractAll")
	assert.Equal(t, []*attribute.Result{want}, all, "ExtractAll")
	docs := []Document{{Name: "a.txt", Text: text}, {Name: "b.txt", Text: text}}
	pr, err := p.Check(docs)
	assert.NoError(t, err, "Check")
	zr, err := z.Check(docs)
	assert.NoError(t, err, "zero Check")
	assert.Equal(t, pr, zr, "Check")
	assert.Equal(t, []int{len(text)}, parts(text, 0), "parts with no limit")
}

// Warnings print as file:line:col, the line and byte column derived from
// the offset, as go/token does.
func TestWarningPositions(t *testing.T) {
	text := []byte("MOSCOW, March 3\n\nPeskov said: “We have said it many times.”\n“It is final,” he added.\n")
	pos := positioner{text: text, line: 1}
	for _, tt := range []struct {
		name      string
		off       int
		line, col int
	}{
		{"the first byte", 0, 1, 1},
		{"the line break ends its line", 15, 1, 16},
		{"a blank line", 16, 2, 1},
		{"after the blank line, past a curly mark", 17 + len("Peskov said: “"), 3, 1 + len("Peskov said: “")},
		{"the next paragraph", bytes.LastIndex(text, []byte("“It")), 4, 1},
		{"back to an earlier offset", 3, 1, 4},
		{"past the end is the end", 1 << 20, 5, 1},
	} {
		line, col := pos.at(tt.off)
		assert.Equal(t, [2]int{tt.line, tt.col}, [2]int{line, col}, tt.name)
	}

	for _, tt := range []struct {
		name string
		err  *Error
		want string
	}{
		{"a warning", &Error{Path: "a.txt", Line: 3, Column: 15, Err: ErrQuoteTooLong}, "a.txt:3:15: " + ErrQuoteTooLong.Error()},
		{"a line of a JSON Lines file", &Error{Path: "wire.jsonl", Line: 7, Err: ErrNoText}, "wire.jsonl:7: " + ErrNoText.Error()},
		{"a file", &Error{Path: "a.txt", Err: ErrNotRegular}, "a.txt: " + ErrNotRegular.Error()},
		{"a text with no name", &Error{Line: 2, Column: 1, Err: ErrNotUTF8}, "2:1: " + ErrNotUTF8.Error()},
	} {
		assert.Equal(t, tt.want, tt.err.Error(), tt.name)
	}
}

// TestExtractWarns: Pipeline.Extract and verbatim.Extract return the
// warnings ExtractDoc returns, positioned by line and column only, with
// the same whole result.
func TestExtractWarns(t *testing.T) {
	p, err := New(MaxQuoteBytes(60))
	require.NoError(t, err)
	for _, tt := range []struct {
		name, text string
		want       []string // the warnings, as printed
		sentinel   error
	}{
		{"a short UTF-8 text has none", "“We will reply,” the ministry said.", nil, nil},
		{"a quote over the length limit, on line 3 (its last space is not in it)",
			"The council met.\n\nThe mayor said: “" + strings.Repeat("We will build the bridge. ", 4) + "”",
			[]string{fmt.Sprintf("3:20: %v (103 bytes, limit 60)", ErrQuoteTooLong)}, ErrQuoteTooLong},
		{"Windows-1252 quote marks", "The mayor said \x93we will reply\x94 on Monday.",
			[]string{"1:16: " + ErrNotUTF8.Error()}, ErrNotUTF8},
	} {
		res, err := p.Extract([]byte(tt.text))
		doc, derr := p.ExtractDoc(Document{Name: "a.txt", Text: []byte(tt.text)})
		assert.Equal(t, doc, res, "%s: the result is ExtractDoc's", tt.name)
		if tt.want == nil {
			assert.NoError(t, err, tt.name)
			assert.NoError(t, derr, tt.name)
			continue
		}
		var list ErrorList
		require.ErrorAs(t, err, &list, tt.name)
		var got []string
		for _, e := range list {
			got = append(got, e.Error())
		}
		assert.Equal(t, tt.want, got, tt.name)
		assert.ErrorIs(t, err, tt.sentinel, tt.name)
		var w *Warning
		assert.ErrorAs(t, list[0], &w, "%s: a *Warning", tt.name)
		assert.Equal(t, "a.txt:"+tt.want[0], derr.(ErrorList)[0].Error(), "%s: ExtractDoc names the document", tt.name)
	}
}
