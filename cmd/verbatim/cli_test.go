package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestHelp(t *testing.T) {
	tests := []struct {
		args []string
		want []string // every flag and format must be explained
	}{
		{[]string{"-h"}, []string{"extract", "check", "index", "find", "eval", ".html"}},
		{[]string{"extract", "-h"}, []string{"-format", "jsonl", "text", ".html", "offsets"}},
		{[]string{"check", "-h"}, []string{"-format", "json", "html", "csv", "progress bar", "-archive", "archive-speaker", "archive-title"}},
		{[]string{"index", "-h"}, []string{"-batch", "DB", "resumes", "replaces", "progress bar"}},
		{[]string{"find", "-h"}, []string{"-speaker", "-format", "json", "-limit", "earliest"}},
	}
	for _, tt := range tests {
		var out, errs bytes.Buffer
		if code := run(tt.args, &out, &errs); code != 0 {
			t.Errorf("verbatim %v: exit %d, want 0", tt.args, code)
		}
		for _, w := range tt.want {
			if !strings.Contains(errs.String(), w) {
				t.Errorf("verbatim %v does not explain %q:\n%s", tt.args, w, errs.String())
			}
		}
	}
}

func TestCheckFormats(t *testing.T) {
	csv := string(runCmd(t, "check", "-format", "csv", "testdata/corpus"))
	if !strings.HasPrefix(csv, "doc,outlet,url,published,id,") || strings.Count(csv, "\ntestdata/corpus/") < 20 {
		t.Errorf("csv: want a header and a row per quote:\n%.300s", csv)
	}
	page := string(runCmd(t, "check", "-format", "html", "testdata/corpus"))
	if !strings.HasPrefix(page, "<!DOCTYPE html>") || !strings.Contains(page, `<section id="flags"`) {
		t.Errorf("html: not a report page:\n%.300s", page)
	}
	var errs bytes.Buffer
	if code := run([]string{"check", "-format", "xml", "testdata/corpus"}, &bytes.Buffer{}, &errs); code != 2 || !strings.Contains(errs.String(), "unknown format") {
		t.Errorf("an unknown format is a usage error: %d %s", code, errs.String())
	}
}

// TestHTMLContext: the page shows the sentence around a quote, read
// from the article's own text; two articles of one name (NAME~2 in the
// report) show none rather than each other's.
func TestHTMLContext(t *testing.T) {
	dir := t.TempDir()
	write := func(name, s string) {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(s), 0o644))
	}
	write("a.txt", "The vote is on Friday. Mayor Ann Ruiz said “we will win the vote easily” at the town hall.\n")
	write("b.txt", "Turnout was low. “We will win the vote easily,” Mayor Ann Ruiz told reporters.\n")
	write("dup.jsonl", `{"id": "x", "text": "Early on, Jo Park said “the bridge opens in May” to the council."}`+"\n"+
		`{"id": "x", "text": "Later, Jo Park told the press “the bridge opens in May” again, officials said."}`+"\n")
	var out, errs bytes.Buffer
	require.Equal(t, 0, run([]string{"check", "-format", "html", dir}, &out, &errs), errs.String())
	page := out.String()
	assert.Contains(t, page, `<span class="ctx">Mayor Ann Ruiz said “</span>`, "the sentence before the quote")
	assert.Contains(t, page, `<span class="ctx">” at the town hall.</span>`, "and after it")
	assert.Contains(t, page, `<span class="ctx">,” Mayor Ann Ruiz told reporters.</span>`, "each article's own sentence")
	assert.NotContains(t, page, "Early on", "no context for two articles of one name")
	assert.NotContains(t, page, "Later, Jo", "no context for two articles of one name")
}

// TestCheckTextLabels: the text report names articles in a flag's
// message by the labels the HTML report gives them (the outlet, else a
// readable file name), and keeps the paths on the "at" lines, where a
// reader finds the file, with the label beside each.
func TestCheckTextLabels(t *testing.T) {
	dir := t.TempDir()
	write := func(name, s string) {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(s), 0o644))
	}
	write("01_daily-ledger.txt", "The council met on Monday. “We will open the new bridge in May, and the old one will close for repairs,” "+
		"Mayor Ann Ruiz said after the vote.\n")
	write("02_harbour-times.txt", "Mayor Ann Ruiz said the city would “open the new bridge in May” after Monday’s vote.\n")
	write("wire.jsonl", `{"id": "x1", "publisher": "Valley Radio", "text": "Mayor Ann Ruiz told reporters: “We will open the new bridge in May, and the old one will close for repairs.”"}`+"\n")
	var out, errs bytes.Buffer
	require.Equal(t, 0, run([]string{"check", "-format", "text", dir}, &out, &errs), errs.String())
	text := out.String()
	ledger, harbour := filepath.Join(dir, "01_daily-ledger.txt"), filepath.Join(dir, "02_harbour-times.txt")
	for _, tt := range []struct{ name, want string }{
		{"the message names outlets", "  harbour times quotes only part of what daily ledger and Valley Radio quotes in full"},
		{"an at line keeps the path and adds the label", "  at " + harbour + ":"},
		{"the label of a file name", `(Ann Ruiz, in harbour times)`},
		{"the label of a JSON Lines publisher", `(Ann Ruiz, in Valley Radio)`},
	} {
		assert.Contains(t, text, tt.want, "%s:\n%s", tt.name, text)
	}
	assert.NotContains(t, text, "quotes only part of what "+ledger, "no path in a message")
}
