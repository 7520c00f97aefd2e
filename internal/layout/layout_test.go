package layout

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// paras returns the text of each paragraph of src.
func paras(src string) []string {
	l := Of([]byte(src))
	var out []string
	for _, p := range l.Paras {
		out = append(out, src[p.Start:p.End])
	}
	return out
}

// One short article in every layout. Each wrapped form breaks its lines
// where a 40-column wrapper would.
const (
	para1 = "The mayor of Eastport, Dana Whitfield, said on Monday that the ferry would run again by June."
	para2 = "“We owe the islanders a boat that leaves on time,” Whitfield told reporters at the harbour."
	para3 = "Repairs will cost about $4 million."
)

func wrap40(p string) string {
	var b strings.Builder
	col := 0
	for i, w := range strings.Fields(p) {
		n := len([]rune(w))
		if i > 0 {
			if col+1+n > 40 {
				b.WriteByte('\n')
				col = 0
			} else {
				b.WriteByte(' ')
				col++
			}
		}
		b.WriteString(w)
		col += n
	}
	return b.String()
}

func TestOf(t *testing.T) {
	want := []string{para1, para2, para3}
	tests := []struct {
		name, reason string
		src          string
		style        Style
		wrapped      bool
		crlf         bool
	}{
		{"one paragraph a line", "scraped web text: every line is a paragraph",
			para1 + "\n" + para2 + "\n" + para3, Lines, false, false},
		{"blank lines", "paragraphs separated by blank lines",
			para1 + "\n\n" + para2 + "\n\n" + para3 + "\n", Blank, false, false},
		{"CRLF blank lines", "Windows line ends: the CR is white space",
			para1 + "\r\n\r\n" + para2 + "\r\n\r\n" + para3 + "\r\n", Blank, false, true},
		{"CRLF one a line", "Windows line ends, no blank lines",
			para1 + "\r\n" + para2 + "\r\n" + para3, Lines, false, true},
		{"lone CR", "old Mac line ends",
			para1 + "\r" + para2 + "\r" + para3, Lines, false, false},
		{"hard-wrapped with blank lines", "a wire feed: lines wrapped at 40 columns inside blank-line paragraphs",
			wrap40(para1) + "\n\n" + wrap40(para2) + "\n\n" + wrap40(para3) + "\n", Blank, true, false},
		{"hard-wrapped CRLF", "an e-mail newsletter",
			strings.ReplaceAll(wrap40(para1)+"\n\n"+wrap40(para2)+"\n\n"+wrap40(para3), "\n", "\r\n"), Blank, true, true},
		{"hard-wrapped, no blank lines", "PDF text: a paragraph ends on a short line",
			wrap40(para1) + "\n" + wrap40(para2) + "\n" + wrap40(para3), Lines, true, false},
		{"indented paragraphs", "the first line of each paragraph is indented, the others are not",
			"  " + wrap40(para1) + "\n  " + wrap40(para2) + "\n  " + wrap40(para3), Indented, true, false},
		{"tab-indented CRLF", "indented with tabs, Windows line ends",
			strings.ReplaceAll("\t"+wrap40(para1)+"\n\t"+wrap40(para2)+"\n\t"+wrap40(para3), "\n", "\r\n"), Indented, true, true},
		{"every line indented", "indentation that every line has says nothing: one paragraph a line",
			"  " + para1 + "\n  " + para2 + "\n  " + para3, Lines, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := Of([]byte(tt.src))
			assert.Equal(t, tt.style, l.Style, tt.reason)
			assert.Equal(t, tt.wrapped, l.Wrapped, tt.reason)
			assert.Equal(t, tt.crlf, l.CRLF, tt.reason)
			got := paras(tt.src)
			require.Len(t, got, len(want), tt.reason)
			for i, p := range got {
				// The paragraph's words are the original's, whatever the breaks.
				assert.Equal(t, strings.Fields(want[i]), strings.Fields(p), tt.reason)
			}
		})
	}
}

func TestBreaks(t *testing.T) {
	tests := []struct {
		name, reason string
		src          string
		want         []string
	}{
		{"mid-clause break", "a line that stops mid-clause and a lower-case next line are one paragraph",
			"The council voted on\nthe budget late on Tuesday.\nIt passed.",
			[]string{"The council voted on\nthe budget late on Tuesday.", "It passed."}},
		{"sentence end", "a lower-case line after a full stop starts a paragraph of its own",
			"He left.\nand then the rain came.",
			[]string{"He left.", "and then the rain came."}},
		{"headline", "a headline and its story stay apart",
			"Ferry to run again by June\nThe mayor said the repairs were done.",
			[]string{"Ferry to run again by June", "The mayor said the repairs were done."}},
		{"page break", "a blank line inside a clause, as a PDF's page break leaves it",
			"The talks will resume in\n\nthe spring, officials said.",
			[]string{"The talks will resume in\n\nthe spring, officials said."}},
		{"quote across a break", "a line break inside an open quote, next line lower case",
			"“We will not stop until\nevery family is housed,” she said.",
			[]string{"“We will not stop until\nevery family is housed,” she said."}},
		{"wrapped prose cut by a blank line", "in a hard-wrapped document, a block of two lines or more with no sentence mark at its end goes on past the blank line; a one-line heading does not",
			"Ferry back by June\n\n" +
				"The ferry to the island will run again\nby June, the harbour board told Mayor\n\n" +
				"Dana Whitfield on Monday after a winter\nof cancelled sailings and angry calls.\n\n" +
				"Repairs will cost about $4 million, the\ncouncil said in a statement on Monday.",
			[]string{"Ferry back by June",
				"The ferry to the island will run again\nby June, the harbour board told Mayor\n\nDana Whitfield on Monday after a winter\nof cancelled sailings and angry calls.",
				"Repairs will cost about $4 million, the\ncouncil said in a statement on Monday."}},
		{"a long quote's next paragraph", "in wrapped text with no blank lines, a sentence that ends at the margin and a line that opens with a quote mark are two paragraphs",
			"“The hull work is finished and the engines\nhave been rebuilt by the yard in Bergen.\n“What remains is paperwork,” Ekberg said\nto reporters on Tuesday.\nRepairs will cost about $4 million, the\ncouncil said in a statement on Monday.",
			[]string{"“The hull work is finished and the engines\nhave been rebuilt by the yard in Bergen.",
				"“What remains is paperwork,” Ekberg said\nto reporters on Tuesday.",
				"Repairs will cost about $4 million, the\ncouncil said in a statement on Monday."}},
		{"a colon's quote in wrapped text", "a colon that ends a full line introduces the quote on the next line: one paragraph",
			"The council met on Monday and the mayor\nof Eastport said to the crowded hall:\n“We will not stop until the ferry runs\nagain,” and left.\nRepairs will cost about $4 million, the\ncouncil said in a statement on Monday.",
			[]string{"The council met on Monday and the mayor\nof Eastport said to the crowded hall:\n“We will not stop until the ferry runs\nagain,” and left.",
				"Repairs will cost about $4 million, the\ncouncil said in a statement on Monday."}},
		{"unwrapped lines cut by a blank line", "without hard wrapping, a capitalised line after a blank line starts a paragraph",
			"The ferry will run again by June, the board told Mayor\nof the island\n\nDana Whitfield on Monday.",
			[]string{"The ferry will run again by June, the board told Mayor\nof the island", "Dana Whitfield on Monday."}},
		{"blank lines only", "nothing but white space has no paragraph",
			"\n \n\t\n", nil},
		{"empty", "no bytes, no paragraph", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, paras(tt.src), tt.reason)
		})
	}
}

func TestShortLinesAreNotWrapped(t *testing.T) {
	// A list of short lines of like length is not hard-wrapped prose.
	src := "Goals: Messi 2\nAssists: Di Maria\nSaves: Martinez 2\nCards: none"
	l := Of([]byte(src))
	assert.False(t, l.Wrapped)
	assert.Len(t, l.Paras, 4)
}

func TestLongLinesAreNotWrapped(t *testing.T) {
	// One paragraph a line, of very different lengths: the longest line
	// is not a wrap width.
	src := strings.Repeat("A short line here.\n"+para1+" "+para2+"\n"+para3+"\n", 3)
	l := Of([]byte(src))
	assert.False(t, l.Wrapped)
	assert.Len(t, l.Paras, 9)
}

func TestQueries(t *testing.T) {
	src := []byte("One line\nwrapped here.\n\nTwo.\r\nThree.\rFour.")
	l := Of(src)
	require.Len(t, l.Paras, 4)
	at := func(s string) int { return strings.Index(string(src), s) }
	assert.True(t, l.Soft(src, at("\nwrapped")), "mid-clause break")
	assert.True(t, l.Hard(src, at("\n\nTwo")), "paragraph break")
	assert.True(t, l.Hard(src, at("\nTwo")), "blank line")
	assert.False(t, l.Soft(src, at("\r\nThree")), "the CR of CRLF is no break")
	assert.False(t, l.Hard(src, at("\r\nThree")), "the CR of CRLF is no break")
	assert.True(t, l.Hard(src, at("\nThree")))
	assert.True(t, l.Hard(src, at("\rFour")), "lone CR")
	assert.Equal(t, 2, l.Para(at("Three")))
	assert.Equal(t, -1, l.Para(at("\n\nTwo")+1))
	c := l.Cursor()
	for i := range src {
		require.Equal(t, l.Para(i), c.Para(i), "offset %d", i)
	}
	assert.False(t, l.Soft(src, -1))
	assert.False(t, l.Hard(src, len(src)))
	var zero Layout
	assert.Equal(t, -1, zero.Para(0))
	assert.True(t, zero.Hard([]byte("a\nb"), 1), "the zero Layout has only paragraph breaks")
}

func TestAnyBytes(t *testing.T) {
	for _, src := range []string{"\xff\xfe\n\n\x00", "\r", "\n", "\r\n\r\n", "a\rb\nc\r\n", strings.Repeat("é ", 50) + "\n" + strings.Repeat("\xff", 80)} {
		l := Of([]byte(src))
		prev := 0
		for _, p := range l.Paras {
			require.LessOrEqual(t, prev, p.Start, "%q", src)
			require.Less(t, p.Start, p.End, "%q", src)
			require.LessOrEqual(t, p.End, len(src), "%q", src)
			prev = p.End
		}
	}
}

// FuzzOf checks, on any bytes, that paragraphs are in order, in bounds
// and not empty, that no paragraph starts or ends on a line break, and
// that the Cursor agrees with Para.
func FuzzOf(f *testing.F) {
	for _, s := range []string{para1 + "\n" + para2, wrap40(para1) + "\n\n" + wrap40(para2), "  a\nb\n  c\nd", "a\r\nb\rc\n\n\nd", "\xff\n\xfe", ""} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		l := Of(src)
		prev := -1
		for _, p := range l.Paras {
			require.Less(t, prev, p.Start)
			require.Less(t, p.Start, p.End)
			require.LessOrEqual(t, p.End, len(src))
			require.False(t, IsBreak(src, p.Start), "a paragraph starts on a break")
			require.False(t, IsBreak(src, p.End-1), "a paragraph ends on a break")
			prev = p.End
		}
		c := l.Cursor()
		for i := range src {
			require.Equal(t, l.Para(i), c.Para(i))
			require.False(t, l.Soft(src, i) && l.Hard(src, i))
		}
	})
}
