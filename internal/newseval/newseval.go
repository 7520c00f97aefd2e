// Package newseval scores a `verbatim check -format json` report against
// a gold file of the news development sets (../shared/eval/news), with
// the figures and rules of that folder's score.py, and hard-wraps a set
// the way its wrap.py does, moving the gold's offsets with the text.
//
// Every offset is a half-open byte offset into an article, as in the
// gold file and in Verbatim's reports.
package newseval

import (
	"bytes"
	"encoding/json"
	"fmt"
	"path"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

// A Span is one annotated span of the gold.
type Span struct {
	Doc      string   `json:"doc"`
	Start    int      `json:"start"`
	End      int      `json:"end"`
	Text     string   `json:"text"`
	ID       string   `json:"id,omitempty"`
	Kind     string   `json:"kind,omitempty"`
	Speakers []string `json:"speakers,omitempty"`
	Title    string   `json:"title,omitempty"`
	Cluster  Clusters `json:"cluster,omitempty"`
	Why      string   `json:"why,omitempty"`
}

// Clusters is a gold quote's statement ids: score.py accepts one id or a
// list.
type Clusters []string

// UnmarshalJSON reads a string or a list of strings.
func (c *Clusters) UnmarshalJSON(b []byte) error {
	var one string
	if err := json.Unmarshal(b, &one); err == nil {
		*c = Clusters{one}
		return nil
	}
	var many []string
	if err := json.Unmarshal(b, &many); err != nil {
		return fmt.Errorf("newseval: cluster: %w", err)
	}
	*c = many
	return nil
}

// A GoldFlag is a misattribution the texts show: a reported flag of the
// same Kind whose JSON holds every MustMention string finds it.
type GoldFlag struct {
	Kind        string   `json:"kind"`
	MustMention []string `json:"must_mention"`
	Why         string   `json:"why,omitempty"`
}

// Gold is a set's gold.json.
type Gold struct {
	Quotes    []Span            `json:"quotes"`
	Optional  []Span            `json:"optional"`
	NotSpeech []Span            `json:"not_speech"`
	Flags     []GoldFlag        `json:"flags"`
	Clusters  map[string]string `json:"clusters,omitempty"`
}

// ParseGold reads a gold.json.
func ParseGold(b []byte) (*Gold, error) {
	var g Gold
	if err := json.Unmarshal(b, &g); err != nil {
		return nil, fmt.Errorf("newseval: gold: %w", err)
	}
	return &g, nil
}

// A Pred is one quote of a report, with the fields the scorer reads.
type Pred struct {
	Doc     string  `json:"doc"`
	Start   int     `json:"start"`
	End     int     `json:"end"`
	Kind    string  `json:"kind"`
	Speaker string  `json:"speaker"`
	Person  string  `json:"person"`
	Title   string  `json:"title"`
	Cluster *string `json:"cluster"` // nil when the report has none
}

// Report is a check report: its quotes, and its flags kept as JSON.
type Report struct {
	Quotes []Pred
	Flags  []ReportFlag
}

// A ReportFlag is one reported flag: its kind and its whole JSON.
type ReportFlag struct {
	Kind string
	JSON string
}

// ParseReport reads the JSON of `verbatim check -format json`.
func ParseReport(b []byte) (*Report, error) {
	var raw struct {
		Quotes []Pred            `json:"quotes"`
		Flags  []json.RawMessage `json:"flags"`
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		return nil, fmt.Errorf("newseval: report: %w", err)
	}
	r := &Report{Quotes: raw.Quotes}
	for _, f := range raw.Flags {
		var k struct {
			Kind string `json:"kind"`
		}
		if err := json.Unmarshal(f, &k); err != nil {
			return nil, fmt.Errorf("newseval: report flag: %w", err)
		}
		// Mentions are looked for in the flag's JSON, with non-ASCII
		// text as it is (as score.py's json.dumps(ensure_ascii=False)).
		var v any
		_ = json.Unmarshal(f, &v)
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		_ = enc.Encode(v)
		r.Flags = append(r.Flags, ReportFlag{Kind: k.Kind, JSON: buf.String()})
	}
	return r, nil
}

// Figures are score.py's figures for one choice of gold kinds.
type Figures struct {
	Gold, Matched       int // gold quotes of the chosen kinds, and those a report quote matches
	TP, FP              int // reported direct, partial and mixed quotes over a gold or optional span, and the rest
	NotSpeech           int // reported speech quotes over a not-speech span
	SpeakerOK           int // gold quotes matched by a quote with a right speaker
	SameOK, SameAll     int // cross-document pairs of one statement, and those the report clusters together
	DiffOK, DiffAll     int // cross-document pairs of different statements, and those kept apart
	FlagsFound, FlagsOf int // gold flags found, of all gold flags
	TitleOK, TitleOf    int // matched gold quotes with a title, and those whose reported title ends alike
}

func ratio(a, b int, empty float64) float64 {
	if b == 0 {
		return empty
	}
	return float64(a) / float64(b)
}

// ExtractRecall is the share of gold quotes that a report quote matches.
func (f Figures) ExtractRecall() float64 { return ratio(f.Matched, f.Gold, 1) }

// ExtractPrecision is the share of reported speech quotes that match a
// gold or optional span.
func (f Figures) ExtractPrecision() float64 { return ratio(f.TP, f.TP+f.FP, 0) }

// SpeakerAcc is the share of gold quotes matched with a right speaker.
func (f Figures) SpeakerAcc() float64 { return ratio(f.SpeakerOK, f.Gold, 1) }

// ClusterRecall is the share of same-statement pairs clustered together.
func (f Figures) ClusterRecall() float64 { return ratio(f.SameOK, f.SameAll, 1) }

// ClusterPrecision is the share of different-statement pairs kept apart.
func (f Figures) ClusterPrecision() float64 { return ratio(f.DiffOK, f.DiffAll, 1) }

// FlagShare is the share of gold flags found.
func (f Figures) FlagShare() float64 { return ratio(f.FlagsFound, f.FlagsOf, 1) }

// TitleAcc is the share of titled matched gold quotes whose title ends
// in the same word.
func (f Figures) TitleAcc() float64 { return ratio(f.TitleOK, f.TitleOf, 1) }

// String is score.py's summary line.
func (f Figures) String() string {
	return fmt.Sprintf("extract recall %.3f (%d/%d) precision %.3f (%d/%d) not-speech-as-speech %d; "+
		"speaker acc %.3f (%d/%d); cluster pair recall %.3f (%d/%d) precision %.3f (%d/%d); flags %d/%d; titles %.3f (%d/%d)",
		f.ExtractRecall(), f.Matched, f.Gold, f.ExtractPrecision(), f.TP, f.TP+f.FP, f.NotSpeech,
		f.SpeakerAcc(), f.SpeakerOK, f.Gold, f.ClusterRecall(), f.SameOK, f.SameAll, f.ClusterPrecision(), f.DiffOK, f.DiffAll,
		f.FlagsFound, f.FlagsOf, f.TitleAcc(), f.TitleOK, f.TitleOf)
}

func overlap(aStart, aEnd, bStart, bEnd int) int {
	return max(0, min(aEnd, bEnd)-max(aStart, bStart))
}

// halfMatch: the spans overlap by at least half of each.
func halfMatch(g *Span, p *Pred) bool {
	o := overlap(g.Start, g.End, p.Start, p.End)
	return o > 0 && 2*o >= g.End-g.Start && 2*o >= p.End-p.Start
}

var folder = cases.Fold()

// NormName is score.py's norm_name: NFKC, case folded, trimmed, runs of
// white space made one space.
func NormName(s string) string {
	return strings.Join(strings.Fields(folder.String(norm.NFKC.String(s))), " ")
}

var wordRE = regexp.MustCompile(`[\p{L}\p{N}_’'-]+`)

// head is a title's last word, normalised.
func head(t string) string {
	w := wordRE.FindAllString(NormName(t), -1)
	if len(w) == 0 {
		return ""
	}
	return w[len(w)-1]
}

var speechKinds = map[string]bool{"direct": true, "partial": true, "mixed": true}

// Score scores rep against g over the gold quotes whose kind is in
// kinds, as score.py --kinds does. Documents are matched by base name.
func Score(g *Gold, rep *Report, kinds ...string) Figures {
	want := map[string]bool{}
	for _, k := range kinds {
		want[k] = true
	}
	preds := make([]Pred, len(rep.Quotes))
	byDoc := map[string][]int{}
	for i, p := range rep.Quotes {
		p.Doc = path.Base(strings.ReplaceAll(p.Doc, `\`, "/"))
		preds[i] = p
		byDoc[p.Doc] = append(byDoc[p.Doc], i)
	}
	var f Figures
	var gq []*Span
	for i := range g.Quotes {
		if want[g.Quotes[i].Kind] {
			gq = append(gq, &g.Quotes[i])
		}
	}
	f.Gold = len(gq)
	match := map[*Span]*Pred{}
	for _, q := range gq {
		best, bestO := -1, 0
		for _, i := range byDoc[q.Doc] {
			if p := &preds[i]; halfMatch(q, p) {
				if o := overlap(q.Start, q.End, p.Start, p.End); best < 0 || o > bestO {
					best, bestO = i, o
				}
			}
		}
		if best >= 0 {
			match[q] = &preds[best]
		}
	}
	f.Matched = len(match)

	all := append(append([]Span(nil), g.Quotes...), g.Optional...)
	for i := range preds {
		p := &preds[i]
		if !speechKinds[p.Kind] {
			continue
		}
		hit := false
		for k := range all {
			if all[k].Doc == p.Doc && halfMatch(&all[k], p) {
				hit = true
				break
			}
		}
		if hit {
			f.TP++
		} else {
			f.FP++
		}
		for k := range g.NotSpeech {
			n := &g.NotSpeech[k]
			if n.Doc == p.Doc && overlap(n.Start, n.End, p.Start, p.End) > 0 {
				f.NotSpeech++
				break
			}
		}
	}

	for _, q := range gq {
		p := match[q]
		if p == nil {
			continue
		}
		name := p.Person
		if name == "" {
			name = p.Speaker
		}
		for _, s := range q.Speakers {
			if NormName(s) == NormName(name) {
				f.SpeakerOK++
				break
			}
		}
		if q.Title != "" {
			f.TitleOf++
			if head(p.Title) == head(q.Title) {
				f.TitleOK++
			}
		}
	}

	var ids []*Span
	for _, q := range gq {
		if match[q] != nil {
			ids = append(ids, q)
		}
	}
	for i := range ids {
		for j := i + 1; j < len(ids); j++ {
			x, y := ids[i], ids[j]
			if x.Doc == y.Doc {
				continue
			}
			pc, qc := match[x].Cluster, match[y].Cluster
			together := pc != nil && qc != nil && *pc == *qc
			if shares(x.Cluster, y.Cluster) {
				f.SameAll++
				if together {
					f.SameOK++
				}
			} else {
				f.DiffAll++
				if !together {
					f.DiffOK++
				}
			}
		}
	}

	f.FlagsOf = len(g.Flags)
	for _, gf := range g.Flags {
		for _, rf := range rep.Flags {
			if rf.Kind == gf.Kind && mentionsAll(rf.JSON, gf.MustMention) {
				f.FlagsFound++
				break
			}
		}
	}
	return f
}

func shares(a, b Clusters) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}

func mentionsAll(js string, must []string) bool {
	for _, m := range must {
		if !strings.Contains(js, m) {
			return false
		}
	}
	return true
}

// Wrap hard-wraps text as wrap.py does: each line is a paragraph,
// wrapped at width columns (runes) by turning spaces into line breaks,
// and two non-blank lines in a row are set apart by a blank line. The
// map gives, for each byte offset of text and for len(text), its offset
// in the wrapped text.
func Wrap(text []byte, width int) ([]byte, []int) {
	out := make([]byte, 0, len(text)+len(text)/8)
	omap := make([]int, 0, len(text)+1)
	lines := bytes.Split(text, []byte{'\n'})
	for li, ln := range lines {
		col := 0
		for wi, w := range bytes.Split(ln, []byte{' '}) {
			if wi > 0 {
				// The space before this word: a line break where the
				// line would pass width.
				omap = append(omap, len(out))
				if col+1+utf8.RuneCount(w) > width && col > 0 {
					out = append(out, '\n')
					col = 0
				} else {
					out = append(out, ' ')
					col++
				}
			}
			for k := range w {
				omap = append(omap, len(out)+k)
			}
			out = append(out, w...)
			col += utf8.RuneCount(w)
		}
		if li < len(lines)-1 {
			omap = append(omap, len(out))
			if len(bytes.TrimSpace(ln)) > 0 && len(bytes.TrimSpace(lines[li+1])) > 0 {
				out = append(out, '\n', '\n') // a paragraph break becomes a blank line
			} else {
				out = append(out, '\n')
			}
		}
	}
	omap = append(omap, len(out))
	return out, omap
}

// Move returns a copy of g with the spans of every document in maps
// moved to its wrapped text (maps and texts by document name, as Wrap
// returned them).
func Move(g *Gold, maps map[string][]int, texts map[string][]byte) *Gold {
	out := *g
	move := func(spans []Span) []Span {
		moved := append([]Span(nil), spans...)
		for i := range moved {
			s := &moved[i]
			m, ok := maps[s.Doc]
			if !ok || s.Start < 0 || s.End >= len(m) || s.Start > s.End {
				continue
			}
			s.Start, s.End = m[s.Start], m[s.End]
			s.Text = string(texts[s.Doc][s.Start:s.End])
		}
		return moved
	}
	out.Quotes, out.Optional, out.NotSpeech = move(g.Quotes), move(g.Optional), move(g.NotSpeech)
	return &out
}
