package newseval

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Two made-up articles: a.txt quotes a mayor twice, b.txt renders her
// first statement again and names a product in quote marks.
const goldJSON = `{
 "quotes": [
  {"doc": "a.txt", "start": 10, "end": 50, "text": "", "id": "a:0", "kind": "direct", "speakers": ["Dana Whitfield"], "title": "Eastport mayor", "cluster": ["S1"]},
  {"doc": "a.txt", "start": 100, "end": 120, "text": "", "id": "a:1", "kind": "partial", "speakers": ["Dana Whitfield"], "title": "", "cluster": "S2"},
  {"doc": "b.txt", "start": 5, "end": 45, "text": "", "id": "b:0", "kind": "direct", "speakers": ["Dana Whitfield", "the mayor"], "title": "mayor", "cluster": ["S1"]},
  {"doc": "b.txt", "start": 200, "end": 240, "text": "", "id": "b:1", "kind": "direct", "speakers": ["Tomas Ekberg"], "title": "", "cluster": ["S3"]}
 ],
 "optional": [{"doc": "a.txt", "start": 300, "end": 320, "text": "", "id": "a:o0", "kind": "direct", "cluster": []}],
 "not_speech": [{"doc": "b.txt", "start": 400, "end": 410, "text": ""}],
 "flags": [
  {"kind": "name-variant", "must_mention": ["Whitfield", "Whitfeld"]},
  {"kind": "title-conflict", "must_mention": ["Ekberg"]}
 ]
}`

const reportJSON = `{
 "documents": [],
 "quotes": [
  {"doc": "in/a.txt", "start": 12, "end": 50, "kind": "direct", "speaker": "Whitfield", "person": "Dana  WHITFIELD", "title": "Mayor of Eastport", "cluster": "c1"},
  {"doc": "in/a.txt", "start": 100, "end": 140, "kind": "partial", "speaker": "Dana Whitfield", "title": "", "cluster": "c2"},
  {"doc": "in/a.txt", "start": 300, "end": 318, "kind": "direct", "speaker": "", "cluster": "c9"},
  {"doc": "in/a.txt", "start": 500, "end": 520, "kind": "direct", "speaker": "", "cluster": "c8"},
  {"doc": "in/b.txt", "start": 5, "end": 44, "kind": "direct", "speaker": "The mayor", "title": "the mayor", "cluster": "c1"},
  {"doc": "in/b.txt", "start": 200, "end": 215, "kind": "direct", "speaker": "Tomas Ekberg", "cluster": "c1"},
  {"doc": "in/b.txt", "start": 402, "end": 408, "kind": "term", "speaker": ""},
  {"doc": "in/b.txt", "start": 395, "end": 412, "kind": "partial", "speaker": ""}
 ],
 "flags": [
  {"kind": "name-variant", "subject": "Dana Whitfield", "values": ["Whitfield", "Whitfeld"]},
  {"kind": "speaker-conflict", "subject": "Ekberg", "values": []}
 ]
}`

func TestScore(t *testing.T) {
	g, err := ParseGold([]byte(goldJSON))
	require.NoError(t, err)
	r, err := ParseReport([]byte(reportJSON))
	require.NoError(t, err)

	direct := Score(g, r, "direct")
	// a:0 and b:0 match; b:1 overlaps 15 of its 40 bytes: less than half.
	assert.Equal(t, 3, direct.Gold)
	assert.Equal(t, 2, direct.Matched)
	// Speech quotes: a:0, a:1 (overlaps 20 of 40: half), a:o0 (optional),
	// b:0 are right; 500-520, b:1's 15 bytes and the quote over the
	// product name are not. The term does not count.
	assert.Equal(t, 4, direct.TP)
	assert.Equal(t, 3, direct.FP)
	assert.Equal(t, 1, direct.NotSpeech)
	// person wins over speaker, case and spacing ignored; "the mayor" is
	// an accepted speaker of b:0.
	assert.Equal(t, 2, direct.SpeakerOK)
	// The titles' last words: "Eastport" is not "mayor"; "mayor" is.
	assert.Equal(t, 2, direct.TitleOf)
	assert.Equal(t, 1, direct.TitleOK)
	// One cross-document pair (a:0, b:0), one statement, clustered.
	assert.Equal(t, [2]int{1, 1}, [2]int{direct.SameOK, direct.SameAll})
	assert.Equal(t, [2]int{0, 0}, [2]int{direct.DiffOK, direct.DiffAll})
	assert.Equal(t, 1, direct.FlagsFound)
	assert.Equal(t, 2, direct.FlagsOf)
	assert.InDelta(t, 2.0/3, direct.ExtractRecall(), 1e-9)
	assert.InDelta(t, 4.0/7, direct.ExtractPrecision(), 1e-9)

	both := Score(g, r, "direct", "partial")
	assert.Equal(t, 4, both.Gold)
	assert.Equal(t, 3, both.Matched)
	assert.Equal(t, 3, both.SpeakerOK)
	// Pairs across documents: (a:0,b:0) same, clustered; (a:1,b:0)
	// different statements, kept apart.
	assert.Equal(t, [2]int{1, 1}, [2]int{both.SameOK, both.SameAll})
	assert.Equal(t, [2]int{1, 1}, [2]int{both.DiffOK, both.DiffAll})
	assert.Contains(t, both.String(), "extract recall 0.750 (3/4)")
}

func TestScoreEmpty(t *testing.T) {
	f := Score(&Gold{}, &Report{}, "direct")
	assert.Equal(t, 1.0, f.ExtractRecall(), "nothing to find is all found, as in score.py")
	assert.Equal(t, 0.0, f.ExtractPrecision(), "nothing reported has precision 0, as in score.py")
	assert.Equal(t, 1.0, f.ClusterRecall())
}

func TestParseErrors(t *testing.T) {
	_, err := ParseGold([]byte(`{"quotes": [{"cluster": 3}]}`))
	assert.Error(t, err)
	_, err = ParseReport([]byte(`[`))
	assert.Error(t, err)
}

func TestNormName(t *testing.T) {
	for in, want := range map[string]string{
		"  Dana\tWhitfield ": "dana whitfield",
		"ÉLYSÉE":             "élysée",
		"Straße":             "strasse",
		"ﬁnance":             "finance", // NFKC unties the ligature
	} {
		assert.Equal(t, want, NormName(in), in)
	}
	assert.Equal(t, "mayor", head("Eastport’s mayor,"))
	assert.Equal(t, "co-founder", head("OpenAI co-founder"))
	assert.Equal(t, "", head(""))
}

func TestWrap(t *testing.T) {
	src := "Short headline\n" +
		"The mayor of Eastport, Dana Whitfield, said the ferry would run again by June, the council heard.\n" +
		"\n" +
		"Last line é"
	out, m := Wrap([]byte(src), 30)
	want := "Short headline\n\n" +
		"The mayor of Eastport, Dana\nWhitfield, said the ferry\nwould run again by June, the\ncouncil heard.\n" +
		"\n" +
		"Last line é"
	assert.Equal(t, want, string(out))
	require.Len(t, m, len(src)+1)
	// Every word keeps its bytes at the moved offsets.
	for _, w := range strings.Fields(src) {
		i := strings.Index(src, w)
		assert.Equal(t, w, string(out[m[i]:m[i+len(w)-1]+1]), w)
	}
	assert.Equal(t, len(out), m[len(src)])

	g := &Gold{Quotes: []Span{{Doc: "x.txt", Start: strings.Index(src, "Dana"), End: strings.Index(src, " said")}}}
	moved := Move(g, map[string][]int{"x.txt": m}, map[string][]byte{"x.txt": out})
	assert.Equal(t, "Dana\nWhitfield,", moved.Quotes[0].Text)
	assert.Equal(t, strings.Index(src, "Dana"), g.Quotes[0].Start, "Move leaves its input alone")
}
