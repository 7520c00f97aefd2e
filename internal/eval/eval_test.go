package eval

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/verbatim-nlp/verbatim/quote"
)

// article is realistic news prose written for these tests.
const article = "“We will not back down,” the defence minister said on Tuesday. " +
	"Officials said the talks would resume in March. " +
	"The ministry called the report “fake news” and its authors “hired pens.”"

// at returns the byte span of the n-th (0-based) occurrence of sub in article.
func at(t *testing.T, sub string, n int) quote.Span {
	t.Helper()
	off := 0
	for i := 0; ; i++ {
		j := strings.Index(article[off:], sub)
		if j < 0 {
			t.Fatalf("%q not in article", sub)
		}
		if i == n {
			return quote.Span{Start: off + j, End: off + j + len(sub)}
		}
		off += j + len(sub)
	}
}

func mention(t *testing.T, sub string) quote.Mention {
	s := at(t, sub, 0)
	return quote.Mention{Text: sub, Start: s.Start, End: s.End}
}

func pred(t *testing.T, sub string, k quote.Kind) quote.Quote {
	s := at(t, sub, 0)
	return quote.Quote{Start: s.Start, End: s.End, Text: sub, Kind: k}
}

func goldDoc(t *testing.T) *Doc {
	return &Doc{ID: "t", Text: article, Quotes: []GoldQuote{
		{Kind: KindDirect, Span: at(t, "“We will not back down,”", 0),
			Quoted:  []quote.Span{at(t, "“We will not back down,”", 0)},
			Speaker: mention(t, "the defence minister"), Cue: mention(t, "said")},
		{Kind: KindIndirect, Span: at(t, "the talks would resume in March", 0),
			Speaker: mention(t, "Officials"), Cue: at2m(t, "said", 1)},
		{Kind: KindMixed, Span: at(t, "the report “fake news” and its authors “hired pens.”", 0),
			Quoted:  []quote.Span{at(t, "“fake news”", 0), at(t, "“hired pens.”", 0)},
			Speaker: mention(t, "The ministry"), Cue: mention(t, "called")},
	}}
}

func at2m(t *testing.T, sub string, n int) quote.Mention {
	s := at(t, sub, n)
	return quote.Mention{Text: sub, Start: s.Start, End: s.End}
}

func TestScore(t *testing.T) {
	direct := pred(t, "We will not back down", quote.Direct)
	direct.Mention = mention(t, "the defence minister")
	direct.Cue = mention(t, "said")
	fake := pred(t, "fake news", quote.Partial)
	fake.Mention = mention(t, "ministry") // overlaps "The ministry"
	pens := pred(t, "hired pens.", quote.Partial)
	ind := pred(t, "the talks would resume in March", quote.Indirect)
	ind.Mention = mention(t, "Officials")

	tests := []struct {
		name, why string
		preds     []quote.Quote
		exact     PRF
		lenient   PRF
		indirect  PRF
		indAny    PRF
		speaker   Accuracy
	}{
		{
			name: "perfect", why: "every gold segment and the indirect quote found, speakers right",
			preds: []quote.Quote{direct, fake, pens, ind},
			exact: PRF{TP: 3}, lenient: PRF{TP: 3}, indirect: PRF{TP: 1}, indAny: PRF{TP: 1},
			speaker: Accuracy{Correct: 3, Total: 3}, // the mixed quote takes fake's mention, its first segment
		},
		{
			name: "marks and comma", why: "a segment with its marks and trailing comma still matches exactly after trimming",
			preds: []quote.Quote{{Start: at(t, "“We will not back down,”", 0).Start, End: at(t, "“We will not back down,”", 0).End, Kind: quote.Direct}},
			exact: PRF{TP: 1, FN: 2}, lenient: PRF{TP: 1, FN: 2}, indirect: PRF{FN: 1}, indAny: PRF{FN: 1},
			speaker: Accuracy{Total: 1, Missing: 1},
		},
		{
			name: "terms and nested ignored", why: "Term, Indirect and Depth>0 quotes are not segments",
			preds: []quote.Quote{
				pred(t, "fake news", quote.Term),
				func() quote.Quote { q := pred(t, "hired pens.", quote.Partial); q.Depth = 1; return q }(),
			},
			exact: PRF{FN: 3}, lenient: PRF{FN: 3}, indirect: PRF{FN: 1}, indAny: PRF{FN: 1},
		},
		{
			name: "partial overlap", why: "more than half the words is a lenient match but not an exact one",
			preds: []quote.Quote{pred(t, "We will not back", quote.Direct)},
			exact: PRF{FP: 1, FN: 3}, lenient: PRF{TP: 1, FN: 2}, indirect: PRF{FN: 1}, indAny: PRF{FN: 1},
			speaker: Accuracy{Total: 1, Missing: 1},
		},
		{
			name: "small overlap", why: "less than half the union is no match at all",
			preds: []quote.Quote{pred(t, "We will", quote.Direct)},
			exact: PRF{FP: 1, FN: 3}, lenient: PRF{FP: 1, FN: 3}, indirect: PRF{FN: 1}, indAny: PRF{FN: 1},
		},
		{
			name: "one to one", why: "two predictions over one gold segment: one pairs, the other is a false positive",
			preds: []quote.Quote{pred(t, "We will not back down", quote.Direct), pred(t, "We will not back", quote.Direct)},
			exact: PRF{TP: 1, FP: 1, FN: 2}, lenient: PRF{TP: 1, FP: 1, FN: 2}, indirect: PRF{FN: 1}, indAny: PRF{FN: 1},
			speaker: Accuracy{Total: 1, Missing: 1},
		},
		{
			name: "indirect too wide", why: "a clause running on past the gold overlaps it but under half the union",
			preds: []quote.Quote{{Start: at(t, "Officials", 0).Start, End: len(article), Kind: quote.Indirect}},
			exact: PRF{FN: 3}, lenient: PRF{FN: 3}, indirect: PRF{FP: 1, FN: 1}, indAny: PRF{TP: 1},
		},
		{
			name: "wrong speaker", why: "a mention outside the gold speaker span is wrong, not missing",
			preds: func() []quote.Quote {
				q := direct
				q.Mention = mention(t, "Officials")
				return []quote.Quote{q}
			}(),
			exact: PRF{TP: 1, FN: 2}, lenient: PRF{TP: 1, FN: 2}, indirect: PRF{FN: 1}, indAny: PRF{FN: 1},
			speaker: Accuracy{Total: 1},
		},
		{
			name: "scare quote", why: "a quoted word PolNeAR does not annotate counts against precision",
			preds: []quote.Quote{direct, fake, pens, pred(t, "March", quote.Partial)},
			exact: PRF{TP: 3, FP: 1}, lenient: PRF{TP: 3, FP: 1}, indirect: PRF{FN: 1}, indAny: PRF{FN: 1},
			speaker: Accuracy{Correct: 2, Total: 2},
		},
		{
			name: "out of range", why: "spans past the text are clamped, not a panic",
			preds: []quote.Quote{{Start: -5, End: 1 << 30, Kind: quote.Direct}, {Start: 1 << 30, End: 1 << 31, Kind: quote.Indirect}},
			exact: PRF{FP: 1, FN: 3}, lenient: PRF{FP: 1, FN: 3}, indirect: PRF{FN: 1}, indAny: PRF{FN: 1},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var s Scores
			s.Add(goldDoc(t), tt.preds)
			check := func(what string, got, want any) {
				if got != want {
					t.Errorf("%s (%s):\n-want %+v\n+got  %+v", what, tt.why, want, got)
				}
			}
			check("exact", s.SegmentsExact, tt.exact)
			check("lenient", s.SegmentsLenient, tt.lenient)
			check("indirect", s.Indirect, tt.indirect)
			check("indirect any", s.IndirectAny, tt.indAny)
			check("speaker", s.Speaker, tt.speaker)
		})
	}
}

func TestPRF(t *testing.T) {
	p := PRF{TP: 3, FP: 1, FN: 3}
	if p.Precision() != 0.75 || p.Recall() != 0.5 || p.F1() != 0.6 {
		t.Errorf("PRF%+v: got P=%v R=%v F1=%v, want 0.75 0.5 0.6", p, p.Precision(), p.Recall(), p.F1())
	}
	if (PRF{}).F1() != 0 {
		t.Error("empty PRF: F1 should be 0, not NaN")
	}
}

func TestTrim(t *testing.T) {
	text := `He called it “a disgrace,” then left. '  'quoted' ' ‘Yes!’`
	tests := []struct{ in, want string }{
		{"“a disgrace,”", "a disgrace"},
		{"'  'quoted' '", "quoted"},
		{"‘Yes!’", "Yes!"},
		{"“", ""},
	}
	for _, tt := range tests {
		i := strings.Index(text, tt.in)
		s := Trim(text, quote.Span{Start: i, End: i + len(tt.in)})
		if got := text[s.Start:s.End]; got != tt.want {
			t.Errorf("Trim(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestMistakes(t *testing.T) {
	ms := Mistakes(goldDoc(t), []quote.Quote{pred(t, "We will not back down", quote.Direct), pred(t, "March", quote.Partial)}, 12)
	var got []string
	for _, m := range ms {
		got = append(got, m.Task+" "+m.Type+" "+m.Text)
	}
	want := []string{
		"segment FN fake news",
		"segment FN hired pens",
		"segment FP March",
		"indirect FN the talks would resume in March",
		"speaker missing “We will not back down,”",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("Mistakes:\n-want %q\n+got  %q", want, got)
	}
	if c := ms[2].Context; !strings.Contains(c, "⟦March⟧") {
		t.Errorf("context %q does not mark the span", c)
	}
}

func TestLoadJSONL(t *testing.T) {
	// Code points and bytes differ: the curly marks are 3 bytes each.
	good := `{"id":"a","text":"“No,” she said.","quotes":[{"start":0,"end":5,"start_byte":0,"end_byte":9,` +
		`"kind":"direct","quoted_spans":[[0,5]],"speaker":"she","speaker_start":6,"speaker_end":9,` +
		`"cue":"said","cue_start":10,"cue_end":14}]}`
	docs, err := LoadJSONL(strings.NewReader("\n" + good + "\n"))
	if err != nil {
		t.Fatal(err)
	}
	q := docs[0].Quotes[0]
	if docs[0].Line != 2 || q.Span != (quote.Span{Start: 0, End: 9}) || q.Speaker.Text != "she" || q.Cue.Text != "said" || q.Quoted[0].End != 9 {
		t.Errorf("LoadJSONL: got line %d quote %+v", docs[0].Line, q)
	}

	bad := []struct {
		name, line string
		want       error
	}{
		{"truncated JSON", `{"id":"b","text":"x"`, nil},
		{"unknown kind", `{"id":"b","text":"x","quotes":[{"start":0,"end":1,"kind":"rumour"}]}`, ErrKind},
		{"offset past text", `{"id":"b","text":"xy","quotes":[{"start":0,"end":9,"kind":"indirect"}]}`, ErrOffset},
		{"bytes disagree", `{"id":"b","text":"“x”","quotes":[{"start":0,"end":3,"start_byte":0,"end_byte":3,"kind":"direct"}]}`, ErrBytes},
	}
	for _, tt := range bad {
		_, err := LoadJSONL(strings.NewReader(good + "\n" + tt.line + "\n"))
		var e *Error
		if !errors.As(err, &e) || e.Line != 2 {
			t.Errorf("%s: got %v, want an *Error at line 2", tt.name, err)
			continue
		}
		if tt.want != nil && !errors.Is(err, tt.want) {
			t.Errorf("%s: got %v, want %v", tt.name, err, tt.want)
		}
	}
}

func TestBaseline(t *testing.T) {
	text := []byte(`Putin called it "a provocation" and said “NATO must stop.” Unbalanced " mark.`)
	var got []string
	for _, q := range Baseline(text) {
		if q.Text != string(text[q.Start:q.End]) || q.Kind != quote.Direct {
			t.Errorf("bad quote %v", q)
		}
		got = append(got, q.Text)
	}
	if strings.Join(got, "|") != "a provocation|NATO must stop." {
		t.Errorf("Baseline = %q", got)
	}
	_ = Baseline([]byte("\xff“\xfe"))
}

// evalDir is ../shared/eval relative to the repository root.
func evalDir() string { return filepath.Join("..", "..", "..", "shared", "eval") }

func loadDev(t *testing.T) []Doc {
	t.Helper()
	f, err := os.Open(filepath.Join(evalDir(), "polnear", "polnear_dev.jsonl"))
	if err != nil {
		t.Skipf("PolNeAR dev split not available: %v", err)
	}
	defer f.Close()
	docs, err := LoadJSONL(f)
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

// TestBaselineDev pins the baseline's score on the dev split so a change
// to the scorer that moves it is noticed. The window is fixed around the
// figures measured on the regenerated conversion, where NYT quotes in doubled apostrophes
// are direct and direct records list their quoted_spans: 0.876 lenient,
// 0.875 exact (the regexp baseline does not read doubled apostrophes, so it lost
// recall against the old conversion's 0.930).
func TestBaselineDev(t *testing.T) {
	docs := loadDev(t)
	if len(docs) != 84 {
		t.Errorf("dev split: %d docs, want 84", len(docs))
	}
	s := Score(docs, Baseline)
	if f := s.SegmentsLenient.F1(); f < 0.85 || f > 0.90 {
		t.Errorf("baseline lenient F1 on dev = %.3f, want 0.85–0.90", f)
	}
	if f := s.SegmentsExact.F1(); f < 0.85 || f > 0.90 {
		t.Errorf("baseline exact F1 on dev = %.3f, want 0.85–0.90", f)
	}
	if s.Indirect.TP != 0 || s.Speaker.Correct != 0 {
		t.Errorf("baseline cannot find indirect quotes or speakers: %+v", s)
	}
}

func TestShowContextStrayBytes(t *testing.T) {
	cases := []struct {
		text string
		sp   quote.Span
		why  string
	}{
		{"ab" + strings.Repeat("\x80", 30), quote.Span{Start: 0, End: 2}, "continuation bytes after the span used to cut the context before its end"},
		{strings.Repeat("\x80", 30) + "ab", quote.Span{Start: 30, End: 32}, "and before it"},
		{"said “ok”\xbf\xbf", quote.Span{Start: 5, End: 13}, "a quote followed by two stray bytes"},
	}
	for _, c := range cases {
		var got string
		require.NotPanics(t, func() { got = showContext(c.text, c.sp, 10) }, c.why)
		assert.Contains(t, got, "⟦"+c.text[c.sp.Start:c.sp.End]+"⟧", c.why)
	}
}

func FuzzTrimAndScore(f *testing.F) {
	f.Add(article, 0, 10)
	f.Add("“\xff", 0, 2)
	f.Fuzz(func(t *testing.T, text string, s, e int) {
		sp := Trim(text, quote.Span{Start: s, End: e})
		if sp.Start < 0 || sp.End > len(text) || sp.Start > sp.End {
			t.Fatalf("Trim out of range: %v", sp)
		}
		d := &Doc{Text: text, Quotes: []GoldQuote{{Kind: KindDirect, Span: sp, Quoted: []quote.Span{sp}}}}
		var sc Scores
		sc.Add(d, Baseline([]byte(text)))
		_ = Mistakes(d, Baseline([]byte(text)), 20)
	})
}
