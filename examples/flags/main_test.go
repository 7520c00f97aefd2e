package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
)

func TestRun(t *testing.T) {
	var out bytes.Buffer
	if err := run(&out, filepath.Join("..", "..", "testdata", "corpus")); err != nil {
		t.Fatal(err)
	}
	got := out.String()
	// The corpus spells Blinken two ways; that flag must be printed with
	// both places to look.
	for _, want := range []string{"5 articles, ", "name-variant: Antony Blinken", "at " + filepath.Join("..", "..", "testdata", "corpus", "001_4c58c1000bd5c8dd.txt") + " bytes 377-391",
		// A version of a statement: who printed it, whom they credit
		// with the speaker's main title, and the words.
		"(Wang Yi, Foreign Minister): \"We urge all parties"} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in:\n%s", want, got)
		}
	}
	if err := run(&out, t.TempDir()); err == nil {
		t.Error("an empty folder must be an error")
	}
}
