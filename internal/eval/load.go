package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"unicode/utf8"

	"github.com/verbatim-nlp/verbatim/quote"
)

// Errors returned, wrapped in an *Error, by LoadJSONL.
var (
	ErrKind   = errors.New("eval: unknown quote kind")
	ErrOffset = errors.New("eval: offset out of range")
	ErrBytes  = errors.New("eval: byte offsets disagree with code-point offsets")
)

// Error is a gold file error at a line.
type Error struct {
	Line int // 1-based line number in the gold file
	Err  error
}

func (e *Error) Error() string { return fmt.Sprintf("eval: line %d: %v", e.Line, e.Err) }

// Unwrap returns the underlying error.
func (e *Error) Unwrap() error { return e.Err }

// Kind is a gold quote's kind: KindDirect, KindMixed or KindIndirect.
type Kind string

// The gold kinds, as PolNeAR's conversion derived them from the quote marks.
const (
	KindDirect   Kind = "direct"   // a whole quoted segment
	KindMixed    Kind = "mixed"    // a sentence embedding quoted fragments
	KindIndirect Kind = "indirect" // no quote marks
)

// A Doc is one gold article.
type Doc struct {
	ID     string
	Text   string
	Quotes []GoldQuote
	Line   int // 1-based line in the gold file
}

// A GoldQuote is one annotated attribution. All spans are half-open byte
// offsets into Doc.Text.
type GoldQuote struct {
	Kind Kind
	Span quote.Span // the whole annotated content, marks included for direct quotes
	// Fragments holds the pieces of a discontinuous quote; nil otherwise.
	Fragments []quote.Span
	// Quoted holds the quoted segments, quote marks included.
	Quoted []quote.Span
	// Speaker is the annotated source span; the zero Mention when none.
	Speaker quote.Mention
	Cue     quote.Mention
}

// HasSpeaker reports whether the gold quote has a source span.
func (g *GoldQuote) HasSpeaker() bool { return g.Speaker.End > g.Speaker.Start }

type rawQuote struct {
	Start        int      `json:"start"`
	End          int      `json:"end"`
	StartByte    *int     `json:"start_byte"`
	EndByte      *int     `json:"end_byte"`
	Kind         string   `json:"kind"`
	Fragments    [][2]int `json:"fragments"`
	QuotedSpans  [][2]int `json:"quoted_spans"`
	Speaker      *string  `json:"speaker"`
	SpeakerStart *int     `json:"speaker_start"`
	SpeakerEnd   *int     `json:"speaker_end"`
	Cue          *string  `json:"cue"`
	CueStart     *int     `json:"cue_start"`
	CueEnd       *int     `json:"cue_end"`
}

type rawDoc struct {
	ID     string     `json:"id"`
	Text   string     `json:"text"`
	Quotes []rawQuote `json:"quotes"`
}

// LoadJSONL reads gold documents, one JSON object per line; blank lines
// are skipped. It stops at the first malformed line and returns an
// *Error naming it. Lines may be of any length.
func LoadJSONL(r io.Reader) ([]Doc, error) {
	br := bufio.NewReaderSize(r, 1<<16)
	var docs []Doc
	var offs []int
	for line := 1; ; line++ {
		b, err := br.ReadBytes('\n')
		if len(bytes.TrimSpace(b)) > 0 {
			var raw rawDoc
			if jerr := json.Unmarshal(b, &raw); jerr != nil {
				return docs, &Error{line, jerr}
			}
			d, o, cerr := convert(raw, offs)
			offs = o
			if cerr != nil {
				return docs, &Error{line, cerr}
			}
			d.Line = line
			docs = append(docs, d)
		}
		if err == io.EOF {
			return docs, nil
		}
		if err != nil {
			return docs, &Error{line, err}
		}
	}
}

// runeOffsets returns the byte offset of every code point of s, plus
// len(s) at the end, reusing buf.
func runeOffsets(s string, buf []int) []int {
	buf = buf[:0]
	for i := range s {
		buf = append(buf, i)
	}
	return append(buf, len(s))
}

func convert(raw rawDoc, offs []int) (Doc, []int, error) {
	offs = runeOffsets(raw.Text, offs)
	n := len(offs) - 1
	span := func(what string, s, e int) (quote.Span, error) {
		if s < 0 || e < s || e > n {
			return quote.Span{}, fmt.Errorf("%w: %s [%d,%d) in %d code points", ErrOffset, what, s, e, n)
		}
		return quote.Span{Start: offs[s], End: offs[e]}, nil
	}
	spans := func(what string, in [][2]int) ([]quote.Span, error) {
		if len(in) == 0 {
			return nil, nil
		}
		out := make([]quote.Span, len(in))
		for i, p := range in {
			var err error
			if out[i], err = span(what, p[0], p[1]); err != nil {
				return nil, err
			}
		}
		return out, nil
	}
	d := Doc{ID: raw.ID, Text: raw.Text, Quotes: make([]GoldQuote, 0, len(raw.Quotes))}
	if !utf8.ValidString(raw.Text) {
		// encoding/json replaces invalid bytes, so this cannot happen
		// for parsed input; guard anyway since offsets depend on it.
		return d, offs, errors.New("eval: text is not valid UTF-8")
	}
	for i, rq := range raw.Quotes {
		var g GoldQuote
		var err error
		wrap := func(err error) error { return fmt.Errorf("quote %d: %w", i, err) }
		switch k := Kind(rq.Kind); k {
		case KindDirect, KindMixed, KindIndirect:
			g.Kind = k
		default:
			return d, offs, wrap(fmt.Errorf("%w %q", ErrKind, rq.Kind))
		}
		if g.Span, err = span("quote", rq.Start, rq.End); err != nil {
			return d, offs, wrap(err)
		}
		if rq.StartByte != nil && rq.EndByte != nil && (*rq.StartByte != g.Span.Start || *rq.EndByte != g.Span.End) {
			return d, offs, wrap(fmt.Errorf("%w: [%d,%d) vs [%d,%d)", ErrBytes, *rq.StartByte, *rq.EndByte, g.Span.Start, g.Span.End))
		}
		if g.Fragments, err = spans("fragment", rq.Fragments); err != nil {
			return d, offs, wrap(err)
		}
		if g.Quoted, err = spans("quoted span", rq.QuotedSpans); err != nil {
			return d, offs, wrap(err)
		}
		if rq.Speaker != nil && rq.SpeakerStart != nil && rq.SpeakerEnd != nil {
			s, err := span("speaker", *rq.SpeakerStart, *rq.SpeakerEnd)
			if err != nil {
				return d, offs, wrap(err)
			}
			g.Speaker = quote.Mention{Text: raw.Text[s.Start:s.End], Start: s.Start, End: s.End}
		}
		if rq.Cue != nil && rq.CueStart != nil && rq.CueEnd != nil {
			s, err := span("cue", *rq.CueStart, *rq.CueEnd)
			if err != nil {
				return d, offs, wrap(err)
			}
			g.Cue = quote.Mention{Text: raw.Text[s.Start:s.End], Start: s.Start, End: s.End}
		}
		d.Quotes = append(d.Quotes, g)
	}
	return d, offs, nil
}
