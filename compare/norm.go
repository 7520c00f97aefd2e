package compare

import (
	"bytes"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// appendKey appends the normalised words of s to dst, separated by
// single spaces: lower case, quote marks and punctuation dropped,
// British spellings turned American, possessive 's dropped, n't split
// off as "not", an adjective negated by its prefix split into "not" and
// its antonym ("impossible" → "not possible"; see negatedWords), and
// dotted abbreviations joined ("U.S." → "us").
// Invalid UTF-8 counts as a separator. It allocates only for the rare
// word that needs rewriting.
func appendKey(dst []byte, s string) []byte {
	start := len(dst) // start of the current word
	flush := func() {
		if len(dst) == start {
			return
		}
		w := dst[start:]
		if rw, ok := keyRewrite[string(w)]; ok {
			dst = append(dst[:start], rw...)
		} else if bytes.IndexByte(w, '\'') >= 0 || string(w) == "cannot" {
			parts := appendWord(nil, string(w))
			dst = dst[:start]
			for i, p := range parts {
				if i > 0 {
					dst = append(dst, ' ')
				}
				dst = append(dst, p...)
			}
		}
		dst = append(dst, ' ')
		start = len(dst)
	}
	for i := 0; i < len(s); {
		// ASCII letters, digits and spaces, most of news text, skip
		// the rune decoding and Unicode tables.
		if c := s[i]; c < utf8.RuneSelf {
			switch {
			case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
				dst = append(dst, c)
				i++
				continue
			case 'A' <= c && c <= 'Z':
				dst = append(dst, c+'a'-'A')
				i++
				continue
			case c == ' ':
				flush()
				i++
				continue
			}
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		inWord := len(dst) > start
		switch {
		case r == utf8.RuneError && size <= 1:
			flush()
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			dst = utf8.AppendRune(dst, unicode.ToLower(r))
		case isApostrophe(r) && inWord && i+size < len(s) && nextIsLetter(s[i+size:]):
			dst = append(dst, '\'')
		case (r == '.' || r == ',') && inWord && i+size < len(s):
			// Keep "u.s" and "100,000" together.
			next, _ := utf8.DecodeRuneInString(s[i+size:])
			prev, _ := utf8.DecodeLastRuneInString(s[:i])
			if r == '.' && unicode.IsLetter(next) && isSingleLetterTail(s[:i]) {
				break // dropped: "u.s" becomes "us"
			}
			if unicode.IsDigit(prev) && unicode.IsDigit(next) {
				break
			}
			flush()
		default:
			flush()
		}
		i += size
	}
	flush()
	if n := len(dst); n > 0 && dst[n-1] == ' ' {
		dst = dst[:n-1]
	}
	return dst
}

// words splits a key made by appendKey.
func words(key string) []string { return strings.Fields(key) }

func isApostrophe(r rune) bool {
	return r == '\'' || r == '’' || r == '‘' || r == 'ʼ' || r == '`'
}

func nextIsLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

// isSingleLetterTail reports whether s ends in a one-letter word, such
// as the "U" of "U.S".
func isSingleLetterTail(s string) bool {
	r, n := utf8.DecodeLastRuneInString(s)
	if !unicode.IsLetter(r) {
		return false
	}
	s = s[:len(s)-n]
	if s == "" {
		return true
	}
	p, _ := utf8.DecodeLastRuneInString(s)
	return !unicode.IsLetter(p) && !unicode.IsDigit(p)
}

// appendWord normalises one lower-case word with inner apostrophes.
func appendWord(dst []string, w string) []string {
	if i := strings.IndexByte(w, '\''); i >= 0 {
		base, tail := w[:i], w[i+1:]
		switch {
		case tail == "t" && strings.HasSuffix(base, "n"):
			base = base[:len(base)-1]
			switch base {
			case "ca":
				base = "can"
			case "wo":
				base = "will"
			case "sha":
				base = "shall"
			}
			return append(dst, spelling(base), "not")
		case tail == "s" || tail == "":
			return append(dst, spelling(base))
		case tail == "ve":
			return append(dst, spelling(base), "have")
		case tail == "re":
			return append(dst, spelling(base), "are")
		case tail == "ll":
			return append(dst, spelling(base), "will")
		case tail == "d":
			return append(dst, spelling(base), "would")
		case tail == "m":
			return append(dst, spelling(base), "am")
		}
		w = strings.ReplaceAll(w, "'", "")
	}
	if w == "cannot" {
		return append(dst, "can", "not")
	}
	return append(dst, spelling(w))
}

// spelling returns the American spelling of a British word.
func spelling(w string) string {
	if a, ok := britishToAmerican[w]; ok {
		return a
	}
	return w
}

// britishToAmerican is the lexicon's spelling section
// (internal/lexdata/spelling.txt, generated from stem classes).
var britishToAmerican = lexicon().Words("spelling")

// keyRewrite maps a lower-case word that appendKey rewrites whole to
// its replacement: a British spelling to the American one, a negated
// adjective to "not" and its antonym. One map keeps appendKey at one
// lookup a word.
var keyRewrite = func() map[string]string {
	m := make(map[string]string, len(britishToAmerican)+len(negatedWords))
	for w, base := range negatedWords {
		m[w] = "not " + base
	}
	for b, a := range britishToAmerican {
		m[b] = a
	}
	return m
}()

// synonyms, stopwords and negations are the lexicon's synonym,
// matchstop and negation sections (internal/lexdata/lexicon.txt), read once:
// one word list for every stage.
var (
	synonyms  = lexicon().Words("synonym")
	stopwords = wordSet("matchstop")
	negations = wordSet("negation")
)

// phraseForm is a multi-word synonym form: the words after its first
// ("of us" of "all of us") and the entry's first form it reads as.
type phraseForm struct{ tail, to string }

// phrases maps the first word of each multi-word form of the synonym
// section to its forms, longest first, so "all of us" reads as
// "everyone" (see nextMatchWord).
var phrases = func() map[string][]phraseForm {
	m := map[string][]phraseForm{}
	for form, to := range synonyms {
		if first, tail, ok := strings.Cut(form, " "); ok {
			m[first] = append(m[first], phraseForm{tail: tail, to: to})
		}
	}
	for _, fs := range m {
		sort.Slice(fs, func(i, j int) bool {
			if len(fs[i].tail) != len(fs[j].tail) {
				return len(fs[i].tail) > len(fs[j].tail)
			}
			return fs[i].tail < fs[j].tail
		})
	}
	return m
}()

// nextMatchWord splits the first word off a Key made by appendKey, as
// nextWordString does, but reads a multi-word synonym form that starts
// there as one word, its entry's first form: the words that matching
// compares ("all of us" is "everyone").
func nextMatchWord(key string) (w, rest string) {
	w, rest = nextWordString(key)
	for _, p := range phrases[w] {
		if strings.HasPrefix(rest, p.tail) && (len(rest) == len(p.tail) || rest[len(p.tail)] == ' ') {
			return p.to, strings.TrimPrefix(rest[len(p.tail):], " ")
		}
	}
	return w, rest
}

// wordSet returns a single-word lexicon section as a set.
func wordSet(section string) map[string]bool {
	m := map[string]bool{}
	for w := range lexicon().Words(section) {
		m[w] = true
	}
	return m
}

// matchToken returns the token a normalised word contributes to fuzzy
// matching, or "" for a stop word.
func matchToken(w string) string {
	if s, ok := synonyms[w]; ok {
		w = s
	}
	if stopwords[w] {
		return ""
	}
	return stem(w)
}

// stem strips common English inflections; it is crude on purpose:
// "supporting", "supported" and "supports" must meet, nothing more.
func stem(w string) string {
	n := len(w)
	switch {
	case n > 5 && strings.HasSuffix(w, "ing"):
		w = w[:n-3]
	case n > 4 && (strings.HasSuffix(w, "ied") || strings.HasSuffix(w, "ies")):
		w = w[:n-3] + "y"
	case n > 4 && strings.HasSuffix(w, "ed"):
		w = w[:n-2]
	case n > 5 && strings.HasSuffix(w, "ly"):
		w = w[:n-2]
	case n > 4 && (strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "xes") || strings.HasSuffix(w, "sses")):
		w = w[:n-2]
	case n > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		w = w[:n-1]
	}
	if len(w) > 4 && strings.HasSuffix(w, "e") {
		w = w[:len(w)-1]
	}
	return w
}
