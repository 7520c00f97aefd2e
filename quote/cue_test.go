package quote

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func noBreak(int) bool { return false }

func TestCueClause(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want bool
	}{
		{"She stated. Rescuers dug on.", true},
		{"Amina Yusuf, a nurse in the town, agreed.", true},
		{"said Ms. Okafor, the head nurse.", true},
		{"We call on all parties to remain calm.", false},                               // first person: the speaker's words
		{"The rescuers dug through the night in the cold.", false},                      // no cue verb
		{"Amina Yusuf said “help” was slow.", false},                                    // a quote mark
		{"one two three four five six seven eight nine ten eleven twelve said.", false}, // too long
		{"he said", true}, // the paragraph ends without a sentence mark
	} {
		assert.Equal(t, tt.want, cueClause([]byte(tt.in), 0, noBreak), tt.in)
	}
}

func TestCueTail(t *testing.T) {
	for _, tt := range []struct {
		in, want string
	}{
		{"Free trade is the engine of growth, the senator said.", "Free trade is the engine of growth"},
		{"Free trade is the engine of growth, said Dr. Ada Moss, the chair.", "Free trade is the engine of growth"},
		{"We will fight, and we will win, he said.", "We will fight, and we will win"},
		{"Free trade is the engine of growth, I promise you.", "Free trade is the engine of growth, I promise you."},
		{"Free trade works. Everyone knows it, said nobody", "Free trade works. Everyone knows it, said nobody"}, // no sentence mark at the end
		{"It grew, he said. It will grow again.", "It grew, he said. It will grow again."},
	} {
		src := []byte(tt.in)
		assert.Equal(t, tt.want, string(src[:cueTail(src, 0, len(src), noBreak)]), tt.in)
	}
}

// TestCueBounded: runs of commas or spaces cost a bounded read each
// (maxCueBytes), so an unclosed quote ending in them stays linear, and
// the answers stay right.
func TestCueBounded(t *testing.T) {
	long := "“We will win" + strings.Repeat(",", 1<<16) + " he said."
	assert.False(t, cueClause([]byte(strings.Repeat(" ", 1000)+"he said."), 0, noBreak), "a cue far beyond the bound")
	src := []byte(long)
	assert.Equal(t, strings.LastIndexByte(long, ','), cueTail(src, 0, len(src), noBreak), "the last comma before the cue")
	qs := Extract([]byte(long + "\n\nNext paragraph."))
	assert.Len(t, qs, 1)
}
