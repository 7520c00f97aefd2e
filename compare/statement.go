package compare

import (
	"unicode"
	"unicode/utf8"
)

// An occurrence is one statement inside one quote: a quote of several
// sentences holds several statements, and each is clustered on its
// own, so outlets that cut one speech in different places still meet.
type occurrence struct {
	q          int32 // index in run.qs
	u          int32 // index in run.uniq: the statement's rendering
	start, end int32 // byte offsets of the statement in the quote's Text
}

// piece is one statement of a quote text, as split once per distinct
// text: wire copies of a quote share the split.
type piece struct {
	start, end int32
	plain      int32 // index in run.plain of the statement's Key
}

type split struct {
	plain  int32 // the whole quote's Key
	pieces []piece
}

// splitText returns the split of a quote text, computing it once per
// distinct text.
func (r *run) splitText(text string) *split {
	if s, ok := r.splits[text]; ok {
		return s
	}
	s := &split{plain: r.plainOf(text)}
	bounds := sentenceBounds(text, nil)
	// A sentence with too few content words ("Now to enjoy.") is no
	// statement of its own: it joins the sentence before it, or the
	// one after when it comes first.
	var pcs []piece
	for _, b := range bounds {
		p := piece{start: b[0], end: b[1], plain: r.plainOf(text[b[0]:b[1]])}
		short := int(r.plain[p.plain].content) < r.cfg.minContent
		switch {
		case len(pcs) > 0 && (short || int(r.plain[pcs[len(pcs)-1].plain].content) < r.cfg.minContent):
			last := &pcs[len(pcs)-1]
			last.end = p.end
			last.plain = r.plainOf(text[last.start:last.end])
		default:
			pcs = append(pcs, p)
		}
	}
	if len(pcs) <= 1 {
		pcs = []piece{{start: 0, end: int32(len(text)), plain: s.plain}}
	}
	s.pieces = pcs
	r.splits[text] = s
	return s
}

// plainOf interns the Key of text with its count of content words.
func (r *run) plainOf(text string) int32 {
	r.keyBuf = appendKey(r.keyBuf[:0], text)
	if pk, ok := r.plainIdx[string(r.keyBuf)]; ok {
		return pk
	}
	k := string(r.keyBuf)
	content := 0
	for rest := k; len(rest) > 0; {
		var w string
		w, rest = nextMatchWord(rest)
		if matchToken(w) != "" {
			content++
		}
	}
	pk := int32(len(r.plain))
	r.plainIdx[k] = pk
	r.plain = append(r.plain, plainKey{key: k, content: int32(content)})
	return pk
}

// sentenceBounds appends to dst the half-open byte ranges of the
// sentences of a quote text, white space and quote marks trimmed. A
// sentence ends at . ! ? or … (with any closing marks after it) before
// white space and a capital, a digit or an opening mark, unless the
// word before the stop is a short capitalised one ("Mr.", "Dr.",
// "No."): abbreviations are kept whole at the cost of a sentence that
// ends in "the US." staying joined to the next.
func sentenceBounds(text string, dst [][2]int32) [][2]int32 {
	start := 0
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if r != '.' && r != '!' && r != '?' && r != '…' {
			i += n
			continue
		}
		j := i + n
		for j < len(text) {
			c, m := utf8.DecodeRuneInString(text[j:])
			if !isCloser(c) && c != '.' && c != '!' && c != '?' {
				break
			}
			j += m
		}
		k := j
		for k < len(text) {
			c, m := utf8.DecodeRuneInString(text[k:])
			if !unicode.IsSpace(c) {
				break
			}
			k += m
		}
		if k == j || k == len(text) {
			i = j
			continue
		}
		next, _ := utf8.DecodeRuneInString(text[k:])
		if !(unicode.IsUpper(next) || unicode.IsDigit(next) || isOpener(next)) || r == '.' && abbrevBefore(text[:i]) {
			i = j
			continue
		}
		dst = appendTrimmed(dst, text, start, j)
		start, i = k, k
	}
	return appendTrimmed(dst, text, start, len(text))
}

// appendTrimmed appends text[s:e] less surrounding space and quote marks.
func appendTrimmed(dst [][2]int32, text string, s, e int) [][2]int32 {
	for s < e {
		c, n := utf8.DecodeRuneInString(text[s:])
		if !unicode.IsSpace(c) && !isOpener(c) && !isCloser(c) {
			break
		}
		s += n
	}
	for e > s {
		c, n := utf8.DecodeLastRuneInString(text[s:e])
		if !unicode.IsSpace(c) && !isOpener(c) && !isCloser(c) {
			break
		}
		e -= n
	}
	if e > s {
		dst = append(dst, [2]int32{int32(s), int32(e)})
	}
	return dst
}

func isOpener(r rune) bool { return r == '"' || r == '“' || r == '‘' || r == '«' || r == '„' }

func isCloser(r rune) bool {
	return r == '"' || r == '”' || r == '’' || r == '»' || r == '\'' || r == ')' || r == ']'
}

// abbrevBefore reports whether s ends in a capitalised word of at most
// three letters, or a single letter: the "Mr" of "Mr.", the "J" of
// "J. Smith".
func abbrevBefore(s string) bool {
	n := 0
	var first rune
	for len(s) > 0 {
		r, m := utf8.DecodeLastRuneInString(s)
		if !unicode.IsLetter(r) {
			break
		}
		first = r
		n++
		s = s[:len(s)-m]
	}
	return n == 1 || n > 0 && n <= 3 && unicode.IsUpper(first)
}
