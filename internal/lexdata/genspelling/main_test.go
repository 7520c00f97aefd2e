package main

import (
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSpellingCurrent fails when spelling.txt was edited by hand or
// stems.txt changed without rerunning the generator.
func TestSpellingCurrent(t *testing.T) {
	pairs, err := expand("stems.txt")
	require.NoError(t, err)
	assert.Equal(t, "color", pairs["colour"])
	assert.Equal(t, "organizations", pairs["organisations"])
	assert.Equal(t, "traveled", pairs["travelled"])
	assert.Equal(t, "program", pairs["programme"])
	got, err := os.ReadFile("../spelling.txt")
	require.NoError(t, err)
	assert.Equal(t, render(pairs), string(got), "rerun: go generate ./internal/lexdata")
}

func TestExpandErrors(t *testing.T) {
	for _, line := range []string{"colour color", "ur > r : s", "> r : s : colo"} {
		p := t.TempDir() + "/stems.txt"
		require.NoError(t, os.WriteFile(p, []byte(line+"\n"), 0o644))
		_, err := expand(p)
		assert.Error(t, err, line)
	}
}
