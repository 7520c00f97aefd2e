package main

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
)

// newOutput buffers stdout. A bufio.Writer keeps the first write error
// and fails every later write and Flush with it, so checking Flush in
// closeOutput catches a failed write anywhere in the output.
func newOutput(stdout io.Writer) *bufio.Writer { return bufio.NewWriter(stdout) }

// closeOutput flushes out and returns status, or prints the write
// error on stderr and returns 1: output that could not be written (a
// full disk, a closed pipe) must not look like success.
func closeOutput(out *bufio.Writer, stderr io.Writer, cmd string, status int) int {
	if err := out.Flush(); err != nil {
		warnf(stderr, "verbatim %s: writing the output: %v\n", cmd, err)
		return 1
	}
	return status
}

// warnf prints a message on stderr with the control characters in it
// escaped (but the line breaks and tabs of format kept): file names,
// article ids and error texts come from the input, and raw they could
// drive the terminal.
func warnf(stderr io.Writer, format string, args ...any) {
	for i, a := range args {
		switch v := a.(type) {
		case string:
			args[i] = termSafe(v)
		case error:
			args[i] = termSafe(v.Error())
		case fmt.Stringer:
			args[i] = termSafe(v.String())
		}
	}
	fmt.Fprintf(stderr, format, args...)
}

// termSafe returns s with every character that a terminal may act on
// escaped in Go syntax (\x1b, \n, \u202e): C0 and C1 controls, DEL,
// bidirectional formatting characters, and bytes that are not UTF-8
// (a lone 0x9b is a control sequence introducer to some terminals).
func termSafe(s string) string { return escapeTerm(s, "") }

// escapeTerm is termSafe but leaves the characters in keep alone.
func escapeTerm(s, keep string) string {
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if unsafeRune(r, n) && !strings.ContainsRune(keep, r) {
			break
		}
		i += n
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.WriteString(s[:i])
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case !unsafeRune(r, n) || strings.ContainsRune(keep, r):
			b.WriteString(s[i : i+n])
		case r == utf8.RuneError:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		default:
			q := strconv.QuoteRuneToASCII(r)
			b.WriteString(q[1 : len(q)-1])
		}
		i += n
	}
	return b.String()
}

func unsafeRune(r rune, size int) bool {
	switch {
	case r == utf8.RuneError && size == 1:
		return true
	case r < 0x20, r >= 0x7f && r <= 0x9f:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0x200e, r == 0x200f, r == 0x061c:
		return true
	}
	return false
}

// termWriter escapes what termSafe does in everything written through
// it, but line breaks and tabs, which the text formats lay out with.
// Each Write must hold whole characters, as fmt's print functions'
// writes do.
type termWriter struct{ w io.Writer }

func (t termWriter) Write(p []byte) (int, error) {
	s := escapeTerm(string(p), "\n\t")
	if _, err := io.WriteString(t.w, s); err != nil {
		return 0, err
	}
	return len(p), nil
}
