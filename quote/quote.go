package quote

import (
	"encoding/json"
	"fmt"
)

// Kind says what sort of quoted span a Quote is.
type Kind uint8

// The kinds of Quote. The zero Kind is invalid.
const (
	// Direct is a full quoted statement: it opens a sentence or follows
	// a colon or a cue, or it is followed by a cue ("…,” Wang said).
	Direct Kind = iota + 1
	// Partial is a fragment embedded in the reporter's sentence:
	// defended Russia's “reasonable concerns”.
	Partial
	// Indirect is reported speech without quote marks: the content
	// clause of "Wang said that regional security could not…".
	// Package quote never produces it; package attribute does.
	Indirect
	// Term is a quoted name, title or scare-quoted word that is not
	// speech: the “Quad”, “Survival Guide”.
	Term
)

var kindNames = [...]string{Direct: "direct", Partial: "partial", Indirect: "indirect", Term: "term"}

// String returns the kind's name as used in JSON: "direct", "partial",
// "indirect" or "term".
func (k Kind) String() string {
	if int(k) < len(kindNames) && kindNames[k] != "" {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", uint8(k))
}

// ParseKind returns the Kind named s.
func ParseKind(s string) (Kind, error) {
	for k, name := range kindNames {
		if name != "" && name == s {
			return Kind(k), nil
		}
	}
	return 0, fmt.Errorf("quote: unknown kind %q", s)
}

// MarshalText implements encoding.TextMarshaler.
func (k Kind) MarshalText() ([]byte, error) {
	if int(k) >= len(kindNames) || kindNames[k] == "" {
		return nil, fmt.Errorf("quote: invalid kind %d", uint8(k))
	}
	return []byte(kindNames[k]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *Kind) UnmarshalText(b []byte) error {
	v, err := ParseKind(string(b))
	if err != nil {
		return err
	}
	*k = v
	return nil
}

// A Span is a half-open range [Start, End) of byte offsets into the
// original input, counted from 0. It is a range of bytes, not of runes:
// invalid UTF-8 and NUL bytes count one byte each.
type Span struct {
	Start int `json:"start"` // byte offset of the first byte
	End   int `json:"end"`   // byte offset just past the last byte
}

// Len returns the number of bytes in the span.
func (s Span) Len() int { return s.End - s.Start }

// Empty reports whether the span holds no bytes.
func (s Span) Empty() bool { return s.End <= s.Start }

// Mention is a piece of the input that licensed an attribution: the
// speaker's name as written, or the cue word. Start and End are
// half-open byte offsets into the original input; Text equals those
// bytes. The zero Mention means "none".
type Mention struct {
	Text  string `json:"text"`
	Start int    `json:"start"` // byte offset of the first byte
	End   int    `json:"end"`   // byte offset just past the last byte
}

// Span returns the mention's byte range.
func (m Mention) Span() Span { return Span{m.Start, m.End} }

// A Quote is one quoted statement, or quoted term, in a document.
//
// Start and End are half-open byte offsets into the original input of
// the quoted words, quote marks excluded; Text equals src[Start:End].
// Leading and trailing white space inside the marks is excluded, and so
// is a trailing comma, semicolon or colon, which belongs to the
// reporter's sentence (“We urge restraint,” Wang said → "We urge
// restraint"). A terminal period, question mark, exclamation mark or
// ellipsis is kept: it ends the speaker's sentence.
//
// A quote that runs over several paragraphs, with the opening mark
// repeated at each new paragraph, is one Quote: Start is in the first
// paragraph, End in the last, Text holds the paragraph breaks and the
// repeated marks between them, and Parts lists each paragraph's piece.
//
// The attribution fields (Speaker to Rule) are empty until package
// attribute fills them.
type Quote struct {
	Start int    `json:"start"` // byte offset of the first quoted byte, marks excluded
	End   int    `json:"end"`   // byte offset just past the last quoted byte
	Text  string `json:"text"`  // src[Start:End]
	Kind  Kind   `json:"kind"`

	// Open and Close are the byte ranges of the opening and closing
	// quote marks. Close is empty when the quote never closes (see
	// Unclosed); both are empty for Indirect quotes.
	Open  Span `json:"open"`
	Close Span `json:"close"`
	// Parts holds one span per paragraph for a quote that runs over
	// several paragraphs; it is nil for a quote in one paragraph.
	Parts []Span `json:"parts,omitempty"`
	// Depth is 0 for a quote in the reporter's text, 1 for a quote
	// nested inside it, and so on.
	Depth int `json:"depth"`
	// Unclosed reports that no closing mark was found: the quote ends
	// at the end of the line where it (or its last paragraph's piece)
	// started, or before a second opening mark of its style, so a stray
	// mark cannot swallow the paragraph.
	Unclosed bool `json:"unclosed,omitempty"`
	// Unopened reports that the text left out the opening mark: a
	// closing mark after a sentence ended a paragraph with no mark
	// before it, and the quote runs from the paragraph's start (or a
	// speech verb's colon in it). Open is then empty, at Start.
	Unopened bool `json:"unopened,omitempty"`
	// Negated reports that a Partial quote stands in a clause the
	// reporter negates just before its opening mark: fired him for not
	// being “consistently candid”. The quoted words lack the negation
	// the speaker's sentence had, so package compare reads it with them.
	Negated bool `json:"negated,omitempty"`

	// Speaker is the canonical full name of whoever the words are
	// credited to, as the article gives it; empty when nothing in the
	// text licenses an attribution.
	Speaker string `json:"speaker"`
	// Mention is the words in the text that name the speaker ("Wang",
	// "He", "the statement").
	Mention Mention `json:"mention"`
	// Title is the speaker's title as the article gives it
	// ("Chinese Foreign Minister"); for a speaker named only by an
	// office, the office ("Ohio’s health minister"). Honorifics
	// ("Mr", "Dr") are forms of address, not titles: never a Title.
	Title string `json:"title"`
	// Via is the channel that relayed the words (CCTV, the Chinese
	// Foreign Ministry), kept apart from the speaker.
	Via string `json:"via"`
	// Reporter is the person whose account presents the words as the
	// speaker's, in a reported chain ("Ushakov said Xi said …").
	Reporter string `json:"reporter,omitempty"`
	// Cue is the speech verb or phrase that ties speaker and quote
	// ("said", "was quoted as saying", "according to").
	Cue Mention `json:"cue"`
	// Confidence is how sure the attribution is, from 0 to 1. It is a
	// heuristic score, not a probability; its scale may change.
	Confidence float64 `json:"confidence"`
	// Rule names the rule or evidence that produced the attribution,
	// or why there is none.
	Rule string `json:"rule,omitempty"`
}

// Span returns the quote's byte range.
func (q *Quote) Span() Span { return Span{q.Start, q.End} }

// IsSpeech reports whether the quote is speech, that is, not a Term.
func (q *Quote) IsSpeech() bool { return q.Kind != Term }

// String returns a short description for debugging.
func (q Quote) String() string {
	b, _ := json.Marshal(q.Text)
	return fmt.Sprintf("%s[%d:%d]%s", q.Kind, q.Start, q.End, b)
}
