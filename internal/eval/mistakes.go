package eval

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/verbatim-nlp/verbatim/quote"
)

// A Mistake is one error of the predictions against the gold.
type Mistake struct {
	Doc  string `json:"doc"`
	Task string `json:"task"` // "segment", "indirect" or "speaker"
	// Type is "FP" (predicted, not in the gold), "FN" (in the gold,
	// missed) or, for speakers, "wrong" or "missing".
	Type string     `json:"type"`
	Span quote.Span `json:"span"` // byte offsets into the document
	// Text is the span's text, shortened in the middle when long.
	Text string `json:"text"`
	// Context is the span with some text either side, the span itself
	// between ⟦ and ⟧, line breaks shown as ¶.
	Context string `json:"context"`
	// Note says more: the prediction's kind, or gold vs predicted speaker.
	Note string `json:"note,omitempty"`
}

func (m Mistake) String() string {
	s := fmt.Sprintf("%s %-8s %-7s [%d:%d] %s", m.Doc, m.Task, m.Type, m.Span.Start, m.Span.End, m.Context)
	if m.Note != "" {
		s += "  (" + m.Note + ")"
	}
	return s
}

// Mistakes lists the lenient-matching errors of preds against d: false
// positive and false negative segments and indirect quotes, and matched
// quotes with a wrong or missing speaker. context is how many bytes of
// text to show either side.
func Mistakes(d *Doc, preds []quote.Quote, context int) []Mistake {
	r := match(d, preds)
	var out []Mistake
	add := func(task, typ string, sp quote.Span, note string) {
		out = append(out, Mistake{
			Doc: d.ID, Task: task, Type: typ, Span: sp,
			Text: shorten(d.Text[sp.Start:sp.End], 160), Context: showContext(d.Text, sp, context), Note: note,
		})
	}
	for i, g := range r.gold {
		if r.goldLen[i] < 0 {
			add("segment", "FN", g.span, string(d.Quotes[g.owner[0]].Kind))
		}
	}
	for i, p := range r.pred {
		if r.predLen[i] < 0 {
			add("segment", "FP", p.span, preds[p.owner[0]].Kind.String())
		}
	}
	for i, g := range r.goldInd {
		if r.goldIndLen[i] < 0 {
			add("indirect", "FN", g.span, "")
		}
	}
	for i, p := range r.predInd {
		if r.predIndLen[i] < 0 {
			add("indirect", "FP", p.span, "")
		}
	}
	for gi, pi := range r.quoteMatch {
		g := &d.Quotes[gi]
		if pi < 0 || !g.HasSpeaker() {
			continue
		}
		m := preds[pi].Mention
		switch {
		case m.End <= m.Start:
			add("speaker", "missing", g.Span, fmt.Sprintf("%s; gold %q", g.Kind, g.Speaker.Text))
		case !(m.Start < g.Speaker.End && g.Speaker.Start < m.End):
			add("speaker", "wrong", g.Span, fmt.Sprintf("%s; gold %q, got %q", g.Kind, g.Speaker.Text, m.Text))
		}
	}
	return out
}

// showContext returns text around sp on one line, sp marked.
func showContext(text string, sp quote.Span, n int) string {
	lo := runeStart(text, max(sp.Start-n, 0))
	// Stray continuation bytes after the span would move hi back into
	// it: never end the context before the span does.
	hi := max(runeStart(text, min(sp.End+n, len(text))), sp.End)
	var b strings.Builder
	b.WriteString(oneLine(text[lo:sp.Start]))
	b.WriteString("⟦")
	b.WriteString(oneLine(shorten(text[sp.Start:sp.End], 200)))
	b.WriteString("⟧")
	b.WriteString(oneLine(text[sp.End:hi]))
	return b.String()
}

// runeStart moves i back to the start of the rune it falls in.
func runeStart(s string, i int) int {
	for i > 0 && i < len(s) && !utf8.RuneStart(s[i]) {
		i--
	}
	return i
}

// shorten cuts s to about n bytes by dropping its middle.
func shorten(s string, n int) string {
	if len(s) <= n {
		return s
	}
	h := n / 2
	return s[:runeStart(s, h)] + " … " + s[runeStart(s, len(s)-h):]
}

var lineBreaks = strings.NewReplacer("\r\n", "¶", "\n", "¶", "\r", "¶", "\t", " ")

func oneLine(s string) string { return lineBreaks.Replace(s) }
