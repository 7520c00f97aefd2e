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
	assert.Contains(t, got, "\nc", "a statement block per cluster")
	assert.Contains(t, got, "): ", "a version line per quote")
	assert.Error(t, run(&out, t.TempDir()), "an empty folder is an error")
}

func TestMark(t *testing.T) {
	tests := []struct{ name, text, ref, want string }{
		{"same words", "We will reopen the port.", "we will reopen the port", "We will reopen the port."},
		{"a word changed", "We will close the port.", "We will reopen the port.", "We will [close] the port."},
		{"a negation added", "We will not reopen the port", "We will reopen the port", "We will [not] reopen the port"},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, mark(tc.text, tc.ref), tc.name)
	}
}
