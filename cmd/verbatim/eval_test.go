package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// goldLine is one gold document in the PolNeAR JSON Lines format, with
// news prose written for this test. Offsets are code points.
const goldLine = `{"id":"t1","text":"\"We will not back down,\" the minister said. Officials said the talks would resume.",` +
	`"quotes":[{"start":0,"end":24,"kind":"direct","quoted_spans":[[0,24]],"speaker":"the minister","speaker_start":25,"speaker_end":37,"cue":"said","cue_start":38,"cue_end":42},` +
	`{"start":59,"end":81,"kind":"indirect","speaker":"Officials","speaker_start":44,"speaker_end":53,"cue":"said","cue_start":54,"cue_end":58}]}`

func writeGold(t *testing.T, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "gold.jsonl")
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestRunEval(t *testing.T) {
	good := writeGold(t, goldLine+"\n")
	tests := []struct {
		name, why string
		args      []string
		code      int
		out, errs string // substrings expected in stdout and stderr
	}{
		{"table", "the baseline finds the one direct quote and no indirect one",
			[]string{"-gold", good, "-baseline"}, 0, "segments, lenient           1      0      0  1.000  1.000  1.000", ""},
		{"verbose", "-v lists the missed indirect quote with its context marked",
			[]string{"-gold", good, "-baseline", "-v"}, 0, "t1 indirect FN", ""},
		{"bad format", "only text and json are formats", []string{"-gold", good, "-format", "xml"}, 2, "", "unknown format"},
		{"bad flag", "unknown flags are usage errors and print the usage", []string{"-nope"}, 2, "", "Usage: verbatim eval"},
		{"stray argument", "eval takes no positional arguments", []string{"-gold", good, "extra"}, 2, "", "unexpected argument"},
		{"missing file", "an unreadable gold file is an error, not a crash", []string{"-gold", filepath.Join(t.TempDir(), "none.jsonl"), "-baseline"}, 1, "", "no such file"},
		{"skip archive marks", "a document quoting with doubled apostrophes is left out on request",
			[]string{"-gold", writeGold(t, goldLine+"\n"+`{"id": "t2", "text": "''We will not back down,'' the senator said.", "quotes": []}`+"\n"), "-baseline", "-skip-archive-marks"}, 0, "(1 documents)", ""},
		{"keep archive marks", "without the flag every document counts",
			[]string{"-gold", writeGold(t, goldLine+"\n"+`{"id": "t2", "text": "''We will not back down,'' the senator said.", "quotes": []}`+"\n"), "-baseline"}, 0, "(2 documents)", ""},
		{"malformed", "a broken line is reported with its number",
			[]string{"-gold", writeGold(t, goldLine+"\n{\"id\": 3\n"), "-baseline"}, 1, "", "line 2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errs bytes.Buffer
			code := runEval(tt.args, &out, &errs)
			if code != tt.code || !strings.Contains(out.String(), tt.out) || !strings.Contains(errs.String(), tt.errs) {
				t.Errorf("%s: runEval(%q) = %d, want %d with %q in stdout and %q in stderr\nstdout:\n%s\nstderr:\n%s",
					tt.why, tt.args, code, tt.code, tt.out, tt.errs, out.String(), errs.String())
			}
		})
	}
}

func TestRunEvalJSON(t *testing.T) {
	var out, errs bytes.Buffer
	if code := runEval([]string{"-gold", writeGold(t, goldLine), "-baseline", "-format", "json", "-v"}, &out, &errs); code != 0 {
		t.Fatalf("exit %d: %s", code, errs.String())
	}
	var got struct {
		Predictor string
		Scores    struct {
			SegmentsLenient struct{ F1 float64 } `json:"segments_lenient"`
			Indirect        struct{ FN int }
		}
		Mistakes []struct{ Task, Type string }
	}
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	if got.Predictor != "baseline" || got.Scores.SegmentsLenient.F1 != 1 || got.Scores.Indirect.FN != 1 ||
		len(got.Mistakes) != 2 || got.Mistakes[0].Task != "indirect" || got.Mistakes[1].Type != "missing" {
		t.Errorf("json output: %+v\n%s", got, out.String())
	}
}
