//go:build unix

package verbatim

import (
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// TestLoadRefusesPipes: a named pipe on the command line must give a
// clear error, not a read that never ends; the other paths still load.
func TestLoadRefusesPipes(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "feed.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	good := filepath.Join(dir, "good.txt")
	if err := os.WriteFile(good, []byte("“We urge restraint,” Wang said."), 0o644); err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	var docs []Document
	var err error
	go func() {
		docs, err = Load(fifo, good, dir)
		close(done)
	}()
	// No timer decides: a writer that opens the pipe without blocking
	// succeeds only while a reader holds it open, so Load blocked in
	// open is caught at once, and closing the writer lets it return.
	tick := time.NewTicker(10 * time.Millisecond)
	defer tick.Stop()
	for waiting := true; waiting; {
		select {
		case <-done:
			waiting = false
		case <-tick.C:
			if w, err := os.OpenFile(fifo, os.O_WRONLY|syscall.O_NONBLOCK, 0); err == nil {
				w.Close()
				<-done
				t.Fatal("Load opened the named pipe (a read that would never end)")
			}
		}
	}
	if !errors.Is(err, ErrNotRegular) {
		t.Errorf("err = %v, want ErrNotRegular", err)
	}
	if len(docs) != 2 { // good.txt named, and again from the folder
		t.Errorf("loaded %d documents, want 2", len(docs))
	}
}

// A .jsonl file is streamed, not read whole: a named pipe must still be
// refused before it is opened, since opening one blocks.
func TestLoadRefusesJSONLPipe(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "feed.jsonl")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	_, err := Load(fifo) // a hang fails under go test's timeout
	require.ErrorIs(t, err, ErrNotRegular)
}
