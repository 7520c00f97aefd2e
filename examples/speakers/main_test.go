package main

import (
	"bytes"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRun(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, run(&out, filepath.Join("..", "..", "testdata", "corpus")))
	got := out.String()
	// The corpus spells Blinken two ways and quotes him with a title.
	assert.Contains(t, got, "\nAntony Blinken (s")
	assert.Contains(t, got, "] name-variant: ")
	assert.Contains(t, got, "  title ")
	assert.Error(t, run(&out, t.TempDir()), "an empty folder is an error")
}
