package quote

import (
	"bytes"
	"errors"
	"fmt"
	"sort"
	"unicode"
	"unicode/utf8"

	"github.com/verbatim-nlp/verbatim/internal/layout"
)

// Defaults for the Extractor's limits.
const (
	// DefaultMaxDepth is how deeply quotes may nest; marks that would
	// open a quote deeper are Stray.
	DefaultMaxDepth = 8
	// DefaultMaxSoftLines is how many paragraph breaks with no blank
	// line, an open quote may cross before its closing mark: scraped
	// text breaks lines inside quotes, while a document with one
	// paragraph per line must not let a stray mark run on. Line breaks
	// inside a paragraph (hard-wrapped text) do not count.
	DefaultMaxSoftLines = 6
)

type config struct {
	maxDepth     int
	maxSoftLines int
	err          error // the first option out of range
}

// ErrBadOption is wrapped by the error of New when an option is out of
// range.
var ErrBadOption = errors.New("quote: option out of range")

// bad records the first option out of range.
func (c *config) bad(name string, n int) {
	if c.err == nil {
		c.err = fmt.Errorf("%w: %s(%d)", ErrBadOption, name, n)
	}
}

// An Option configures an Extractor.
type Option func(*config)

// MaxDepth sets how deeply quotes may nest (at least 1).
func MaxDepth(n int) Option {
	return func(c *config) {
		if n < 1 {
			c.bad("MaxDepth", n)
		}
		c.maxDepth = n
	}
}

// MaxSoftLines sets how many paragraph breaks with no blank line an
// open quote may cross (at least 0).
func MaxSoftLines(n int) Option {
	return func(c *config) {
		if n < 0 {
			c.bad("MaxSoftLines", n)
		}
		c.maxSoftLines = n
	}
}

// An Extractor finds quotes. The zero Extractor is ready to use with the
// defaults; an Extractor is safe for concurrent use.
type Extractor struct {
	cfg config
}

// New returns an Extractor with the given options, or an error
// wrapping ErrBadOption that names the first option out of range.
func New(opts ...Option) (*Extractor, error) {
	e := &Extractor{}
	e.cfg = defaults()
	for _, o := range opts {
		o(&e.cfg)
	}
	if e.cfg.err != nil {
		return nil, e.cfg.err
	}
	return e, nil
}

func defaults() config {
	return config{maxDepth: DefaultMaxDepth, maxSoftLines: DefaultMaxSoftLines}
}

func (e *Extractor) config() config {
	if e == nil || e.cfg.maxDepth == 0 {
		return defaults()
	}
	return e.cfg
}

var defaultExtractor Extractor

// Extract returns the quotes in src, sorted by Start (an outer quote
// before the quotes nested in it), using the default Extractor.
func Extract(src []byte) []Quote { return defaultExtractor.Extract(src) }

// Extract returns the quotes in src, sorted by Start (an outer quote
// before the quotes nested in it). Any bytes are valid input: invalid
// UTF-8 and NUL bytes are kept in place and count toward offsets.
func (e *Extractor) Extract(src []byte) []Quote {
	p := parser{src: src, cfg: e.config(), lay: layout.Of(src)}
	p.run()
	return p.quotes
}

// Marks returns every quote mark and apostrophe-like character in src
// with the role the extractor gave it, in input order.
func (e *Extractor) Marks(src []byte) []Mark {
	p := parser{src: src, cfg: e.config(), keepMarks: true, lay: layout.Of(src)}
	p.run()
	out := make([]Mark, len(p.marks))
	for i, m := range p.marks {
		out[i] = Mark{Span: Span{m.pos, m.pos + m.size}, Rune: m.r, Role: m.role}
	}
	return out
}

// open is a quote whose closing mark has not been seen.
type open struct {
	mark  int // index into parser.marks, or -1 when marks are not kept
	m     markInfo
	start int    // first byte of the current paragraph's piece
	parts []Span // earlier paragraphs' pieces, for multi-paragraph quotes
	// lineEnd is the end of the content of the paragraph where the
	// current piece started; an unclosed quote ends there.
	lineEnd int
	lines   int  // paragraph breaks crossed since start
	paras   int  // lines with text ended since start
	blank   bool // a blank line was crossed since start
}

type parser struct {
	src       []byte
	cfg       config
	lay       *layout.Layout // where the paragraphs are: line breaks inside one are spaces
	keepMarks bool
	marks     []markInfo
	stack     []open
	quotes    []Quote

	lastNonSpace int  // end of the last non-space byte seen
	lineContent  bool // the current line has a non-space byte
	forceApos    int  // position of a mark that must be an apostrophe ('n')
	paraStart    int  // first byte of the current paragraph
	paraMark     bool // the current paragraph has had a mark
	blankRun     int  // blank lines since the last line with content
}

// hard reports whether the byte at i is a paragraph break.
func (p *parser) hard(i int) bool { return p.lay.Hard(p.src, i) }

func (p *parser) run() {
	src := p.src
	p.forceApos = -1
	paras := p.lay.Cursor()
	for i := 0; i < len(src); {
		c := src[i]
		if (c == '\n' || c == '\r') && layout.IsBreak(src, i) {
			if paras.Para(i) < 0 {
				p.newline()
				p.paraStart = i + 1
			}
			i++
			continue
		}
		if plainByte[c] {
			// A run of bytes that neither space nor start a mark: words,
			// most of any text. It ends on a rune boundary, since no
			// continuation byte starts a mark.
			for i++; i < len(src) && plainByte[src[i]]; i++ {
			}
			p.lastNonSpace = i
			p.lineContent = true
			continue
		}
		if c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v' {
			i++
			continue
		}
		r, size, fam := decodeMark(src, i)
		if size == 0 {
			if c < utf8.RuneSelf {
				i++
			} else {
				_, n := utf8.DecodeRune(src[i:])
				i += n
			}
			p.lastNonSpace = i
			p.lineContent = true
			continue
		}
		m := markInfo{pos: i, size: size, r: r, fam: fam, lineStart: !p.lineContent}
		classify(src, &m)
		if m.apos && m.pos+m.size < len(src) && (src[m.pos+m.size]|0x20) == 'n' {
			p.forceApos = m.pos + m.size + 1 // rock 'n' roll
		}
		if m.pos == p.forceApos {
			m.canOpen, m.canClose, m.apos = false, false, true
		}
		p.mark(m)
		i += size
		p.lastNonSpace = i
		p.lineContent = true
	}
	p.unwind(0) // whatever is still open at the end of the input
	sort.SliceStable(p.quotes, func(i, j int) bool {
		a, b := &p.quotes[i], &p.quotes[j]
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		return a.Depth < b.Depth
	})
}

func (p *parser) newline() {
	blank := !p.lineContent
	if blank {
		p.blankRun++
	} else {
		p.blankRun = 0
	}
	// Where blank lines separate paragraphs, one is what a line break
	// is where each line is a paragraph: only a second one stops an
	// open quote, so that both layouts read alike.
	strong := blank && (p.lay.Style != layout.Blank || p.blankRun > 1)
	for i := range p.stack {
		o := &p.stack[i]
		if o.lines == 0 && !blank {
			o.lineEnd = p.lastNonSpace
		}
		if !blank {
			o.paras++
		}
		if blank && !strong {
			continue
		}
		o.lines++
		o.blank = o.blank || strong
	}
	p.lineContent = false
	p.paraMark = false
}

// mark handles one mark: first the paragraph logic for quotes left open
// across line breaks, then pairing.
func (p *parser) mark(m markInfo) {
	idx := -1
	if p.keepMarks {
		idx = len(p.marks)
		p.marks = append(p.marks, m)
	}
	role := p.pair(m, idx)
	if p.keepMarks {
		p.marks[idx].role = role
	}
	if role != Apostrophe {
		p.paraMark = true
	}
}

func (p *parser) pair(m markInfo, idx int) Role {
	if m.glued && len(p.stack) > 0 {
		if r, done := p.glued(m); done {
			return r
		}
	}
	if len(p.stack) > 0 && p.stack[0].lines > 0 {
		if r, done := p.crossLines(m, idx); done {
			return r
		}
	}
	if m.canClose {
		for k := len(p.stack) - 1; k >= 0; k-- {
			if p.stack[k].m.fam == m.fam && (m.fam != famSingle || k == len(p.stack)-1 || !m.apos) {
				if p.close(k, m.pos, m.pos+m.size) {
					return Closing
				}
				return Stray // it closed a quote that held nothing
			}
		}
	}
	if m.canOpen {
		// A second opening mark of the style already open on top,
		// that cannot close it, means the first was never closed:
		// “We urge restraint, Wang said. “We call on…”. A mark of
		// another style nests: "… an episode of “Shark Tank.” …".
		if n := len(p.stack); n > 0 && p.stack[n-1].m.fam == m.fam && !m.canClose && m.fam != famSingle && sameStyle(p.stack[n-1].m.r, m.r) {
			if p.stack[n-1].lines == 0 && !m.lineStart && cueClause(p.src, m.pos+m.size, p.hard) {
				// An opening shape where the closing mark belongs, the
				// reporter's cue after it: “… no sign of life “Okafor
				// agreed.
				if p.close(n-1, m.pos, m.pos+m.size) {
					return Closing
				}
				return Stray
			}
			p.endUnclosed(n-1, m.pos)
		}
		if len(p.stack) >= p.cfg.maxDepth {
			return Stray
		}
		p.push(m, idx)
		return Opening
	}
	if len(p.stack) == 0 && m.canClose && m.fam == famDouble && !p.paraMark && p.unopened(m) {
		return Closing
	}
	if m.lineStart && m.fam == famDouble && len(p.stack) < p.cfg.maxDepth {
		// A closing mark that opens a paragraph, a common typesetting
		// slip: ” … what I learned from these families…
		p.push(m, idx)
		return Opening
	}
	if m.apos {
		return Apostrophe
	}
	return Stray
}

// crossLines decides, for a mark on a later line than the open quotes'
// start, whether the quote continues into a new paragraph, runs on over
// a wrapped line, or ended unclosed at its line's end. done reports that
// m was used up as a continuation mark.
func (p *parser) crossLines(m markInfo, idx int) (Role, bool) {
	for n := len(p.stack); m.apos && n > 0 && p.stack[n-1].m.fam == famSingle && p.stack[n-1].lines > 0; n-- {
		// A mark that may be an apostrophe (the board’s) closes no
		// single quote from an earlier paragraph: that was one too.
		p.dropTop()
	}
	if len(p.stack) == 0 {
		return 0, false
	}
	bottom := &p.stack[0]
	if m.lineStart && m.canOpen && m.fam == bottom.m.fam && bottom.paras == 1 && !p.endsWithCue(bottom.start, p.lastNonSpace) {
		// The opening mark repeated at a new paragraph: the outer quote
		// goes on, anything nested in it ended with the paragraph.
		end := p.trimEnd(bottom.start, p.lastNonSpace)
		p.unwind(1)
		if end > bottom.start {
			bottom.parts = append(bottom.parts, Span{bottom.start, end})
		}
		bottom.start = m.pos + m.size
		bottom.lines, bottom.paras, bottom.blank, bottom.lineEnd = 0, 0, false, 0
		return Continuation, true
	}
	if !bottom.blank && bottom.lines <= p.cfg.maxSoftLines && !m.canOpen {
		return 0, false // a closing mark of a wrapped line, or an apostrophe
	}
	if !bottom.blank && bottom.lines <= p.cfg.maxSoftLines && m.canClose {
		for k := len(p.stack) - 1; k >= 0; k-- {
			if p.stack[k].m.fam == m.fam {
				return 0, false
			}
		}
	}
	p.unwind(0)
	return 0, false
}

// endsWithCue reports whether the text src[start:end] of an open quote
// ends with the reporter's cue (“Free speech matters, Musk said.”): the
// closing mark was left out, and a quote mark opening the next
// paragraph starts a new quote.
func (p *parser) endsWithCue(start, end int) bool {
	end = p.trimEnd(start, end)
	return cueTail(p.src, start, end, p.hard) < end
}

// glued decides what a glued straight mark (more."What) does to the
// open quote: with the paragraph break lost, it either closes the quote
// or opens its next paragraph. It reopens when the next mark can close
// (the quote goes on to it), and closes otherwise. done reports that m
// was used.
func (p *parser) glued(m markInfo) (Role, bool) {
	k := len(p.stack) - 1
	top := &p.stack[k]
	if top.m.fam != famDouble || top.blank || top.lines > p.cfg.maxSoftLines {
		return 0, false
	}
	if k == 0 && p.nextMarkCloses(m.pos+m.size) {
		if end := p.trimEnd(top.start, m.pos); end > top.start {
			top.parts = append(top.parts, Span{top.start, end})
		}
		top.start = m.pos + m.size
		top.lines, top.paras, top.blank, top.lineEnd = 0, 0, false, 0
		return Continuation, true
	}
	if p.close(k, m.pos, m.pos+m.size) {
		return Closing, true
	}
	return Stray, true
}

// nextMarkCloses reports whether the next double mark from byte i, in
// the paragraphs an open quote may cross, can close a quote. Each call
// reads only up to the next mark, so the calls of one document read
// each byte at most once.
func (p *parser) nextMarkCloses(i int) bool {
	src := p.src
	breaks, blanks, content := 0, 0, true
	for i < len(src) {
		c := src[i]
		if plainByte[c] {
			i++
			content = true
			continue
		}
		if c == '\n' || c == '\r' {
			if p.hard(i) {
				if content {
					breaks, blanks = breaks+1, 0
				} else {
					blanks++
				}
				if breaks > p.cfg.maxSoftLines || blanks > 0 && (p.lay.Style != layout.Blank || blanks > 1) {
					return false // too far, or past a break that stops quotes (see newline)
				}
				content = false
			}
			i++
			continue
		}
		if c == ' ' || c == '\t' || c == '\f' || c == '\v' {
			i++
			continue
		}
		r, size, fam := decodeMark(src, i)
		if size == 0 {
			i++
			content = true
			continue
		}
		if fam != famDouble {
			i += size
			content = true
			continue
		}
		n := markInfo{pos: i, size: size, r: r, fam: fam}
		classify(src, &n)
		return n.canClose || n.glued
	}
	return false
}

// unopened reports a quote for a closing double mark m with nothing
// open and no earlier mark in its paragraph, whose opening mark the
// text left out: the mark follows a sentence's end and ends its
// paragraph (or the reporter's cue follows it). The quote runs from
// the paragraph's start, or from a speech verb's colon in it, to m.
func (p *parser) unopened(m markInfo) bool {
	src := p.src
	if prev, _ := utf8.DecodeLastRune(src[:m.pos]); prev != '.' && prev != '?' && prev != '!' && prev != '…' {
		return false
	}
	j := m.pos + m.size
	for j < len(src) && (src[j] == ' ' || src[j] == '\t' || src[j] == '\r' && !layout.IsBreak(src, j)) {
		j++
	}
	if j < len(src) && !p.hard(j) && !cueClause(src, j, p.hard) {
		return false
	}
	start := p.paraStart
	if start > m.pos {
		return false
	}
	if c := bytes.LastIndexByte(src[start:m.pos], ':'); c >= 0 && speechVerbBefore(src[start:start+c], 3) {
		start += c + 1
	} else {
		// "… she added, Our city will recover, and grow.”": the last
		// comma after a subject and a speech verb.
		for c := m.pos; c > start; {
			c = start + bytes.LastIndexByte(src[start:c], ',')
			if c < start {
				break
			}
			if subjectVerbBefore(src[start:c]) {
				start = c + 1
				break
			}
		}
	}
	if bytes.Count(src[start:m.pos], []byte(" ")) < 2 {
		return false // a word or two: a unit, a stray mark
	}
	o := open{mark: -1, m: markInfo{pos: start}, start: start}
	if !p.emit(o, m.pos, Span{m.pos, m.pos + m.size}, false) {
		return false
	}
	p.quotes[len(p.quotes)-1].Unopened = true
	return true
}

// unwind ends every open quote above depth keep as unclosed, outermost
// last, at the end of the line where each started.
func (p *parser) unwind(keep int) {
	for len(p.stack) > keep {
		k := len(p.stack) - 1
		o := &p.stack[k]
		end := p.lastNonSpace
		if o.lines > 0 {
			end = o.lineEnd
		}
		p.endUnclosed(k, end)
	}
}

func (p *parser) push(m markInfo, idx int) {
	p.stack = append(p.stack, open{mark: idx, m: m, start: m.pos + m.size})
}

// close pairs the open quote at stack index k with a closing mark at
// [cs, ce); quotes opened above k never closed and become Stray. It
// reports whether a quote was emitted.
func (p *parser) close(k, cs, ce int) bool {
	for len(p.stack) > k+1 {
		p.dropTop()
	}
	o := p.stack[k]
	p.stack = p.stack[:k]
	return p.emit(o, cs, Span{cs, ce}, false)
}

// endUnclosed ends the open quote at stack index k (and anything above
// it) before byte end, without a closing mark. A double quote becomes
// an Unclosed quote; a single one was most likely an apostrophe.
func (p *parser) endUnclosed(k, end int) {
	for len(p.stack) > k+1 {
		p.dropTop()
	}
	o := p.stack[k]
	if o.m.fam == famSingle {
		p.dropTop()
		return
	}
	p.stack = p.stack[:k]
	if end < o.start {
		end = o.start
	}
	p.emit(o, end, Span{}, true)
}

// dropTop discards the innermost open quote as a stray mark.
func (p *parser) dropTop() {
	o := p.stack[len(p.stack)-1]
	p.stack = p.stack[:len(p.stack)-1]
	if o.mark >= 0 {
		if o.m.apos {
			p.marks[o.mark].role = Apostrophe
		} else {
			p.marks[o.mark].role = Stray
		}
	}
}

// emit reports the quote o ending before byte end, unless it holds
// nothing; then its opening mark is Stray, so that every Opening mark
// belongs to a reported quote.
func (p *parser) emit(o open, end int, closeMark Span, unclosed bool) bool {
	start := p.trimStart(o.start, end)
	if unclosed {
		// “We will rebuild, the mayor said. with no closing mark: the
		// cue is the reporter's.
		// The comma stays for trimEndPunct, which tells kindOf of it.
		if e := p.trimEnd(start, end); e > start {
			if c := cueTail(p.src, start, e, p.hard); c < e {
				end = c + 1
			}
		}
	}
	end, trimmedComma := p.trimEndPunct(start, end)
	if end <= start && len(o.parts) == 0 {
		if o.mark >= 0 {
			p.marks[o.mark].role = Stray
		}
		return false // "" holds nothing worth reporting
	}
	q := Quote{Open: Span{o.m.pos, o.m.pos + o.m.size}, Close: closeMark, Depth: len(p.stack), Unclosed: unclosed}
	if len(o.parts) > 0 {
		q.Parts = append(o.parts, Span{start, end})
		if end <= start {
			q.Parts = q.Parts[:len(q.Parts)-1]
			end = q.Parts[len(q.Parts)-1].End
		}
		start = q.Parts[0].Start
	}
	q.Start, q.End = start, end
	q.Text = string(p.src[start:end])
	q.Kind = kindOf(p.src, p.lay, &q, trimmedComma)
	q.Negated = q.Kind == Partial && negatedBefore(p.src[:q.Open.Start])
	p.quotes = append(p.quotes, q)
	return true
}

func (p *parser) trimStart(start, end int) int {
	for start < end {
		r, n := utf8.DecodeRune(p.src[start:end])
		if !isSpace(r) {
			break
		}
		start += n
	}
	return start
}

func (p *parser) trimEnd(start, end int) int {
	for end > start {
		r, n := utf8.DecodeLastRune(p.src[start:end])
		if !isSpace(r) {
			break
		}
		end -= n
	}
	return end
}

// trimEndPunct trims trailing space and the reporter's trailing comma,
// semicolon or colon; it reports whether a comma went.
func (p *parser) trimEndPunct(start, end int) (int, bool) {
	comma := false
	for {
		end = p.trimEnd(start, end)
		if end <= start {
			return end, comma
		}
		r, n := utf8.DecodeLastRune(p.src[start:end])
		switch r {
		case ',', ';', ':', '，', '；', '：', '、':
			comma = comma || r != ':'
			end -= n
			continue
		}
		return end, comma
	}
}

// isUpperStart reports whether r can start a sentence: a capital, a
// digit, or a letter of a script without case.
func isUpperStart(r rune) bool {
	return !unicode.IsLower(r)
}

// sameStyle reports whether two double marks are typeset alike:
// straight, curly, or guillemets.
func sameStyle(a, b rune) bool {
	style := func(r rune) int {
		switch r {
		case '"', '＂', '\'', '`':
			return 0
		case '«', '»':
			return 2
		}
		return 1
	}
	return style(a) == style(b)
}
