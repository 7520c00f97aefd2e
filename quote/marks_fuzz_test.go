package quote

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// markRunes are the runes that always make a Mark. A backtick makes one
// only when doubled, so it is checked from the Mark side alone.
const markRunes = `"'«»‘’‚‛“”„‟‹›「」『』＂`

// checkMarks checks that every quote mark is accounted for: marks are
// in order and in bounds, each mark-like rune of src lies in exactly one
// Mark, every Opening and Closing mark is the Open or Close of a
// reported quote, and every Open and Close span of a quote is a mark of
// that role.
func checkMarks(t *testing.T, src []byte, qs []Quote, marks []Mark) {
	t.Helper()
	end := 0
	for _, m := range marks {
		if m.Start < end || m.End > len(src) || m.Start >= m.End || m.Role < Opening || m.Role > Stray {
			t.Fatalf("bad mark %+v after byte %d (len %d)", m, end, len(src))
		}
		if r, _ := utf8.DecodeRune(src[m.Start:]); r != m.Rune {
			t.Fatalf("mark %+v: src has %q there", m, r)
		}
		end = m.End
	}
	// Each mark-like rune lies in exactly one Mark: walk both in order.
	k := 0
	for i := 0; i < len(src); {
		r, n := utf8.DecodeRune(src[i:])
		if r != utf8.RuneError && strings.ContainsRune(markRunes, r) {
			for k < len(marks) && marks[k].End <= i {
				k++
			}
			if k == len(marks) || marks[k].Start > i {
				t.Fatalf("mark-like %q at byte %d is in no Mark", r, i)
			}
		}
		i += n
	}
	opens := make(map[int]bool, len(qs))
	closes := make(map[int]bool, len(qs))
	for _, q := range qs {
		if !q.Open.Empty() {
			opens[q.Open.Start] = true
		}
		if !q.Close.Empty() {
			closes[q.Close.Start] = true
		}
	}
	roles := make(map[int]Role, len(marks))
	for _, m := range marks {
		roles[m.Start] = m.Role
	}
	for _, q := range qs {
		if !q.Open.Empty() && roles[q.Open.Start] != Opening {
			t.Fatalf("quote %v: Open %v is not an Opening mark", q, q.Open)
		}
		if !q.Close.Empty() && roles[q.Close.Start] != Closing {
			t.Fatalf("quote %v: Close %v is not a Closing mark", q, q.Close)
		}
	}
	for _, m := range marks {
		if m.Role == Opening && !opens[m.Start] || m.Role == Closing && !closes[m.Start] {
			t.Fatalf("%s mark %+v belongs to no reported quote", m.Role, m)
		}
	}
}

// TestMarksAccounted runs checkMarks on sentences that stress pairing.
func TestMarksAccounted(t *testing.T) {
	for _, src := range []string{
		"“We urge restraint,” Wang said. “We call on all parties”",
		"“We urge restraint, Wang said. “We call on all parties.”",
		"He said: “\nThe talks will go on,” and left.",
		"Lavrov said “ , ” and nothing more.",
		"“First paragraph.\n\n“Second paragraph.\n\n“",
		"Headline “\nBody text that never closes",
		"rock 'n' roll in the '90s, the leaders’ meeting, don't",
		"``TeX style'' and ''archive style'' and ‘‘doubled’’",
		"「北京」 said 『x』 ＂y＂ «z» ‹w› „v‟ ‚u‛",
		"\xe2\x80“\xe2\x80\x9c\xff”",
	} {
		e := new(Extractor)
		checkMarks(t, []byte(src), e.Extract([]byte(src)), e.Marks([]byte(src)))
	}
}
