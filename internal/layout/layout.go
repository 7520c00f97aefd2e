// Package layout decides, once per document, where its paragraphs are,
// so that every stage reads a line break the same way: the quote
// extractor when it pairs marks across lines and ends unclosed quotes,
// when it tells direct quotes from partial ones, and package attribute
// when it cuts sentences and paragraphs.
//
// # Terms
//
// A line ends at "\n", "\r\n" or a lone "\r"; the byte that ends it (the
// "\n" of "\r\n") is its break. A blank line holds only white space. A
// soft break is a break inside a paragraph: a reader takes it for a
// space. Every other break is a paragraph break.
//
// A single break (no blank line after it) is soft when
//   - the document is hard-wrapped (Wrapped: most of its lines are full,
//     as a wire feed, an e-mail newsletter or a PDF wraps them) and the
//     next line's first word would not have fitted on the line, unless
//     the line ends a sentence and the next opens with a quote mark (the
//     next paragraph of a long quote);
//   - the document indents its paragraphs (Style Indented) and the next
//     line is not indented;
//   - or the line stops mid-clause (no sentence mark, colon or closing
//     mark at its end) and the next line starts with a lower-case letter.
//
// A blank line is a paragraph break unless the text around it stops
// mid-clause in the same way (a PDF's page break, a feed that doubled
// every break), or, in a hard-wrapped document, the block before it has
// two lines or more and ends with no sentence mark: wrapped prose ends
// its paragraphs with one, so the sentence goes on ("President Recep
// Tayyip" + blank line + "Erdogan said"). A one-line heading stays apart.
//
// # Offsets
//
// Every offset is a half-open byte offset into the document as given;
// nothing is rewritten, so "\r\n" and indentation stay in place.
package layout

import (
	"bytes"
	"unicode"
	"unicode/utf8"
)

// Style is how a document separates its paragraphs.
type Style uint8

// The styles.
const (
	// Lines puts one paragraph on each line (most scraped web text).
	Lines Style = iota
	// Blank separates paragraphs by blank lines.
	Blank
	// Indented starts each paragraph with an indented line; its other
	// lines are not indented.
	Indented
)

var styleNames = [...]string{Lines: "lines", Blank: "blank", Indented: "indented"}

// String returns "lines", "blank" or "indented".
func (s Style) String() string {
	if int(s) < len(styleNames) {
		return styleNames[s]
	}
	return "Style(?)"
}

// A Span is a half-open byte range [Start, End) of the document.
type Span struct {
	Start, End int
}

// A Layout is a document's paragraphs. The zero Layout has no
// paragraphs: every break in it is a paragraph break.
type Layout struct {
	Style Style
	// Wrapped reports that the lines inside paragraphs are hard-wrapped
	// at Width runes.
	Wrapped bool
	Width   int
	// CRLF reports that most lines end in "\r\n".
	CRLF bool
	// Paras holds each paragraph's bytes, from the start of its first
	// line to the end of its last line (before the break), in order.
	Paras []Span
}

// Minimums for taking a document for hard-wrapped.
const (
	minWidth      = 30 // narrower lines are lists or verse, not wrapped prose
	minWrapped    = 3  // full lines needed
	maxCandidates = 5  // line lengths tried as the width
)

type line struct {
	start, end int // content, without the break
	brk        int // the break's byte, or -1 at the end of the input
	runes      int // length in runes, trailing space trimmed
	first      int // runes in the first word
	blank      bool
	indent     bool
	stops      bool // ends a sentence, a clause or a quote
	sentEnd    bool // ends a sentence (or a quote): not a colon's intro
	lowerStart bool // starts with a lower-case letter
	quoteStart bool // starts with an opening quote mark
	soft       bool // its break is soft
}

// Of returns the layout of src. It reads any bytes (invalid UTF-8
// counts one rune a byte) and takes time linear in len(src).
func Of(src []byte) *Layout {
	if bytes.IndexByte(src, '\n') < 0 && bytes.IndexByte(src, '\r') < 0 {
		if bytes.ContainsFunc(src, func(r rune) bool { return !unicode.IsSpace(r) }) {
			return &Layout{Paras: []Span{{0, len(src)}}}
		}
		return &Layout{}
	}
	lines, crlf := split(src)
	l := &Layout{CRLF: crlf}
	// single[i]: line i and line i+1 are both non-blank.
	n := len(lines)
	single := func(i int) bool { return i+1 < n && !lines[i].blank && !lines[i+1].blank }

	indented, unindented, blankGaps, singles := 0, 0, 0, 0
	for i := 0; i+1 < n; i++ {
		switch {
		case single(i):
			singles++
			if lines[i+1].indent {
				indented++
			} else {
				unindented++
			}
		case !lines[i].blank && lines[i+1].blank:
			blankGaps++
		}
	}
	if indented >= 2 && unindented >= 1 {
		l.Style = Indented
	}
	l.Width, l.Wrapped = width(lines, single, l.Style == Indented)

	hard := 0
	for i := range lines {
		if !single(i) {
			if !lines[i].blank {
				// Across blank lines, only a clause that goes on joins:
				// one that continues in lower case, or wrapped prose cut
				// before its sentence mark.
				j := i + 1
				for j < n && lines[j].blank {
					j++
				}
				cut := l.Wrapped && !lines[i].stops && i > 0 && !lines[i-1].blank
				if j < n && (midClause(&lines[i], &lines[j]) || cut) {
					for k := i; k < j; k++ {
						lines[k].soft = true
					}
				}
			}
			continue
		}
		a, b := &lines[i], &lines[i+1]
		switch {
		case l.Style == Indented:
			lines[i].soft = !b.indent
		case l.Wrapped:
			// A full line is wrapped, unless a sentence ends it and a
			// quote mark opens the next: a paragraph of a long quote
			// that ends at the margin.
			full := a.runes <= l.Width && a.runes+1+b.first > l.Width && !(a.sentEnd && b.quoteStart)
			lines[i].soft = full || midClause(a, b)
		default:
			lines[i].soft = midClause(a, b)
		}
		if !lines[i].soft {
			hard++
		}
	}
	if l.Style != Indented && blankGaps > 0 && blankGaps >= hard {
		l.Style = Blank
	}
	count := 0
	for i := range lines {
		if !lines[i].blank && (i == 0 || !lines[i-1].soft) {
			count++
		}
	}
	l.Paras = make([]Span, 0, count)
	for i := 0; i < n; i++ {
		if lines[i].blank {
			continue
		}
		p := Span{lines[i].start, lines[i].end}
		for lines[i].soft && i+1 < n {
			i++
			p.End = lines[i].end
		}
		l.Paras = append(l.Paras, p)
	}
	return l
}

func midClause(a, b *line) bool { return !a.stops && b.lowerStart }

// width finds the column the document's lines were wrapped at: the
// line length, among the longest, at which most lines followed by
// another line are full (the next line's first word would not fit).
func width(lines []line, single func(int) bool, indented bool) (int, bool) {
	var cands []int
	inner := 0
	for i := range lines {
		if !single(i) {
			continue
		}
		inner++
		r := lines[i].runes
		k := len(cands)
		for k > 0 && cands[k-1] < r {
			k--
		}
		if (k == len(cands) || cands[k] != r) && k < maxCandidates {
			cands = append(cands, 0)
			copy(cands[k+1:], cands[k:])
			cands[k] = r
			if len(cands) > maxCandidates {
				cands = cands[:maxCandidates]
			}
		}
	}
	best, bestW := 0, 0
	for _, w := range cands {
		if w < minWidth {
			continue
		}
		full := 0
		for i := range lines {
			if single(i) && !(indented && lines[i+1].indent) && lines[i].runes <= w && lines[i].runes+1+lines[i+1].first > w {
				full++
			}
		}
		if full > best {
			best, bestW = full, w
		}
	}
	return bestW, best >= minWrapped && 2*best >= inner
}

// split cuts src into lines and reports whether most breaks are CRLF.
func split(src []byte) ([]line, bool) {
	hasCR := bytes.IndexByte(src, '\r') >= 0
	lines := make([]line, 0, bytes.Count(src, []byte{'\n'})+1)
	crlf, lf := 0, 0
	for start := 0; start <= len(src); {
		end, brk, next := len(src), -1, len(src)+1
		if j := bytes.IndexByte(src[start:], '\n'); j >= 0 {
			end, brk, next = start+j, start+j, start+j+1
		}
		if hasCR {
			if j := bytes.IndexByte(src[start:end], '\r'); j >= 0 && start+j+1 < end {
				end, brk, next = start+j, start+j, start+j+1 // a lone CR
			} else if j >= 0 && brk < 0 {
				end, brk, next = start+j, start+j, start+j+1 // a CR at the end
			}
		}
		switch {
		case brk < 0:
		case src[brk] == '\n' && end > start && src[end-1] == '\r':
			end--
			crlf++
		default:
			lf++
		}
		lines = append(lines, measure(src, start, end, brk))
		start = next
	}
	return lines, crlf > lf
}

func measure(src []byte, start, end, brk int) line {
	ln := line{start: start, end: end, brk: brk, blank: true}
	text := src[start:end]
	if len(text) > 0 && (text[0] == '\t' || len(text) > 1 && text[0] == ' ' && text[1] == ' ') {
		ln.indent = true
	}
	// The first and the last non-space rune; the bytes between are
	// only counted.
	i := 0
	for i < len(text) {
		r, size := utf8.DecodeRune(text[i:])
		if !unicode.IsSpace(r) {
			ln.blank = false
			ln.lowerStart = unicode.IsLower(r)
			ln.quoteStart = opens(r)
			break
		}
		i += size
	}
	if ln.blank {
		return ln
	}
	for j := i; j < len(text); {
		r, size := utf8.DecodeRune(text[j:])
		if unicode.IsSpace(r) {
			break
		}
		ln.first++
		j += size
	}
	e := len(text)
	for e > i {
		r, size := utf8.DecodeLastRune(text[:e])
		if !unicode.IsSpace(r) {
			ln.stops = stops(r)
			ln.sentEnd = ln.stops && r != ':' && r != ';'

			break
		}
		e -= size
	}
	ln.runes = utf8.RuneCount(text[:e])
	return ln
}

// stops reports whether a line ending in r ends a sentence, a heading
// intro or a quote, so that the next line starts afresh.
func stops(r rune) bool {
	switch r {
	case '.', '!', '?', '…', ':', ';', '"', '”', '’', '»', ')', ']', '。', '！', '？':
		return true
	}
	return false
}

// opens reports whether r can open a quote at the start of a line.
func opens(r rune) bool {
	switch r {
	case '"', '“', '„', '«', '\'', '‘', '‚', '‹', '「', '『':
		return true
	}
	return false
}

// Para returns the index of the paragraph that holds byte i, or -1
// when i lies between paragraphs (in a paragraph break or blank line).
func (l *Layout) Para(i int) int {
	lo, hi := 0, len(l.Paras)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if l.Paras[m].End <= i {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(l.Paras) && l.Paras[lo].Start <= i {
		return lo
	}
	return -1
}

// A Cursor answers Para for offsets that never decrease, in amortised
// constant time.
type Cursor struct {
	l *Layout
	k int
}

// Cursor returns a Cursor at the start of the document.
func (l *Layout) Cursor() Cursor { return Cursor{l: l} }

// Para is Layout.Para for an offset no smaller than the last one asked.
func (c *Cursor) Para(i int) int {
	ps := c.l.Paras
	for c.k < len(ps) && ps[c.k].End <= i {
		c.k++
	}
	if c.k < len(ps) && ps[c.k].Start <= i {
		return c.k
	}
	return -1
}

// Soft reports whether the byte at i of src is a soft break: a line
// break inside a paragraph, to be read as a space.
func (l *Layout) Soft(src []byte, i int) bool {
	return IsBreak(src, i) && l.Para(i) >= 0
}

// Hard reports whether the byte at i of src is a paragraph break or a
// blank line's break.
func (l *Layout) Hard(src []byte, i int) bool {
	return IsBreak(src, i) && l.Para(i) < 0
}

// IsBreak reports whether the byte at i of src ends a line: a "\n", or
// a "\r" that no "\n" follows. The "\r" of "\r\n" is white space.
func IsBreak(src []byte, i int) bool {
	if i < 0 || i >= len(src) {
		return false
	}
	return src[i] == '\n' || src[i] == '\r' && (i+1 >= len(src) || src[i+1] != '\n')
}
