package quote

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// pathological inputs that scraped pages really contain, each scaled
// to a size at which anything quadratic would take minutes.
// The 10 MB case runs only with "go test -tags long".
var pathological = []struct {
	name string
	make func() []byte
}{
	{"10 MB single line", func() []byte {
		return bytes.Repeat([]byte("Wang said “security cannot be guaranteed” and Russia’s 'concerns' matter. "), 10<<20/80)
	}},
	{"200,000 opening marks and no closing one", func() []byte {
		return []byte("He said " + strings.Repeat("“", 200000) + " and left.")
	}},
	{"200,000 straight marks", func() []byte {
		return []byte(strings.Repeat(`"a `, 200000))
	}},
	{"deeply nested quotes", func() []byte {
		return []byte(strings.Repeat("“a ‘b ", 100000) + strings.Repeat("c’ d” ", 100000))
	}},
	{"a quote that never closes across 20,000 paragraphs", func() []byte {
		return []byte(strings.Repeat("“We will continue to press for restraint.\n\n", 20000))
	}},
	{"thousands of apostrophes", func() []byte {
		return []byte(strings.Repeat("Russia’s leaders’ 'n' don't '90s ", 50000))
	}},
	{"invalid UTF-8 and NUL bytes", func() []byte {
		return bytes.Repeat([]byte("\xff\xfe\x00“\xe2\x80 quote\xc2”\x00"), 200000)
	}},
	{"CRLF line ends and a BOM", func() []byte {
		return []byte("\ufeff" + strings.Repeat("“We urge restraint,” he said.\r\n\r\n", 100000))
	}},
	{"200,000 glued marks after sentence ends", func() []byte {
		return []byte("He said: \"" + strings.Repeat(`We won."`, 200000) + " and left.")
	}},
	{"an unclosed quote ending in a megabyte of commas before its cue", func() []byte {
		return []byte("“We will win" + strings.Repeat(",", 1<<20) + " he said.\n\n“Next,” she said.")
	}},
	{"100,000 opening marks each before a long run of spaces", func() []byte {
		return []byte(strings.Repeat("“We will win "+strings.Repeat(" ", 100), 100000))
	}},
	{"100,000 paragraphs ending in a closing mark with no opening one", func() []byte {
		return []byte(strings.Repeat("This is a great day for the city.”\n", 100000))
	}},
	{"right-to-left text and emoji", func() []byte {
		return []byte(strings.Repeat("قال الوزير «نحن ندعو إلى ضبط النفس» 🇺🇦 “שלום” 😀 ", 50000))
	}},
}

func TestPathological(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("large inputs: not in -short mode nor under the race detector")
	}
	for _, tt := range pathological {
		t.Run(tt.name, func(t *testing.T) {
			if strings.HasPrefix(tt.name, "10 MB") && !long {
				t.Skip("10 MB input: run with go test -tags long")
			}
			src := tt.make()
			// No timing is asserted: a hang fails under go test's
			// -timeout, and linear work is counted elsewhere.
			qs := Extract(src)
			marks := new(Extractor).Marks(src)
			for _, q := range qs {
				require.True(t, q.Start >= 0 && q.End <= len(src) && q.Start <= q.End && string(src[q.Start:q.End]) == q.Text,
					"bad span [%d:%d]", q.Start, q.End)
			}
			if bytes.ContainsAny(src, "“\"'’") {
				assert.NotEmpty(t, marks, "no marks reported")
			}
		})
	}
}

func TestUnclosedAcrossParagraphsIsOneQuote(t *testing.T) {
	src := []byte(strings.Repeat("“We will continue to press for restraint.\n\n", 2000))
	qs := Extract(src)
	if len(qs) != 1 || len(qs[0].Parts) != 2000 || !qs[0].Unclosed {
		t.Fatalf("got %d quotes; want one unclosed quote of 2000 parts", len(qs))
	}
}
