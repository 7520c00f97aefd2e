package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-nlp/verbatim/archive"
)

// TestArchiveCommands runs index, find and check -archive on the
// bundled corpus, as the README's tour does.
func TestArchiveCommands(t *testing.T) {
	db := filepath.Join(t.TempDir(), "news.db")
	out := string(runCmd(t, "index", db, "testdata/corpus/000_de00b857d2019a86.txt", "testdata/corpus/001_4c58c1000bd5c8dd.txt", "testdata/corpus/002_eb11b77ec815ec45.txt"))
	assert.Contains(t, out, "3 articles: 3 added, 0 replaced, 0 unchanged")
	out = string(runCmd(t, "index", "-batch", "2", db, "testdata/corpus"))
	assert.Contains(t, out, "5 articles: 2 added, 0 replaced, 3 unchanged", "a second run adds only what is new")

	out = string(runCmd(t, "find", db, "-speaker", "Wang Yi", "REGIONAL SECURITY CANNOT BE GUARANTEED BY EXPANDING MILITARY BLOCS"))
	assert.Contains(t, out, "1. statement")
	assert.Contains(t, out, "verdict: credited: credited to Wang Yi in 2 of 2 articles")

	var res archive.Result
	require.NoError(t, json.Unmarshal(runCmd(t, "find", "-format", "json", "-speaker", "Antony Blinken", db, "regional security cannot be guaranteed by expanding military blocs"), &res))
	require.NotEmpty(t, res.Matches)
	assert.Equal(t, archive.CreditedElsewhere, res.Verdict.Status)
	assert.Equal(t, "Wang Yi", res.Verdict.Others[0].Speaker)

	out = string(runCmd(t, "find", db, "the harbour will host a sailing regatta next summer"))
	assert.Contains(t, out, "No stored statement matches.")

	out = string(runCmd(t, "check", "-archive", db, "testdata/corpus"))
	assert.Contains(t, out, "5 documents")
}

func TestArchiveCommandErrors(t *testing.T) {
	dir := t.TempDir()
	notes := filepath.Join(dir, "notes.txt")
	require.NoError(t, os.WriteFile(notes, []byte("not a database"), 0o644))
	cases := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"find", filepath.Join(dir, "missing.db"), "some words"}, 1, "verbatim index"},
		{[]string{"find", notes, "some words"}, 1, "not a Verbatim archive"},
		{[]string{"index", notes, "testdata/corpus"}, 1, "not a Verbatim archive"},
		{[]string{"check", "-archive", notes, "testdata/corpus"}, 1, "not a Verbatim archive"},
		{[]string{"find", notes}, 2, "Usage"},
		{[]string{"find", "-format", "xml", notes, "words"}, 2, "unknown format"},
		{[]string{"index", notes}, 2, "Usage"},
	}
	for _, c := range cases {
		var out, errs bytes.Buffer
		inRepoRoot(t, func() { assert.Equal(t, c.code, run(c.args, &out, &errs), c.args) })
		assert.Contains(t, errs.String(), c.want, c.args)
	}
	got, _ := os.ReadFile(notes)
	assert.Equal(t, "not a database", string(got))
}
