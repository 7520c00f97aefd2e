package report

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/verbatim-nlp/verbatim/internal/lexdata"
)

// maxContext bounds the context shown on each side of a quote, in
// bytes, so a sentence without an end (a list, a caption run) cannot
// fill the page.
const maxContext = 240

// honorifics end in a period that does not end a sentence ("Mr.").
var honorifics = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range lexdata.Words("honorific") {
		m[strings.TrimSuffix(w, ".")] = true
	}
	return m
}()

// sentence returns the words of text before start and after end up to
// the ends of their sentence: a . ! ? or … followed by white space
// (closing quote marks and brackets may stand between), a blank line,
// or a line break next to a short line (shortLines). Each side is cut at a word, with "…", after maxContext bytes.
// White space runs become one space. Offsets out of range give "", "".
func sentence(text []byte, start, end int) (before, after string) {
	if start < 0 || end > len(text) || start > end {
		return "", ""
	}
	// Before: back to the last sentence end or blank line.
	lo := start - maxContext
	cut := true
	if lo <= 0 {
		lo, cut = 0, false
	}
	for i := start - 1; i >= lo; i-- {
		if text[i] == '\n' && (blankBefore(text, i) || shortLines(text, i)) {
			lo, cut = i+1, false
			break
		}
		if unicode.IsSpace(rune(text[i])) && i > lo && endsSentence(text[:i]) {
			lo, cut = i+1, false
			break
		}
	}
	for lo < start && !utf8.RuneStart(text[lo]) {
		lo++
	}
	before = strings.TrimLeft(squeeze(string(text[lo:start])), " ")
	if cut {
		if k := strings.IndexByte(before, ' '); k >= 0 {
			before = before[k+1:]
		}
		before = "…" + before
	}

	// After: on to the next sentence end or blank line. A quote whose
	// last word ends the sentence takes only its closing marks.
	hi := min(end+maxContext, len(text))
	cut = hi < len(text)
	stop := func(i int) int { // past the closers at i
		for i < len(text) && isCloser(text, i) {
			_, n := utf8.DecodeRune(text[i:])
			i += n
		}
		return i
	}
	if end > start && endsWithStop(text[start:end]) {
		hi, cut = stop(end), false
	} else {
		for i := end; i < hi; {
			r, n := utf8.DecodeRune(text[i:])
			if r == '\n' && (blankAfter(text, i) || shortLines(text, i)) {
				hi, cut = i, false
				break
			}
			if isStop(r) && i+n <= len(text) {
				j := stop(i + n)
				if j >= len(text) || unicode.IsSpace(rune(text[j])) {
					if r != '.' || !abbreviation(text[:i]) {
						hi, cut = j, false
						break
					}
				}
			}
			i += n
		}
	}
	for hi > end && hi < len(text) && !utf8.RuneStart(text[hi]) {
		hi--
	}
	after = strings.TrimRight(squeeze(string(text[end:hi])), " ")
	if cut {
		if k := strings.LastIndexByte(after, ' '); k >= 0 {
			after = after[:k]
		}
		after += "…"
	}
	return before, after
}

// endsSentence reports whether s ends with a sentence end: a stop
// mark, then closing marks, and not an abbreviation's period.
func endsSentence(s []byte) bool {
	for len(s) > 0 {
		r, n := utf8.DecodeLastRune(s)
		if !isCloserRune(r) {
			break
		}
		s = s[:len(s)-n]
	}
	r, n := utf8.DecodeLastRune(s)
	if !isStop(r) {
		return false
	}
	return r != '.' || !abbreviation(s[:len(s)-n])
}

// abbreviation reports whether the word before a period is an initial,
// an honorific or a dotted abbreviation ("U.S"), after which the
// period does not end the sentence.
func abbreviation(s []byte) bool {
	i := len(s)
	for i > 0 {
		r, n := utf8.DecodeLastRune(s[:i])
		if unicode.IsSpace(r) || isCloserRune(r) || r == '(' {
			break
		}
		i -= n
	}
	w := string(s[i:])
	return utf8.RuneCountInString(w) == 1 && unicode.IsUpper([]rune(w)[0]) ||
		strings.Contains(w, ".") || honorifics[strings.ToLower(w)]
}

func isStop(r rune) bool { return r == '.' || r == '!' || r == '?' || r == '…' }

func endsWithStop(s []byte) bool {
	r, _ := utf8.DecodeLastRune(s)
	return isStop(r)
}

// isCloserRune reports closing quote marks and brackets, and the
// straight marks, which close as often as they open.
func isCloserRune(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', '»', '›', ')', ']', '」', '』':
		return true
	}
	return false
}

func isCloser(text []byte, i int) bool {
	r, _ := utf8.DecodeRune(text[i:])
	return isCloserRune(r)
}

// blankBefore reports whether the newline at i ends a blank line
// (only spaces between it and the newline before).
func blankBefore(text []byte, i int) bool {
	for j := i - 1; j >= 0; j-- {
		switch text[j] {
		case '\n':
			return true
		case ' ', '\t', '\r':
			continue
		}
		return false
	}
	return false
}

// shortLine is the length under which a line is a heading, a caption
// or page furniture rather than a piece of a hard-wrapped paragraph,
// whose lines run to 65 characters or more.
const shortLine = 60

// shortLines reports whether the line before the newline at i is
// short, or the line after it is short and ends in no stop mark (the
// last line of a wrapped paragraph does), so that the newline ends a
// sentence though no stop mark does: a headline or caption line stays
// out of the sentences next to it.
func shortLines(text []byte, i int) bool {
	lo := i
	for lo > 0 && text[lo-1] != '\n' {
		lo--
	}
	hi := i + 1
	for hi < len(text) && text[hi] != '\n' {
		hi++
	}
	next := bytes.TrimSpace(text[i+1 : hi])
	return len(bytes.TrimSpace(text[lo:i])) < shortLine || len(next) < shortLine && !endsSentence(next)
}

// blankAfter reports whether the newline at i is followed by a blank
// line.
func blankAfter(text []byte, i int) bool {
	for j := i + 1; j < len(text); j++ {
		switch text[j] {
		case '\n':
			return true
		case ' ', '\t', '\r':
			continue
		}
		return false
	}
	return true
}

// squeeze makes every run of white space one space and drops control
// characters and invalid UTF-8, so a context reads as one line.
func squeeze(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	var b strings.Builder
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if unicode.IsControl(r) {
			continue
		}
		if space {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	if space {
		b.WriteByte(' ')
	}
	return b.String()
}
