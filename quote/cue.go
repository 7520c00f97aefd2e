package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/verbatim-nlp/verbatim/internal/lexdata"
)

// maxCueWords bounds a cue clause: "Semire Okafor, a nurse in the
// city, agreed." is ten words; a longer run is the reporter's sentence.
// maxCueBytes bounds the bytes read for one, so that runs of spaces or
// commas cost no more than words.
const (
	maxCueWords = 12
	maxCueBytes = 240
)

// cueVerbs are the one-word forms of the lexicon's cue section (said,
// stated, agreed, …): a short clause holding one is the reporter's cue.
var cueVerbs = func() map[string]bool {
	m := make(map[string]bool)
	for _, f := range lexdata.Words("cue") {
		if !strings.HasPrefix(f, "~") && !strings.Contains(f, " ") {
			m[f] = true
		}
	}
	return m
}()

// firstPerson (the lexicon's firstperson section) are the words that
// make a clause the speaker's own ("I promise you"), never the
// reporter's cue.
var firstPerson = func() map[string]bool {
	m := make(map[string]bool)
	for _, w := range lexdata.Words("firstperson") {
		m[w] = true
	}
	return m
}()

// cueClause reports whether src[i:] opens with a reporter's cue clause
// that ends its sentence: at most maxCueWords words, one of them a cue
// verb, none of them first or second person, no quote mark, and a
// sentence mark (or the paragraph's end) after the last word:
// “she stated.”, “Musk said.”. hard reports paragraph breaks.
func cueClause(src []byte, i int, hard func(int) bool) bool {
	words, cue := 0, false
	var w [16]byte
	lim := min(len(src), i+maxCueBytes)
	for i < lim {
		c := src[i]
		if (c == '\n' || c == '\r') && hard(i) {
			break
		}
		if c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == ',' {
			i++
			continue
		}
		if _, size, _ := decodeMark(src, i); size > 0 {
			return false
		}
		// One word: letters, digits, hyphens and apostrophes.
		j, n, letters, upper := i, 0, 0, false
		for j < len(src) {
			r, size := utf8.DecodeRune(src[j:])
			if !unicode.IsLetter(r) && !isDigit(r) && r != '-' {
				if r == '\'' || r == '’' {
					j += size
					continue
				}
				break
			}
			if letters == 0 {
				upper = unicode.IsUpper(r)
			}
			letters++
			if n+size <= len(w) {
				n += copy(w[n:], src[j:j+size])
			}
			j += size
		}
		if j == i { // punctuation: a sentence mark ends the clause
			r, size := utf8.DecodeRune(src[i:])
			switch r {
			case '.', '!', '?', '…':
				return cue
			case ';', ':', '(', ')', '—', '–':
				return false
			}
			i += size
			continue
		}
		words++
		if words > maxCueWords {
			return false
		}
		lw := strings.ToLower(string(w[:n]))
		if firstPerson[lw] {
			return false
		}
		cue = cue || cueVerbs[lw]
		i = j
		// "Mr." and an initial do not end the sentence.
		if i < len(src) && src[i] == '.' && upper && letters <= 2 {
			i++
		}
	}
	if i < len(src) && !((src[i] == '\n' || src[i] == '\r') && hard(i)) {
		return false // too long for a cue, with no sentence mark yet
	}
	return cue // the paragraph ends without a sentence mark
}

// cueTail returns where a trailing cue clause starts in the unclosed
// quote src[start:end] (“We will rebuild, the mayor said.” with no
// closing mark): the offset of the comma before it, or end when the
// quote does not end with one. The clause must end the text.
func cueTail(src []byte, start, end int, hard func(int) bool) int {
	if end <= start || !endsSentence(src[start:end]) {
		return end
	}
	words := 0
	for i := end - 1; i > start && i > end-maxCueBytes; i-- {
		switch c := src[i]; {
		case c == ',':
			if cueClause(src[:end], i+1, hard) {
				return i
			}
		case c == ' ':
			words++
			if words > maxCueWords {
				return end
			}
		case c == '.' || c == '!' || c == '?':
			if i < end-1 && (src[i+1] == ' ' || src[i+1] == '\n') && !abbrevBefore(src[start:i]) {
				return end // an earlier sentence: the tail is not one clause
			}
		}
	}
	return end
}

// abbrevBefore reports whether b ends with a word that a period after
// it abbreviates rather than ends: "Mr", "Ms", an initial.
func abbrevBefore(b []byte) bool {
	n := 0
	for n < len(b) && n < 3 && isASCIILetter(b[len(b)-1-n]) {
		n++
	}
	if n == 0 || n > 2 {
		return false
	}
	first := b[len(b)-n]
	return first >= 'A' && first <= 'Z' && (n == len(b) || !isWordByte(b[len(b)-1-n]))
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
