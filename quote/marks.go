package quote

import (
	"unicode"
	"unicode/utf8"

	"github.com/verbatim-nlp/verbatim/internal/lexdata"
)

// Families of quote marks. A closing mark closes an opening mark of its
// own family only, which lets “ be closed by " or ” (as scraped news
// does) while a ’ can never close a “.
const (
	famDouble uint8 = iota + 1 // " “ ” „ ‟ « » ＂
	famSingle                  // ' ‘ ’ ‚ ‛ ‹ ›
	famCorner                  // 「 」
	famWhite                   // 『 』
)

// Role says how the extractor used a quote mark.
type Role uint8

// The roles of a quote mark.
const (
	// Opening starts a quote.
	Opening Role = iota + 1
	// Closing ends a quote.
	Closing
	// Continuation repeats the opening mark at the start of a new
	// paragraph of a quote that runs over several paragraphs.
	Continuation
	// Apostrophe is a mark that is not a quote mark: don't, '90s,
	// rock 'n' roll, the leaders' meeting.
	Apostrophe
	// Stray is a quote mark that pairs with nothing: an opening mark
	// that never closes inside a quote that did, a closing mark with
	// nothing open, a mark past the nesting limit, an inch sign, the
	// marks of a quote that holds nothing (“ ”).
	Stray
)

var roleNames = [...]string{Opening: "opening", Closing: "closing", Continuation: "continuation", Apostrophe: "apostrophe", Stray: "stray"}

// String returns the role's name, as in JSON: "opening", "closing",
// "continuation", "apostrophe" or "stray".
func (r Role) String() string {
	if int(r) < len(roleNames) && roleNames[r] != "" {
		return roleNames[r]
	}
	return "Role(?)"
}

// MarshalText implements encoding.TextMarshaler.
func (r Role) MarshalText() ([]byte, error) { return []byte(r.String()), nil }

// A Mark is one quote mark or apostrophe-like character in the input
// and the role the extractor gave it. Every such character in the input
// belongs to exactly one Mark. Rune is the mark's first rune: a doubled
// apostrophe or backtick (two ASCII apostrophes or two backticks, as in
// archive and TeX style copy) and a
// doubled curly single mark are each one mark of two runes.
type Mark struct {
	Span      // half-open byte offsets of the mark itself
	Rune rune `json:"rune"`
	Role Role `json:"role"`
}

// markInfo is what the scanner knows of a mark before pairing.
type markInfo struct {
	pos, size int
	r         rune
	fam       uint8
	canOpen   bool
	canClose  bool
	apos      bool // may be an apostrophe if it pairs with nothing
	lineStart bool // first non-space rune of its paragraph
	// glued is a straight double mark between a punctuation mark and a
	// word (more."What): a paragraph break was lost around it, so it
	// may close a quote as well as open one.
	glued bool
	role  Role
}

// plainByte marks the bytes that are neither ASCII white space nor the
// first byte of a mark decodeMark knows: the parser skips runs of them
// without decoding. Keep it in step with decodeMark (TestPlainByte).
var plainByte = func() (t [256]bool) {
	for c := range t {
		t[c] = true
	}
	for _, c := range []byte(" \n\t\r\f\v\"'`\xC2\xE2\xE3\xEF") {
		t[c] = false
	}
	return t
}()

// decodeMark reports whether src[i:] starts with a quote mark, and
// which, without decoding runes that cannot be one.
func decodeMark(src []byte, i int) (r rune, size int, fam uint8) {
	switch c := src[i]; c {
	case '"':
		return '"', 1, famDouble
	case '\'':
		if i+1 < len(src) && src[i+1] == '\'' {
			return '\'', 2, famDouble // ''archive style'' double quotes
		}
		return '\'', 1, famSingle
	case '`':
		if i+1 < len(src) && src[i+1] == '`' {
			return '`', 2, famDouble // ``TeX style''
		}
	case 0xC2: // « »
		if i+1 < len(src) {
			switch src[i+1] {
			case 0xAB:
				return '«', 2, famDouble
			case 0xBB:
				return '»', 2, famDouble
			}
		}
	case 0xE2: // U+2018–U+201F, U+2039–U+203A
		if i+2 < len(src) && src[i+1] == 0x80 {
			switch b := src[i+2]; {
			case (b == 0x98 || b == 0x99) && i+5 < len(src) && src[i+3] == 0xE2 && src[i+4] == 0x80 && src[i+5] == b:
				return rune(0x2018 + int(b-0x98)), 6, famDouble // ‘‘doubled’’ singles
			case b >= 0x98 && b <= 0x9B:
				return rune(0x2018 + int(b-0x98)), 3, famSingle
			case b >= 0x9C && b <= 0x9F:
				return rune(0x201C + int(b-0x9C)), 3, famDouble
			case b == 0xB9:
				return '‹', 3, famSingle
			case b == 0xBA:
				return '›', 3, famSingle
			}
		}
	case 0xE3: // 「 」 『 』
		if i+2 < len(src) && src[i+1] == 0x80 {
			switch src[i+2] {
			case 0x8C:
				return '「', 3, famCorner
			case 0x8D:
				return '」', 3, famCorner
			case 0x8E:
				return '『', 3, famWhite
			case 0x8F:
				return '』', 3, famWhite
			}
		}
	case 0xEF: // ＂
		if i+2 < len(src) && src[i+1] == 0xBC && src[i+2] == 0x82 {
			return '＂', 3, famDouble
		}
	}
	return 0, 0, 0
}

// isSpace reports whether r separates words. Invalid UTF-8 counts as a
// word character, which keeps a mark next to it from opening or closing
// on a guess.
func isSpace(r rune) bool {
	return r == ' ' || r == '\n' || r == '\t' || r == '\r' || r == 0xA0 || (r > 0x7F && unicode.IsSpace(r))
}

func isPunct(r rune) bool {
	if r < 0x80 {
		return r != '_' && (r >= '!' && r <= '/' || r >= ':' && r <= '@' || r >= '[' && r <= '`' || r >= '{' && r <= '~')
	}
	return unicode.IsPunct(r) || unicode.IsSymbol(r)
}

// classify fills in what a mark can do from its shape and neighbours,
// following the flanking rules of CommonMark: a mark followed by a word
// and preceded by space or punctuation can open; a mark preceded by a
// word and followed by space or punctuation can close.
func classify(src []byte, m *markInfo) {
	prev, next := ' ', ' '
	if m.pos > 0 {
		prev, _ = utf8.DecodeLastRune(src[:m.pos])
	}
	after := m.pos + m.size
	if after < len(src) {
		next, _ = utf8.DecodeRune(src[after:])
	}
	prevSpace, nextSpace := isSpace(prev), isSpace(next)
	prevPunct, nextPunct := isPunct(prev), isPunct(next)
	left := !nextSpace && (!nextPunct || prevSpace || prevPunct)
	right := !prevSpace && (!prevPunct || nextSpace || nextPunct)

	if m.size > 1 && (m.r == '\'' || m.r == '`') {
		m.canOpen, m.canClose = left, right
		if m.r == '`' {
			m.canOpen, m.canClose = true, false
		}
		return
	}
	switch m.r {
	case '「', '『':
		m.canOpen = true
		return
	case '」', '』':
		m.canClose = true
		return
	case '"', '＂':
		m.canOpen, m.canClose = left, right
		if !left && !right { // spaced on both sides: let the state decide
			m.canOpen, m.canClose = true, true
		}
		m.glued = left && endsClause(prev) && unicode.IsLetter(next)
		return
	}
	if m.fam == famDouble && (m.r == '‘' || m.r == '’') {
		m.canOpen, m.canClose = m.r == '‘', m.r == '’'
		return
	}
	single := m.fam == famSingle
	if single && left && right {
		// Between two word characters: don't, Russia’s, rock'n'roll.
		m.apos = true
		return
	}
	if single && left && isElision(src[after:]) {
		m.apos = true
		return
	}
	if single && !left && right && isDigit(prev) {
		m.apos = true // 5' or 1990s' is a unit or a possessive
		return
	}
	switch m.r {
	case '“', '„', '‟', '«', '‘', '‚', '‛', '‹':
		m.canOpen = left || !right
		m.canClose = right && !left
	default: // ” » ’ ›
		m.canClose = right || !left
		m.canOpen = left && !right
		if m.fam == famDouble && endsClause(prev) {
			// more.”What: a closing shape after a sentence's mark
			// closes, though a word is glued to it.
			m.canClose = true
		}
	}
	if single && m.canClose && !prevSpace {
		m.apos = true // the leaders’ meeting
	}
}

// endsClause reports whether r ends a sentence or clause, so that a
// quote mark right after it, glued to the next word, may close.
func endsClause(r rune) bool {
	switch r {
	case '.', ',', '?', '!', '…', ')', ';':
		return true
	}
	return false
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

// isElision reports whether b, the text right after a single mark,
// makes the mark an elided letter rather than a quote: '90s, 'em, 'n'.
func isElision(b []byte) bool {
	if len(b) >= 2 && isDigit(rune(b[0])) && isDigit(rune(b[1])) && (len(b) == 2 || !isDigit(rune(b[2]))) {
		return true
	}
	for _, w := range elisions {
		if len(b) >= len(w) && equalFoldASCII(b[:len(w)], w) && (len(b) == len(w) || !isWordByte(b[len(w)])) {
			return true
		}
	}
	// rock 'n' roll: the n and the closing mark.
	if len(b) >= 2 && (b[0] == 'n' || b[0] == 'N') {
		r, _ := utf8.DecodeRune(b[1:])
		return r == '\'' || r == '’'
	}
	return false
}

// elisions are the lexicon's elision section.
var elisions = lexdata.Words("elision")

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

func equalFoldASCII(b []byte, s string) bool {
	for i := range len(s) {
		c := b[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != s[i] {
			return false
		}
	}
	return true
}
