package attribute

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-nlp/verbatim/quote"
)

func TestLexiconErrors(t *testing.T) {
	tests := []struct {
		name, in string
		want     error
	}{
		{"unknown-section", "[verbs]\nsay | said\n", ErrSection},
		{"entry-before-section", "say | said\n", ErrSyntax},
		{"pronoun-without-kind", "[pronoun]\nthey | them\n", ErrSyntax},
		{"phrase-in-word-section", "[title]\nforeign minister\n", ErrSyntax},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ParseLexicon(strings.NewReader(tc.in))
			if !errors.Is(err, tc.want) {
				t.Errorf("ParseLexicon(%q) error = %v, want %v", tc.in, err, tc.want)
			}
			if _, err := New(LexiconFrom(strings.NewReader(tc.in))); !errors.Is(err, tc.want) {
				t.Errorf("New(LexiconFrom(%q)) error = %v, want %v", tc.in, err, tc.want)
			}
		})
	}
	var zero Attributor
	src := "“We will win,” Kari Lund said."
	if q := zero.Attribute([]byte(src), findQuotes(src)).Quotes[0]; q.Speaker != "Kari Lund" {
		t.Errorf("zero Attributor: speaker %q, want %q", q.Speaker, "Kari Lund")
	}
	if _, err := New(Cues("whisper", "whispered")); err != nil {
		t.Errorf("Cues: %v", err)
	}
}

// TestOptionsExtend shows that user entries change attributions: an
// unknown verb becomes a cue, an unknown word a title.
func TestOptionsExtend(t *testing.T) {
	src := "“We will win,” Ombudsman Kari Lund intoned."
	base, err := New()
	if err != nil {
		t.Fatal(err)
	}
	if q := base.Attribute([]byte(src), findQuotes(src)).Quotes[0]; q.Speaker != "" {
		t.Fatalf("without the cue: speaker %q, want none", q.Speaker)
	}
	ext, err := New(Cues("intone", "intoned", "intones"), Titles("ombudsman"),
		LexiconFrom(strings.NewReader("[role]\nnegotiator | negotiators\n")), FindIndirect(false))
	if err != nil {
		t.Fatal(err)
	}
	r := ext.Attribute([]byte(src), findQuotes(src))
	q := r.Quotes[0]
	if q.Speaker != "Kari Lund" || q.Title != "Ombudsman" || q.Rule != "cue-after:intoned" {
		t.Errorf("with the cue (-want +got):\n-%q %q %q\n+%q %q %q", "Kari Lund", "Ombudsman", "cue-after:intoned", q.Speaker, q.Title, q.Rule)
	}
	src2 := "The negotiators said the deal was close."
	for _, q := range ext.Attribute([]byte(src2), nil).Quotes {
		if q.Kind == quote.Indirect {
			t.Errorf("FindIndirect(false) still found %v", q)
		}
	}
}

func TestState(t *testing.T) {
	for in, want := range map[string]string{"Chinese": "China", "China’s": "China", "Beijing": "China", "U.S.": "United States", "Russian": "Russia",
		"Kremlin": "Russia", "the Élysée": "France", "Downing Street": "United Kingdom", // seats
		"Argentina": "Argentina", "Buenos Aires": "Argentina", "Seychelles": "Seychelles", // states.txt
		"Victoria": "", // a capital that is a given name stays a person
	} {
		got, ok := State(in)
		if got != want || ok != (want != "") {
			t.Errorf("State(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
}

// TestLexiconWords: compare reads its match lists through Words, so a
// synonym entry maps every form to its first, and the copy is the
// caller's to change.
func TestLexiconWords(t *testing.T) {
	lx, err := ParseLexicon(strings.NewReader("[synonym]\nCall | urge | urged\n[negation]\nnot | never\n"))
	if err != nil {
		t.Fatal(err)
	}
	syn := lx.Words("synonym")
	for _, w := range []string{"call", "urge", "urged"} {
		if syn[w] != "call" {
			t.Errorf("Words(synonym)[%q] = %q, want call", w, syn[w])
		}
	}
	syn["urge"] = "x"
	if lx.Words("synonym")["urge"] != "call" {
		t.Error("Words returned the lexicon's own map")
	}
	if neg := lx.Words("negation"); len(neg) != 2 || !lx.Has("negation", "Never") {
		t.Errorf("negation section = %v", neg)
	}
	d := DefaultLexicon()
	if !d.Has("matchstop", "the") || !d.Has("negation", "not") || d.Words("synonym")["urged"] != "call" || d.Words("spelling")["colour"] != "color" {
		t.Error("the default lexicon lacks compare's sections")
	}
}

// TestDefaultLexiconCopies checks that DefaultLexicon, which shares the
// maps of one parsed lexicon until a caller writes, hands each caller its
// own: adding to or merging into one leaves the next untouched. It also
// reads CRLF lines and collapses inner spaces.
func TestDefaultLexiconCopies(t *testing.T) {
	a := DefaultLexicon()
	require.NoError(t, a.Add(secEnglish, "okafor"))
	assert.True(t, a.Has(secEnglish, "Okafor"))
	assert.True(t, a.Has(secEnglish, "poll"), "the copy keeps the built-in words")
	assert.False(t, DefaultLexicon().Has(secEnglish, "okafor"), "a caller's addition leaked into the built-in lexicon")
	user, err := ParseLexicon(strings.NewReader("[title]\nquartermaster\n"))
	require.NoError(t, err)
	b := DefaultLexicon()
	b.Merge(user)
	assert.True(t, b.Has(secTitle, "quartermaster"))
	assert.False(t, DefaultLexicon().Has(secTitle, "quartermaster"), "a merge leaked into the built-in lexicon")
	assert.True(t, DefaultLexicon().Has(secEnglish, "poll"))

	lx, err := ParseLexicon(strings.NewReader("[cue]\r\nsay | said |  was   quoted  as saying\r\n[stop]\r\nMeanwhile\r\n"))
	require.NoError(t, err)
	assert.True(t, lx.Has(secCue, "was quoted as saying"))
	assert.True(t, lx.Has(secStop, "meanwhile"))
}
