package main

import (
	"bytes"
	"math/rand"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// TestCheckJSONDeterministic runs "verbatim check -format json" with
// the articles named in shuffled orders and GOMAXPROCS (hence the
// number of workers) from 1 to 4: the output must be byte-identical.
func TestCheckJSONDeterministic(t *testing.T) {
	corpus, err := filepath.Glob(filepath.Join("..", "..", "testdata", "corpus", "*.txt"))
	if err != nil || len(corpus) == 0 {
		t.Fatalf("no corpus: %v", err)
	}
	// Copies cut short make the clusters span documents.
	dir := t.TempDir()
	args := append([]string(nil), corpus...)
	for _, f := range corpus {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		cut := filepath.Join(dir, "cut-"+filepath.Base(f))
		if err := os.WriteFile(cut, b[:len(b)*2/3], 0o644); err != nil {
			t.Fatal(err)
		}
		args = append(args, cut)
	}
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	rng := rand.New(rand.NewSource(1))
	var want []byte
	for n := 1; n <= 4; n++ {
		runtime.GOMAXPROCS(n)
		rng.Shuffle(len(args), func(i, j int) { args[i], args[j] = args[j], args[i] })
		var stdout, stderr bytes.Buffer
		if code := run(append([]string{"check", "-format", "json"}, args...), &stdout, &stderr); code != 0 {
			t.Fatalf("exit %d: %s", code, stderr.String())
		}
		if n == 1 {
			want = stdout.Bytes()
			continue
		}
		if got := stdout.Bytes(); !bytes.Equal(got, want) {
			t.Errorf("GOMAXPROCS %d, shuffled: output differs (%d bytes, want %d)", n, len(got), len(want))
		}
	}
}
