package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// badInputs makes a folder holding one good article, a dangling
// symlink (unreadable as a file even by root), a JSON Lines file with
// one good and one malformed line, and an HTML page with no article;
// it returns the folder and a path that does not exist.
func badInputs(t *testing.T) (dir, missing string) {
	t.Helper()
	dir = t.TempDir()
	write := func(name, s string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a_good.txt", "“We urge all parties to show restraint,” Chinese Foreign Minister Wang Yi said on Thursday.\n")
	if err := os.Symlink(filepath.Join(dir, "gone.txt"), filepath.Join(dir, "b_dangling.txt")); err != nil {
		t.Fatal(err)
	}
	write("c_wire.jsonl", `{"id": "ok", "text": "“Talks will go on,” Kremlin spokesman Dmitry Peskov said."}`+"\n"+`{"id": "broken", "text": "unterminated`+"\n")
	write("d_empty.html", "<html><body></body></html>")
	return dir, filepath.Join(dir, "missing.txt")
}

// TestBadInputsReported runs extract and check over good and bad
// inputs: each bad one is named on stderr with its line where it has
// one, the exit status is 1, and the good ones are still processed.
func TestBadInputsReported(t *testing.T) {
	dir, missing := badInputs(t)
	wantErr := []string{
		filepath.Join(dir, "b_dangling.txt") + ": ",
		filepath.Join(dir, "c_wire.jsonl") + ":2: ",
		filepath.Join(dir, "d_empty.html") + ": ",
		missing + ": ",
	}
	for _, cmd := range [][]string{{"extract"}, {"check", "-format", "json"}} {
		t.Run(cmd[0], func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(append(cmd, dir, missing), &stdout, &stderr)
			if code != 1 {
				t.Errorf("exit status %d, want 1", code)
			}
			for _, w := range wantErr {
				if !strings.Contains(stderr.String(), w) {
					t.Errorf("stderr does not name %q:\n%s", w, stderr.String())
				}
			}
			for _, w := range []string{"a_good.txt", "c_wire.jsonl#ok", "Wang Yi", "Peskov"} {
				if !strings.Contains(stdout.String(), w) {
					t.Errorf("stdout lacks %q: the good inputs were not all processed", w)
				}
			}
			if cmd[0] == "check" && !json.Valid(stdout.Bytes()) {
				t.Error("check -format json printed invalid JSON")
			}
		})
	}
}

// TestExtractWarns: extract and check print a warning for a quote over
// the length limit and for text that is not UTF-8, and still print the
// quotes.
func TestExtractWarns(t *testing.T) {
	dir := t.TempDir()
	long := "TASS, Moscow\n" + "Peskov said: “" + strings.Repeat("We have said it many times and we will say it again. ", 1400) + "”\n"
	cp1252 := "Wang Yi said \x93we urge restraint\x94 on Thursday.\n"
	for name, s := range map[string]string{"long.txt": long, "cp1252.txt": cp1252} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, cmd := range []string{"extract", "check"} {
		var stdout, stderr bytes.Buffer
		if code := run([]string{cmd, "-format", map[string]string{"extract": "jsonl", "check": "json"}[cmd], dir}, &stdout, &stderr); code != 0 {
			t.Errorf("%s: exit status %d, want 0: warnings are not errors", cmd, code)
		}
		for _, w := range []string{"long.txt:2:17: verbatim: quote over the length limit", "cp1252.txt:1:14: verbatim: text is not valid UTF-8"} {
			if !strings.Contains(stderr.String(), w) {
				t.Errorf("%s: stderr lacks %q:\n%s", cmd, w, stderr.String())
			}
		}
		if !strings.Contains(stdout.String(), "We have said it many times") {
			t.Errorf("%s: the long quote was not printed", cmd)
		}
	}
}
