package verbatim

import (
	"bytes"
	"errors"
	"fmt"
	"unicode/utf8"

	"github.com/verbatim-nlp/verbatim/attribute"
	"github.com/verbatim-nlp/verbatim/quote"
)

// Default limits of a Pipeline.
const (
	// DefaultMaxDocumentBytes is the largest document read in one part.
	// The stages hold about 40 bytes of working memory per input byte,
	// so one part peaks near 650 MB; real articles are under 100 KB.
	DefaultMaxDocumentBytes = 16 << 20
	// DefaultMaxQuoteBytes is the longest quote reported without a
	// warning. A long speech excerpt is a few KB; a quote of 64 KB
	// (about 10,000 words) is almost always a mark that paired wrongly.
	DefaultMaxQuoteBytes = 64 << 10
)

// Sentinel errors of the warnings, found in a Warning.
var (
	ErrDocumentTooLarge = errors.New("verbatim: document over the size limit was read in parts split at a paragraph or line break; a quote or attribution across the split is cut")
	ErrQuoteTooLong     = errors.New("verbatim: quote over the length limit is kept whole, but its marks probably paired wrongly")
	ErrNotUTF8          = errors.New("verbatim: text is not valid UTF-8 (Windows-1252, Latin-1 or UTF-16?); quote marks in another encoding are not seen")
)

// A Warning is a problem with a document that did not stop Verbatim
// from reading it: Err says what was done. Nothing was dropped. It comes
// inside an *Error that gives its line and column.
type Warning struct {
	Err    error // ErrDocumentTooLarge, ErrQuoteTooLong or ErrNotUTF8
	Offset int   // byte offset into Document.Text: where a part ends, where the quote starts, the first bad byte
	Size   int   // the document's or the quote's length in bytes; 0 when it does not apply
	Limit  int   // the limit passed, in bytes; 0 when none was
}

func (e *Warning) Error() string {
	if e.Limit == 0 {
		return e.Err.Error()
	}
	return fmt.Sprintf("%v (%d bytes, limit %d)", e.Err, e.Size, e.Limit)
}

func (e *Warning) Unwrap() error { return e.Err }

// limits are the Pipeline's bounds in bytes. New starts from
// defaultLimits and rejects values out of range, so both fields are
// always set.
type limits struct {
	maxDoc   int
	maxQuote int
}

func defaultLimits() limits {
	return limits{maxDoc: DefaultMaxDocumentBytes, maxQuote: DefaultMaxQuoteBytes}
}

// MaxDocumentBytes sets the largest document read in one part (default
// DefaultMaxDocumentBytes; from 1 KiB to 1 GiB, since package attribute
// keeps 32-bit offsets; New rejects other values). A larger document is
// read whole, in parts split at paragraph breaks, and ExtractDoc warns
// at each split.
func MaxDocumentBytes(n int) Option {
	return func(c *config) {
		if n < 1<<10 || n > 1<<30 {
			c.bad("MaxDocumentBytes", n)
		}
		c.limits.maxDoc = n
	}
}

// MaxQuoteBytes sets the longest quote reported without a warning
// (default DefaultMaxQuoteBytes; at least 1). Longer quotes are kept.
func MaxQuoteBytes(n int) Option {
	return func(c *config) {
		if n < 1 {
			c.bad("MaxQuoteBytes", n)
		}
		c.limits.maxQuote = n
	}
}

// Warnings returns, for a document and its Extract result, one Error
// per problem found, each naming the document, positioned at the line
// and column of Document.Text where it is, and holding a *Warning: text
// that is not UTF-8 (once, at the first bad byte), then in offset order
// where the document was split and which quotes are over the length
// limit. It is cheap next to Extract.
func (p *Pipeline) Warnings(doc Document, res *attribute.Result) ErrorList {
	l := p.ready().limits
	var out ErrorList
	pos := positioner{text: doc.Text, line: 1}
	warn := func(w *Warning) {
		line, col := pos.at(w.Offset)
		out = append(out, &Error{Path: doc.Name, Line: line, Column: col, Err: w})
	}
	if i := invalidUTF8(doc.Text); i >= 0 {
		warn(&Warning{Err: ErrNotUTF8, Offset: i})
	}
	body := len(doc.Text) - len(bytes.TrimPrefix(doc.Text, bom)) // where extract starts
	split := parts(doc.Text[body:], l.maxDoc)
	for i := range split {
		split[i] += body
	}
	var qs []quote.Quote
	if res != nil {
		qs = res.Quotes
	}
	// Merge the two sorted lists, so warnings come in offset order.
	for i, k := 0, 0; i < len(split)-1 || k < len(qs); {
		if k == len(qs) || i < len(split)-1 && split[i] <= qs[k].Start {
			warn(&Warning{Err: ErrDocumentTooLarge, Offset: split[i], Size: len(doc.Text), Limit: l.maxDoc})
			i++
			continue
		}
		if q := &qs[k]; q.End-q.Start > l.maxQuote {
			warn(&Warning{Err: ErrQuoteTooLong, Offset: q.Start, Size: q.End - q.Start, Limit: l.maxQuote})
		}
		k++
	}
	return out
}

// positioner turns byte offsets into 1-based lines and byte columns, as
// go/token does. Offsets asked in increasing order cost one pass over
// the text in all; an offset before the last one asked starts again.
type positioner struct {
	text      []byte
	off       int // offsets before off are counted
	line      int // the line at off
	lineStart int // the offset where that line starts
}

func (p *positioner) at(off int) (line, col int) {
	off = min(max(off, 0), len(p.text))
	if off < p.off {
		p.off, p.line, p.lineStart = 0, 1, 0
	}
	for {
		i := bytes.IndexByte(p.text[p.off:off], '\n')
		if i < 0 {
			break
		}
		p.line++
		p.lineStart = p.off + i + 1
		p.off = p.lineStart
	}
	p.off = off
	return p.line, off - p.lineStart + 1
}

// invalidUTF8 returns the offset of the first byte of b that is not
// UTF-8, 0 for a UTF-16 byte order mark, or -1.
func invalidUTF8(b []byte) int {
	if len(b) >= 2 && (b[0] == 0xFF && b[1] == 0xFE || b[0] == 0xFE && b[1] == 0xFF) {
		return 0
	}
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return -1
}
