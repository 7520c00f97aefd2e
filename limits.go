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

// ExtractDoc runs Extract on one document and returns its result, which
// always covers the whole text, with the warnings of Warnings as an
// ErrorList (nil when the document is within the limits).
func (p *Pipeline) ExtractDoc(doc Document) (*attribute.Result, error) {
	res, warns := p.extractDoc(doc)
	return res, warns.Err()
}

func (p *Pipeline) extractDoc(doc Document) (*attribute.Result, ErrorList) {
	res := p.Extract(doc.Text)
	return res, p.Warnings(doc, res)
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

// extract reads text in parts of at most the document limit and joins
// their results, shifting every offset back into text. A leading byte
// order mark is left out of the analysis (it would sit where a quote
// mark opening the text needs a line start) but offsets count it.
func (p *Pipeline) extract(text []byte) *attribute.Result {
	if bytes.HasPrefix(text, bom) {
		return shiftResult(p.extractBody(text[len(bom):]), len(bom))
	}
	return p.extractBody(text)
}

// shiftResult moves every offset of res by d.
func shiftResult(res *attribute.Result, d int) *attribute.Result {
	for i := range res.Quotes {
		res.Quotes[i] = shiftQuote(res.Quotes[i], d)
	}
	for i := range res.People {
		pe := &res.People[i]
		pe.Mentions = shiftMentions(pe.Mentions, d)
		pe.Titles = shiftMentions(pe.Titles, d)
	}
	return res
}

// extractBody is extract after the byte order mark.
func (p *Pipeline) extractBody(text []byte) *attribute.Result {
	l := p.limits
	if len(text) <= l.maxDoc {
		return p.attr.Attribute(text, p.quotes.Extract(text))
	}
	res := &attribute.Result{}
	people := map[[2]string]int{} // name and kind → index in res.People
	start := 0
	for _, end := range parts(text, l.maxDoc) {
		r := p.attr.Attribute(text[start:end], p.quotes.Extract(text[start:end]))
		for _, q := range r.Quotes {
			res.Quotes = append(res.Quotes, shiftQuote(q, start))
		}
		for _, pe := range r.People {
			pe.Mentions = shiftMentions(pe.Mentions, start)
			pe.Titles = shiftMentions(pe.Titles, start)
			key := [2]string{pe.Name, pe.Kind}
			if i, ok := people[key]; ok {
				res.People[i].Mentions = append(res.People[i].Mentions, pe.Mentions...)
				res.People[i].Titles = append(res.People[i].Titles, pe.Titles...)
				continue
			}
			people[key] = len(res.People)
			res.People = append(res.People, pe)
		}
		start = end
	}
	return res
}

// parts returns the end offsets of the parts text is read in: each at
// most limit bytes and, but for the last, more than limit/2, ending
// after a blank line if one is in that range, else after a line break,
// else after a space, else at a rune boundary. The last offset is
// len(text). Each part is scanned once, so this is linear.
func parts(text []byte, limit int) []int {
	var ends []int
	if limit <= 0 { // no limit: one part (and no endless loop)
		return []int{len(text)}
	}
	for start := 0; len(text)-start > limit; {
		end := start + splitAt(text[start:], limit)
		ends = append(ends, end)
		start = end
	}
	return append(ends, len(text))
}

// splitAt returns where to end a part that starts rest, which is longer
// than limit.
func splitAt(rest []byte, limit int) int {
	w := rest[:limit]
	for _, sep := range [][]byte{[]byte("\n\n"), []byte("\n"), []byte(" ")} {
		if i := bytes.LastIndex(w, sep); i >= 0 && i+len(sep) > limit/2 {
			return i + len(sep)
		}
	}
	// No break: end before the rune that straddles limit, if any.
	for i := limit; i > 0 && i > limit-utf8.UTFMax; i-- {
		if utf8.RuneStart(rest[i]) {
			return i
		}
	}
	return limit
}

func shiftQuote(q quote.Quote, d int) quote.Quote {
	q.Start += d
	q.End += d
	q.Open = shiftSpan(q.Open, d)
	q.Close = shiftSpan(q.Close, d)
	if q.Parts != nil {
		ps := make([]quote.Span, len(q.Parts))
		for i, s := range q.Parts {
			ps[i] = shiftSpan(s, d)
		}
		q.Parts = ps
	}
	q.Mention = shiftMention(q.Mention, d)
	q.Cue = shiftMention(q.Cue, d)
	return q
}

// shiftSpan moves s by d; an empty span means "none" and stays zero.
func shiftSpan(s quote.Span, d int) quote.Span {
	if s.Empty() {
		return s
	}
	return quote.Span{Start: s.Start + d, End: s.End + d}
}

// shiftMention moves m by d; the zero Mention means "none".
func shiftMention(m quote.Mention, d int) quote.Mention {
	if m == (quote.Mention{}) {
		return m
	}
	m.Start += d
	m.End += d
	return m
}

func shiftMentions(ms []quote.Mention, d int) []quote.Mention {
	out := make([]quote.Mention, len(ms))
	for i, m := range ms {
		out[i] = shiftMention(m, d)
	}
	return out
}
