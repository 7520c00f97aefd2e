package attribute

import (
	"strings"
	"unicode/utf8"

	"github.com/verbatim-nlp/verbatim/quote"
)

// findQuotes is a small stand-in for quote.Extract used by the table
// tests: it pairs “ ” (and straight " ") marks within a line and guesses
// Direct or Partial from the punctuation around them.
func findQuotes(src string) []quote.Quote {
	var qs []quote.Quote
	open := -1
	openLen := 0
	line := 0
	for i := 0; i < len(src); {
		r, n := utf8.DecodeRuneInString(src[i:])
		switch {
		case r == '\n':
			open = -1
			line = i + 1
		case r == '“' || r == '"' && open < 0:
			open, openLen = i, n
		case (r == '”' || r == '"') && open >= 0:
			qs = append(qs, mkQuote(src, line, open, openLen, i, n))
			open = -1
		}
		i += n
	}
	return qs
}

func mkQuote(src string, line, o, ol, c, cl int) quote.Quote {
	s, e := o+ol, c
	for s < e && src[s] == ' ' {
		s++
	}
	for e > s && strings.ContainsRune(" ,;:", rune(src[e-1])) {
		e--
	}
	before := strings.TrimRight(src[line:o], " ")
	after := strings.TrimLeft(src[c+cl:min(len(src), c+cl+8)], " ")
	kind := quote.Partial
	text := src[s:e]
	switch {
	case before == "" || strings.HasSuffix(before, ":") || strings.HasSuffix(before, ",") || strings.HasSuffix(before, "."):
		kind = quote.Direct
	case strings.HasPrefix(after, ",") && strings.Count(text, " ") > 4:
		kind = quote.Direct
	case strings.Count(text, " ") < 2 && strings.HasSuffix(before, "the"):
		kind = quote.Term
	}
	return quote.Quote{Start: s, End: e, Text: text, Kind: kind,
		Open: quote.Span{Start: o, End: o + ol}, Close: quote.Span{Start: c, End: c + cl}}
}
