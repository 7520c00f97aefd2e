package attribute

import (
	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/verbatim-nlp/verbatim/internal/layout"
)

type tokKind uint8

const (
	tWord  tokKind = iota + 1
	tPoss          // possessive ’s / 's
	tComma         // ,
	tStop          // . ? ! …
	tColon         // : ;
	tQuote         // any quote mark
	tDash          // — – ―
	tParen         // ( ) [ ]
	tOther         // anything else, invalid UTF-8 included
)

// A token is a half-open byte range [s, e) of the input.
// Fields are int32 and ordered so that a token takes 28 bytes, not 64:
// a document holds about one token per five input bytes, and the token
// slice was most of what Attribute allocated.
type token struct {
	s, e  int32
	para  int32  // paragraph number, from the document's layout
	sent  int32  // sentence number, set by splitSentences
	qmark int32  // for tQuote: index+1 of the quote whose mark this is, else 0
	cls   uint32 // lexicon sections holding the word (see secBit)
	kind  tokKind
	cap   bool // word starts with an upper-case letter
	inQ   bool // inside a speech quote's marks
}

func isApos(r rune) bool { return r == '\'' || r == '’' }

func isQuoteRune(r rune) bool {
	switch r {
	case '"', '“', '”', '„', '«', '»', '‘', '’', '‹', '›', '‟', '\'':
		return true
	}
	return false
}

// tokenize splits src into tokens in one pass. It never fails: invalid
// UTF-8 becomes one-byte tOther tokens. Each token's para is its
// paragraph in lay.
func tokenize(src []byte, lay *layout.Layout, abbrev func(lower []byte) bool, lower []byte, toks []token) []token {
	var para int32
	paras := lay.Cursor()
	for i := 0; i < len(src); {
		if c := src[i]; c < utf8.RuneSelf && c != '\n' && c != '\'' && c != '"' {
			// ASCII fast path: spaces, plain words, punctuation.
			switch {
			case c == '\r' && layout.IsBreak(src, i) && paras.Para(i) < 0:
				para++ // a lone CR ending a paragraph
				i++
				continue
			case c == ' ' || c == '\t' || c == '\r':
				i++
				continue
			case isAlnum(c):
				j := i + 1
				for j < len(src) && isAlnum(src[j]) {
					j++
				}
				if j >= len(src) || src[j] == ' ' || src[j] == ',' || src[j] == '\n' || src[j] == ';' || src[j] == ':' {
					toks = append(toks, token{s: int32(i), e: int32(j), kind: tWord, cap: c >= 'A' && c <= 'Z', para: para})
					i = j
					continue
				}
			}
		}
		r, n := utf8.DecodeRune(src[i:])
		switch {
		case r == '\n':
			if paras.Para(i) < 0 {
				para++ // a break inside a paragraph is a space
			}
			i += n
			continue
		case r == utf8.RuneError && n <= 1, unicode.IsSpace(r):
			if r == utf8.RuneError {
				toks = append(toks, token{s: int32(i), e: int32(i + n), kind: tOther, para: para})
			}
			i += n
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i + n
			for j < len(src) {
				r2, n2 := utf8.DecodeRune(src[j:])
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) || unicode.Is(unicode.Mn, r2) {
					j += n2
					continue
				}
				if r2 == '-' || r2 == '.' || isApos(r2) || r2 == '&' {
					r3, n3 := utf8.DecodeRune(src[j+n2:])
					if !(unicode.IsLetter(r3) || unicode.IsDigit(r3)) {
						break
					}
					// A possessive ’s ends the word.
					if isApos(r2) && (r3 == 's' || r3 == 'S') {
						r4, _ := utf8.DecodeRune(src[j+n2+n3:])
						if j+n2+n3 >= len(src) || !(unicode.IsLetter(r4) || unicode.IsDigit(r4)) {
							break
						}
					}
					// "end.The" is two sentences; "U.S" and "3.5" are one word.
					if r2 == '.' && unicode.IsUpper(r3) && j-i > 1 && !unicode.IsUpper(lastRune(src[i:j])) {
						break
					}
					j += n2 + n3
					continue
				}
				break
			}
			// Abbreviations and initials keep their period.
			if j < len(src) && src[j] == '.' {
				w := lower[i:j]
				if abbrev(w) || (j-i == 1 && unicode.IsUpper(r)) || containsByte(src[i:j], '.') {
					j++
				}
			}
			toks = append(toks, token{s: int32(i), e: int32(j), kind: tWord, cap: unicode.IsUpper(r), para: para})
			i = j
			continue
		}
		k := tOther
		switch {
		case isApos(r) && len(toks) > 0 && int(toks[len(toks)-1].e) == i && toks[len(toks)-1].kind == tWord &&
			i+n < len(src) && (src[i+n] == 's' || src[i+n] == 'S') &&
			(i+n+1 >= len(src) || !isWordByte(src[i+n+1])):
			toks = append(toks, token{s: int32(i), e: int32(i + n + 1), kind: tPoss, para: para})
			i += n + 1
			continue
		case isApos(r) && len(toks) > 0 && int(toks[len(toks)-1].e) == i && toks[len(toks)-1].kind == tWord &&
			(src[i-1] == 's' || src[i-1] == 'S') && i+n+1 < len(src) && src[i+n] == ' ' && isAlnum(src[i+n+1]):
			// "Sanders’ campaign manager": the possessive of a word in
			// s. A closing quote mark here is given back to the quote
			// by markQuotes.
			toks = append(toks, token{s: int32(i), e: int32(i + n), kind: tPoss, para: para})
			i += n
			continue
		case isQuoteRune(r):
			k = tQuote
		case r == ',':
			k = tComma
		case r == '.' || r == '?' || r == '!' || r == '…':
			k = tStop
		case r == ':' || r == ';':
			k = tColon
		case r == '—' || r == '–' || r == '―' || r == '-':
			k = tDash
		case r == '(' || r == ')' || r == '[' || r == ']':
			k = tParen
		}
		toks = append(toks, token{s: int32(i), e: int32(i + n), kind: k, para: para})
		i += n
	}
	return toks
}

func isAlnum(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}

func containsByte(b []byte, c byte) bool {
	for _, x := range b {
		if x == c {
			return true
		}
	}
	return false
}

func lastRune(b []byte) rune {
	r, _ := utf8.DecodeLastRune(b)
	return r
}

// asciiLowerInto returns a copy of src, in dst's memory when it fits,
// with A–Z lowered; every other byte is kept, so offsets into it are
// offsets into src.
func asciiLowerInto(dst, src []byte) []byte {
	dst = slices.Grow(dst, len(src))[:len(src)]
	for i, c := range src {
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst[i] = c
	}
	return dst
}
