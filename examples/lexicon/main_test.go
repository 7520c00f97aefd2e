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
	builtin, custom, ok := strings.Cut(got, "custom lexicon:")
	if !ok {
		t.Fatalf("no custom section:\n%s", got)
	}
	// "rued" is not a built-in cue: only the custom lexicon credits
	// the farmer's first sentence.
	line := `Olena Marchenko <- "The harvest is lost for a second year" (cue "rued")`
	if strings.Contains(builtin, line) || !strings.Contains(custom, line) {
		t.Errorf("want %s only with the custom lexicon:\n%s", line, got)
	}
	if !strings.Contains(got, "5 articles: ") {
		t.Errorf("no corpus summary:\n%s", got)
	}
}
