package lexdata

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestWords(t *testing.T) {
	assert.Contains(t, Words("shapeverb"), "said")
	assert.Contains(t, Words("elision"), "til")
	assert.Contains(t, Words("smallword"), "van")
	assert.Empty(t, Words("no such section"))
	for _, w := range Words("namingverb") {
		assert.Equal(t, strings.ToLower(w), w)
		assert.NotContains(t, w, " ")
	}
}

func TestTextHoldsEveryFile(t *testing.T) {
	text := Text()
	for _, sec := range []string{"[cue]", "[female]", "[alias]", "[spelling]", "[smallword]", "[english]"} {
		assert.Contains(t, text, sec)
	}
}
