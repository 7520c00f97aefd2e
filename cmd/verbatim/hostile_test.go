package main

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// failWriter fails every write, as a full disk does.
type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("no space left on device") }

// writeCases are every command and format that writes to stdout.
var writeCases = [][]string{
	{"extract", "-format", "jsonl"},
	{"extract", "-format", "text"},
	{"check", "-format", "text"},
	{"check", "-format", "json"},
	{"check", "-format", "html"},
	{"check", "-format", "csv"},
}

// TestWriteErrors: output that cannot be written is an error, in every
// format of both commands; before, the deferred Flush's error was
// dropped and the exit status was 0.
func TestWriteErrors(t *testing.T) {
	corpus := filepath.Join("..", "..", "testdata", "corpus")
	for _, c := range writeCases {
		t.Run(strings.Join(c, " "), func(t *testing.T) {
			var stderr bytes.Buffer
			code := run(append(c, corpus), failWriter{}, &stderr)
			assert.Equal(t, 1, code, "exit status")
			assert.Contains(t, stderr.String(), "no space left on device")
		})
	}
}

// TestWriteErrorsDevFull is TestWriteErrors on the real device.
func TestWriteErrorsDevFull(t *testing.T) {
	full, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
	if err != nil {
		t.Skipf("no /dev/full: %v", err)
	}
	defer full.Close()
	corpus := filepath.Join("..", "..", "testdata", "corpus")
	for _, c := range writeCases {
		var stderr bytes.Buffer
		assert.Equal(t, 1, run(append(c, corpus), full, &stderr), "%v > /dev/full: exit status", c)
		assert.Contains(t, stderr.String(), "no space left on device", "%v > /dev/full", c)
	}
}

// TestTerminalEscapes: file names, article ids, speakers and quote text
// come from the input; in the text formats and the messages on stderr
// their control characters are escaped, so an article cannot clear the
// screen or retitle the window.
func TestTerminalEscapes(t *testing.T) {
	dir := t.TempDir()
	write := func(name, s string) {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(s), 0o644))
	}
	clear, title, csi := "\x1b[2J", "\x1b]0;owned\x07", "\xc2\x9b" // C1 CSI as UTF-8
	said := "“We will not back down" + clear + " on the budget,” Mayor Ann Ruiz said on Tuesday.\n"
	write("a"+title+".txt", said)
	write("b.jsonl", `{"id": "x\u001b[2Jy`+csi+`", "text": "“Talks will go on,” Kremlin spokesman Dmitry Peskov said. `+
		`“We will not back down\u001b[2J on the budget,” Mayor Ann Ruiz said on Tuesday."}`+"\n"+
		`{"id": "bad`+clear+`", "text": 5}`+"\n")
	write("c"+clear+".txt", "Wang Yi said \x93we urge restraint\x94 on Thursday.\n") // warning: not UTF-8
	for _, c := range [][]string{{"extract", "-format", "text"}, {"check", "-format", "text"}} {
		t.Run(c[0], func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			run(append(c, dir), &stdout, &stderr)
			for name, out := range map[string]string{"stdout": stdout.String(), "stderr": stderr.String()} {
				assert.NotContains(t, out, "\x1b", "%s: a raw escape reached the terminal", name)
				assert.NotContains(t, out, "\x07", "%s: a raw bell reached the terminal", name)
				assert.NotContains(t, out, csi, "%s: a raw C1 control reached the terminal", name)
			}
			assert.Contains(t, stdout.String(), `\x1b]0;owned\a`, "the file name is shown, escaped")
			assert.Contains(t, stdout.String(), `x\x1b[2Jy\u009b`, "the article id is shown, escaped")
			assert.Contains(t, stderr.String(), `c\x1b[2J.txt`, "the warning names the file, escaped")
		})
	}
}

func TestTermSafe(t *testing.T) {
	cases := []struct{ in, want, why string }{
		{"plain text, “quoted”", "plain text, “quoted”", "printable text is unchanged"},
		{"a\x1b[2Jb", `a\x1b[2Jb`, "ESC"},
		{"a\nb\tc", `a\nb\tc`, "line breaks and tabs in a field"},
		{"\u009b31m", `\u009b31m`, "C1 control sequence introducer"},
		{"\x9b31m", `\x9b31m`, "a lone 0x9b byte, not UTF-8"},
		{"abc\u202edef", `abc\u202edef`, "right-to-left override"},
		{"\x7f", `\x7f`, "DEL"},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, termSafe(c.in), c.why)
	}
	var b bytes.Buffer
	_, err := termWriter{&b}.Write([]byte("line\tone\x1b[1m\nline two\n"))
	require.NoError(t, err)
	assert.Equal(t, "line\tone\\x1b[1m\nline two\n", b.String(), "termWriter keeps the layout's breaks and tabs")
}

// TestSymlinkedFolder: "verbatim extract LINK", LINK a symbolic link to
// a folder, printed nothing and exited 0.
func TestSymlinkedFolder(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "real")
	require.NoError(t, os.Mkdir(real, 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(real, "a.txt"), []byte("“Talks will go on,” Kremlin spokesman Dmitry Peskov said.\n"), 0o644))
	link := filepath.Join(dir, "link")
	require.NoError(t, os.Symlink(real, link))
	require.NoError(t, os.Symlink(real, filepath.Join(real, "loop")))
	for _, c := range [][]string{{"extract"}, {"check", "-format", "json"}} {
		var stdout, stderr bytes.Buffer
		assert.Equal(t, 0, run(append(c, link), &stdout, &stderr), "%v: a loop is a warning", c)
		assert.Contains(t, stdout.String(), "Peskov", "%v: the linked folder is read", c)
		assert.Contains(t, stderr.String(), "warning: "+filepath.Join(link, "loop"), "%v: the loop is reported", c)
	}
}

// TestDuplicateIDWarned: a repeated JSON Lines id is a warning on
// stderr; both articles are read and the exit status stays 0.
func TestDuplicateIDWarned(t *testing.T) {
	f := filepath.Join(t.TempDir(), "wire.jsonl")
	line := `{"id": 7, "text": "“Talks will go on,” Kremlin spokesman Dmitry Peskov said."}` + "\n"
	require.NoError(t, os.WriteFile(f, []byte(line+line), 0o644))
	for _, c := range [][]string{{"extract"}, {"check", "-format", "json"}} {
		var stdout, stderr bytes.Buffer
		assert.Equal(t, 0, run(append(c, f), &stdout, &stderr), "%v", c)
		assert.Contains(t, stderr.String(), "warning: "+f+"#7: verbatim: document name used before", "%v", c)
		if c[0] == "extract" {
			assert.Equal(t, 2, strings.Count(stdout.String(), `"doc":"`+f+`#7"`), "both articles are read")
		} else {
			assert.Contains(t, stdout.String(), f+`#7~2"`, "both articles are read, named apart")
		}
	}
}

// FuzzTermSafe: whatever the bytes, termSafe leaves no character a
// terminal acts on, and termWriter none but line breaks and tabs.
func FuzzTermSafe(f *testing.F) {
	f.Add("a\x1b[2Jb\u009b\u202e\x9b\n\t\x7f“ok”")
	f.Add("plain")
	f.Fuzz(func(t *testing.T, s string) {
		check := func(out, keep string) {
			for i, r := range out {
				if unsafeRune(r, len(string(r))) && !strings.ContainsRune(keep, r) {
					t.Fatalf("%q: %U left at byte %d of %q", s, r, i, out)
				}
			}
			for i := 0; i < len(out); {
				r, n := utf8.DecodeRuneInString(out[i:])
				if r == utf8.RuneError && n == 1 {
					t.Fatalf("%q: invalid byte left at %d of %q", s, i, out)
				}
				i += n
			}
		}
		check(termSafe(s), "")
		var b bytes.Buffer
		_, err := termWriter{&b}.Write([]byte(s))
		require.NoError(t, err)
		check(b.String(), "\n\t")
	})
}
