package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestHeadline: the article's own title reaches extract's quotes and
// check's documents as "headline", and "title" stays the speaker's.
func TestHeadline(t *testing.T) {
	f := filepath.Join(t.TempDir(), "wire.jsonl")
	line := `{"id": "a1", "title": "Port to reopen next week", "text": "\"We will reopen the port on Monday,\" said Mayor Dana Whitfield."}` + "\n" +
		`{"id": "a2", "text": "\"We will reopen the port on Monday,\" Whitfield said."}` + "\n"
	require.NoError(t, os.WriteFile(f, []byte(line), 0o644))

	out := bytes.TrimSpace(runCmd(t, "extract", f))
	var heads []string
	for _, l := range bytes.Split(out, []byte("\n")) {
		var rec struct {
			Doc      string
			Headline string
			Title    string
		}
		require.NoError(t, json.Unmarshal(l, &rec))
		heads = append(heads, rec.Headline)
		assert.NotEqual(t, "Port to reopen next week", rec.Title, "title is the speaker's, not the article's")
	}
	assert.Equal(t, []string{"Port to reopen next week", ""}, heads)

	var rep struct {
		Documents []struct {
			Doc      string `json:"doc"`
			Headline string `json:"headline"`
		} `json:"documents"`
	}
	require.NoError(t, json.Unmarshal(runCmd(t, "check", "-format", "json", f), &rep))
	require.Len(t, rep.Documents, 2)
	assert.Equal(t, "Port to reopen next week", rep.Documents[0].Headline)
	assert.Empty(t, rep.Documents[1].Headline)
}
