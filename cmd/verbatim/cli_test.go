package main

import (
	"bytes"
	"strings"
	"testing"
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
