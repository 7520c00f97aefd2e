package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
)

func TestRun(t *testing.T) {
	var out bytes.Buffer
	if err := run(&out, filepath.Join("..", "..", defaultFile)); err != nil {
		t.Fatal(err)
	}
	// Wang Yi's call for restraint opens the article's first direct quote.
	want := `360-459 direct Wang Yi: "We urge all parties to show restraint, refrain from escalating tensions and exacerbating the crisis"`
	if !strings.Contains(out.String(), want+"\n") {
		t.Errorf("missing line %s\ngot:\n%s", want, out.String())
	}
	if n := strings.Count(out.String(), "\n"); n < 5 {
		t.Errorf("only %d quotes", n)
	}
	if err := run(&out, "no-such-file.txt"); err == nil {
		t.Error("a missing file must be an error")
	}
}
