package quote

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/verbatim-nlp/verbatim/internal/layout"
	"github.com/verbatim-nlp/verbatim/internal/lexdata"
)

// Word-count bounds for telling statements from names and fragments.
const (
	maxTermWords     = 5 // “Survival Guide”, “Make America Great Again”
	maxFragmentWords = 3 // ‘New shocks’, ‘move in’
)

// kindOf tells a full statement (Direct) from a fragment in the
// reporter's sentence (Partial) and from a quoted name or title (Term),
// from the shape of the quoted words and of the sentence around them.
// trailingComma reports that a comma inside the marks was trimmed:
// “Yes,” he said.
// lay says which line breaks end paragraphs: the sentence around a
// quote does not run past one.
func kindOf(src []byte, lay *layout.Layout, q *Quote, trailingComma bool) Kind {
	text := src[q.Start:q.End]
	words, titleCase := wordShape(text)
	terminal := endsSentence(text)
	before, beforePos := prevRune(src, lay, q.Open.Start)
	after := ' '
	if !q.Close.Empty() {
		after = nextRune(src, lay, q.Close.End)
	}
	// A comma after the closing mark ends a statement only where the
	// quote opens the sentence: “Nonsense”, he said — not the “Quad”, India.
	statement := terminal || trailingComma || after == ',' && opensSentence(before)

	if before == '=' {
		return Term // a value in markup: <a title="…">
	}
	if words <= maxTermWords && (titleCase && !namedBySpeaker(src[:beforePos], lay) || introducesTerm(src[:beforePos])) {
		// Mid-sentence, a quoted name keeps the reporter's comma or
		// period inside the marks: on “Fox News Sunday,” Pence said.
		if !statement || !opensSentence(before) {
			return Term
		}
	}
	first, _ := utf8.DecodeRune(text)
	if words > maxFragmentWords && afterSpeechVerb(src[:beforePos]) {
		return Direct // Xi said “both China and Russia need to…”
	}
	if !isUpperStart(first) {
		return Partial
	}
	if !statement && words <= maxFragmentWords {
		return Partial // a headline fragment: ‘New shocks’: US hasn’t…
	}
	if opensSentence(before) || before == ',' {
		return Direct
	}
	if terminal && words > maxFragmentWords && !afterThat(src[:beforePos]) {
		return Direct // Blinken told reporters “The document…”
	}
	return Partial
}

// wordShape counts the words of text (up to a small bound, which is all
// the callers need) and reports whether each word with letters starts
// with a capital, small function words apart.
func wordShape(text []byte) (words int, titleCase bool) {
	titleCase = true
	letters := false
	for len(text) > 0 && words <= maxTermWords {
		i := bytes.IndexFunc(text, func(r rune) bool { return !isSpace(r) })
		if i < 0 {
			break
		}
		text = text[i:]
		j := bytes.IndexFunc(text, isSpace)
		if j < 0 {
			j = len(text)
		}
		w := text[:j]
		text = text[j:]
		words++
		r, _ := utf8.DecodeRune(w)
		for !unicode.IsLetter(r) && !isDigit(r) && len(w) > 0 {
			_, n := utf8.DecodeRune(w)
			w = w[n:]
			r, _ = utf8.DecodeRune(w)
		}
		if len(w) == 0 || !unicode.IsLetter(r) {
			continue
		}
		letters = true
		if !unicode.IsUpper(r) && !unicode.IsTitle(r) && !unicode.IsLower(r) {
			// A script without case: count its letters as words, and
			// never take it for title case.
			words += utf8.RuneCount(w) - 1
			titleCase = false
		}
		if unicode.IsLower(r) && (words == 1 || !isSmallWord(w)) {
			titleCase = false
		}
	}
	return words, titleCase && letters
}

// smallWords are the lexicon's smallword section.
var smallWords = lexdata.Words("smallword")

func isSmallWord(w []byte) bool {
	for _, s := range smallWords {
		if string(w) == s {
			return true
		}
	}
	return false
}

func endsSentence(text []byte) bool {
	for len(text) > 0 {
		r, n := utf8.DecodeLastRune(text)
		switch r {
		case '.', '?', '!', '…', '。', '？', '！':
			return true
		case ')', ']', '"', '\'', '’', '”':
			text = text[:len(text)-n]
			continue
		}
		return false
	}
	return false
}

// prevRune returns the last non-space rune before i in the same
// paragraph and the offset just past it, so src[:at] is the text up to
// that rune; at the start of a paragraph it returns 0 and the offset
// after the paragraph break.
func prevRune(src []byte, lay *layout.Layout, i int) (rune, int) {
	for i > 0 {
		r, n := utf8.DecodeLastRune(src[:i])
		if lay.Hard(src, i-n) {
			return 0, i
		}
		if !isSpace(r) {
			return r, i
		}
		i -= n
	}
	return 0, 0
}

// nextRune returns the first non-space rune at or after i in the same
// paragraph, or a space at the end of the paragraph.
func nextRune(src []byte, lay *layout.Layout, i int) rune {
	for i < len(src) {
		r, n := utf8.DecodeRune(src[i:])
		if lay.Hard(src, i) {
			return ' '
		}
		if !isSpace(r) {
			return r
		}
		i += n
	}
	return ' '
}

// termIntroducers are the words that present what follows as a name or
// a term rather than as speech: the so-called “peace dividend”.
var termIntroducers = [][]byte{
	[]byte("so-called"), []byte("so called"), []byte("known as"), []byte("titled"),
	[]byte("entitled"), []byte("the word"), []byte("the words"), []byte("the term"),
	[]byte("the phrase"), []byte("the hashtag"), []byte("the slogan"),
}

// namingVerbs (the lexicon's namingverb section) make a capitalised quote someone's words, not a name the
// reporter uses: Trump called the pageant winner “Miss Piggy”.
var namingVerbs = lexdata.Words("namingverb")

// namedBySpeaker reports whether one of the last few words of before,
// within its sentence, is a naming verb.
func namedBySpeaker(before []byte, lay *layout.Layout) bool {
	const window = 6
	n := 0
	for i := len(before); i > 0 && n < window; {
		j := i
		for j > 0 && isWordByte(before[j-1]) {
			j--
		}
		if j == i {
			c := before[i-1]
			if c == '.' || c == '!' || c == '?' || lay.Hard(before, i-1) {
				return false
			}
			i--
			continue
		}
		w := before[j:i]
		n++
		so := j >= 4 && string(before[j-4:j-1]) == "so" // so-called
		for _, v := range namingVerbs {
			if len(w) == len(v) && equalFoldASCII(w, v) && !so {
				return n > 1 || !namesThing(before[:j])
			}
		}
		i = j
	}
	return false
}

func introducesTerm(before []byte) bool {
	before = bytes.TrimRightFunc(before, isSpace)
	for _, w := range termIntroducers {
		if len(before) >= len(w) && bytes.EqualFold(before[len(before)-len(w):], w) {
			k := len(before) - len(w)
			if k == 0 || !isWordByte(before[k-1]) {
				return true
			}
		}
	}
	return false
}

// opensSentence reports whether a quote after the rune before starts a
// sentence or a clause of its own.
func opensSentence(before rune) bool {
	switch before {
	case 0, '.', '?', '!', ':', ';', '—', '–', '-', '(', '[', '|', '：', '。', '，':
		return true
	case '”', '"', '’', '\'', '»', '」', '』':
		return true // “Q1.” “Q2.”
	}
	return false
}

// afterThat reports whether before ends with the word "that", which
// embeds what follows in the reporter's sentence: added that “Russia’s…”.
func afterThat(before []byte) bool {
	n := len(before)
	return n >= 4 && bytes.EqualFold(before[n-4:], []byte("that")) && (n == 4 || !isWordByte(before[n-5]))
}

// speechVerbs are the verbs that, right before an opening mark, make
// the quote the verb's whole object: Xi said “both China and Russia…”.
// It is the lexicon's shapeverb section; the cue section, which
// attribute reads, is the full list.
var speechVerbs = lexdata.Words("shapeverb")

func afterSpeechVerb(before []byte) bool {
	before = bytes.TrimRightFunc(before, func(r rune) bool { return isSpace(r) || r == ',' || r == ':' })
	i := len(before)
	for i > 0 && isWordByte(before[i-1]) {
		i--
	}
	return oneOf(before[i:], speechVerbs)
}

// speechVerbBefore reports whether one of the last n words of before is
// a speech verb: the mayor told reporters: …
func speechVerbBefore(before []byte, n int) bool {
	for ; n > 0 && len(before) > 0; n-- {
		if afterSpeechVerb(before) {
			return true
		}
		before = bytes.TrimRightFunc(before, isSpace)
		i := len(before)
		for i > 0 && isWordByte(before[i-1]) {
			i--
		}
		if i == len(before) {
			return false // punctuation: the clause ends here
		}
		before = before[:i]
	}
	return false
}

// negations are the lexicon's negation section; functionWords its
// matchstop section, the small words that may stand between a negation
// and the quote it governs ("not to", "was not a").
var (
	negations     = lexdata.Words("negation")
	functionWords = lexdata.Words("matchstop")
)

// negationReach is how many of the reporter's words before a partial
// quote may hold the negation that governs it: "for not being", "was
// never".
const negationReach = 3

// negatedBefore reports whether the reporter's words right before a
// quote negate it: a negation ("not", "never", "wasn't") with only
// function words between it and the mark. A content word ends the
// search (women he doesn't like as “…”: the negation is of "like"), and
// so does a speech verb (did not say “…”: it is of the saying).
func negatedBefore(before []byte) bool {
	for n := 0; n < negationReach; n++ {
		if afterSpeechVerb(before) {
			return false
		}
		before = bytes.TrimRightFunc(before, isSpace)
		i := len(before)
		for i > 0 && (isWordByte(before[i-1]) || before[i-1] == '\'') {
			i--
		}
		w := before[i:]
		switch {
		case len(w) == 0:
			return false // punctuation: the clause ends here
		case negationWord(w):
			return true
		case !oneOf(w, functionWords):
			return false
		}
		before = before[:i]
	}
	return false
}

// negationWord reports whether w is a negation of the lexicon or ends in
// a contracted one ("wasn't", "didn’t").
func negationWord(w []byte) bool {
	for _, suffix := range []string{"n't", "n’t"} {
		if len(w) > len(suffix) && equalFoldASCII(w[len(w)-len(suffix):], suffix) {
			return true
		}
	}
	return oneOf(w, negations)
}

// oneOf reports whether w is one of the lower-case words ws, ASCII case
// ignored.
func oneOf(w []byte, ws []string) bool {
	for _, s := range ws {
		if len(w) == len(s) && equalFoldASCII(w, s) {
			return true
		}
	}
	return false
}

// indefinites are the lexicon's indefinite section.
var indefinites = lexdata.Words("indefinite")

// namesThing reports whether before, the text up to a naming verb right
// before a quote, ends with a noun phrase opened by an indefinite
// article, which makes the verb a participle: Google has a rival called
// “Bard” names a product, where Trump called “…” reports his words.
func namesThing(before []byte) bool {
	const window = 3 // a new AI rival
	for k, i := 0, len(before); k < window; k++ {
		for i > 0 && before[i-1] == ' ' {
			i--
		}
		j := i
		for j > 0 && (isWordByte(before[j-1]) || before[j-1] == '-') {
			j--
		}
		if j == i {
			return false // punctuation ends the phrase
		}
		if oneOf(before[j:i], indefinites) {
			return k > 0
		}
		i = j
	}
	return false
}

// pronouns are the forms of the lexicon's pronoun section ("he | him |
// his = person": the kind after "=" dropped).
var pronouns = func() map[string]bool {
	m := make(map[string]bool)
	for _, f := range lexdata.Words("pronoun") {
		if i := strings.IndexByte(f, '='); i >= 0 {
			f = strings.TrimSpace(f[:i])
		}
		m[f] = true
	}
	return m
}()

// subjectVerbBefore reports whether before ends with a subject and a
// speech verb: "she added", "Okafor said" (a pronoun or a capitalised
// word, then the verb).
func subjectVerbBefore(before []byte) bool {
	before = bytes.TrimRightFunc(before, isSpace)
	if !afterSpeechVerb(before) {
		return false
	}
	i := len(before)
	for i > 0 && isWordByte(before[i-1]) {
		i--
	}
	rest := bytes.TrimRightFunc(before[:i], isSpace)
	j := len(rest)
	for j > 0 && isWordByte(rest[j-1]) {
		j--
	}
	w := rest[j:]
	if len(w) == 0 {
		return false
	}
	return w[0] >= 'A' && w[0] <= 'Z' || pronouns[strings.ToLower(string(w))]
}
