package verbatim

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// layoutArticle is one short article, a paragraph a string, with cues
// that a wrapper splits from their quotes and names that it splits in
// two.
var layoutArticle = []string{
	"Harbour officials in Eastport said on Monday that the island ferry would return by June, after a winter of cancelled sailings.",
	"“We owe the islanders a boat that leaves on time, and we intend to give them one,” said Dana Whitfield, the mayor of Eastport.",
	"Ms Whitfield said the repairs would cost about $4 million. “Nobody here wants another winter like this one,” she added.",
	"The ferry board met on Sunday with the chair of its trustees, Brisco Le Fevre, and with the unions.",
	"“We will find the money,” Le Fevre said.",
	"The operator, Northsound Ferry Lines, called the plan “ambitious but doable” in a statement.",
	"“The hull work is finished, and the engines have been rebuilt by the yard in Bergen over the winter.",
	"“What remains is paperwork,” Tomas Ekberg, the chief engineer of the operator, said on Tuesday. “We expect the inspectors within a month.”",
}

// wrapAt breaks p into lines of at most width runes, at spaces.
func wrapAt(p string, width int) []string {
	var lines []string
	cur := ""
	for _, w := range strings.Fields(p) {
		switch {
		case cur == "":
			cur = w
		case len([]rune(cur))+1+len([]rune(w)) > width:
			lines = append(lines, cur)
			cur = w
		default:
			cur += " " + w
		}
	}
	return append(lines, cur)
}

func render(paras []string, lineSep, paraSep, indent string, width int) string {
	out := make([]string, len(paras))
	for i, p := range paras {
		lines := []string{p}
		if width > 0 {
			lines = wrapAt(p, width)
		}
		out[i] = indent + strings.Join(lines, lineSep)
	}
	return strings.Join(out, paraSep)
}

// TestLayouts runs one article laid out in every way a feed lays out
// text and wants the same quotes, kinds and speakers from each: only the
// offsets move.
func TestLayouts(t *testing.T) {
	layouts := []struct{ name, src string }{
		{"one paragraph a line", render(layoutArticle, "", "\n", "", 0)},
		{"blank lines", render(layoutArticle, "", "\n\n", "", 0)},
		{"CRLF", render(layoutArticle, "", "\r\n", "", 0)},
		{"CRLF blank lines", render(layoutArticle, "", "\r\n\r\n", "", 0)},
		{"hard-wrapped, blank lines", render(layoutArticle, "\n", "\n\n", "", 40)},
		{"hard-wrapped at 72", render(layoutArticle, "\n", "\n\n", "", 72)},
		{"hard-wrapped CRLF", render(layoutArticle, "\r\n", "\r\n\r\n", "", 40)},
		{"hard-wrapped, no blank lines", render(layoutArticle, "\n", "\n", "", 40)},
		{"indented paragraphs", render(layoutArticle, "\n", "\n", "    ", 40)},
		{"tab-indented CRLF", render(layoutArticle, "\r\n", "\r\n", "\t", 40)},
	}
	type row struct{ kind, text, speaker, title string }
	rows := func(src string) []row {
		res, err := Extract([]byte(src))
		require.NoError(t, err)
		var out []row
		for _, q := range res.Quotes {
			require.Equal(t, q.Text, src[q.Start:q.End], "the text at the span is the quote's")
			out = append(out, row{q.Kind.String(), strings.Join(strings.Fields(q.Text), " "), q.Speaker, q.Title})
		}
		return out
	}
	want := rows(layouts[0].src)
	// The one-paragraph-a-line form is the reference: check that it is
	// right where this test cares, so the comparison is not of garbage.
	speakers, titles := map[string]string{}, map[string]string{}
	for _, r := range want {
		if r.kind == "direct" {
			speakers[r.text], titles[r.text] = r.speaker, r.title
		}
	}
	assert.Contains(t, titles["We owe the islanders a boat that leaves on time, and we intend to give them one"], "mayor of Eastport",
		"a title, on one line whatever the layout")
	assert.Equal(t, "Dana Whitfield", speakers["We owe the islanders a boat that leaves on time, and we intend to give them one"])
	assert.Equal(t, "Dana Whitfield", speakers["Nobody here wants another winter like this one"])
	assert.Equal(t, "Tomas Ekberg", speakers["The hull work is finished, and the engines have been rebuilt by the yard in Bergen over the winter. “What remains is paperwork"],
		"a quote over two paragraphs, the opening mark repeated")
	assert.Equal(t, "Brisco Le Fevre", speakers["We will find the money"], "a surname standing alone finds the full name")
	require.Contains(t, layouts[5].src, "Brisco Le\nFevre", "the 72-column copy splits the name")
	for _, l := range layouts[1:] {
		t.Run(l.name, func(t *testing.T) {
			assert.Equal(t, want, rows(l.src))
		})
	}
}
