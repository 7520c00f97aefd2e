package compare

import (
	"encoding/json"
	"fmt"
	"math/rand"
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-nlp/verbatim/attribute"
	"github.com/verbatim-nlp/verbatim/quote"
)

// side is one rendering in a table case: the document it sits in.
type side struct {
	doc, text, speaker string
	kind               quote.Kind
}

// docsOf builds one Document per distinct doc name, with each text
// placed in the document's body at its real offsets.
func docsOf(sides []side) []Document {
	rs := make([]rendering, len(sides))
	for i, s := range sides {
		k := s.kind
		if k == 0 {
			k = quote.Direct
		}
		rs[i] = rendering{doc: s.doc, prefix: fmt.Sprintf("%s said: “", s.speaker), suffix: "”\n\n",
			q: quote.Quote{Text: s.text, Kind: k, Speaker: s.speaker}}
	}
	return place(rs)
}

// rendering is a quote to place in a test document: the words before
// it, the quote (Text and attribution; place sets the offsets) and the
// words after it.
type rendering struct {
	doc, prefix, suffix string
	q                   quote.Quote
}

// place builds one Document per distinct doc name, in order of first
// appearance, each rendering's text at its real offsets in the body.
func place(rs []rendering) []Document {
	byName := map[string]*Document{}
	var order []string
	for _, r := range rs {
		d, ok := byName[r.doc]
		if !ok {
			d = &Document{Name: r.doc}
			byName[r.doc] = d
			order = append(order, r.doc)
		}
		q := r.q
		q.Start = len(d.Text) + len(r.prefix)
		q.End = q.Start + len(q.Text)
		d.Text = append(d.Text, r.prefix+q.Text+r.suffix...)
		d.Quotes = append(d.Quotes, q)
	}
	out := make([]Document, 0, len(order))
	for _, n := range order {
		out = append(out, *byName[n])
	}
	return out
}

// TestLinks checks, case by case, whether two renderings end up in one
// cluster. Texts come from the seed corpus or are news prose written
// for the test.
func TestLinks(t *testing.T) {
	tests := []struct {
		name, reason string
		a, b         side
		same         bool
	}{
		{"identical", "the same words in two outlets",
			side{"a", "Russia’s reasonable security concerns should be taken seriously and resolved.", "Wang Yi", quote.Partial},
			side{"b", "Russia's reasonable security concerns should be taken seriously and resolved", "Wang Yi", quote.Partial}, true},
		{"truncated", "a partial quote inside a longer one",
			side{"a", "mounting threats to Russia’s national interests", "Vladimir Putin", quote.Partial},
			side{"b", "mounting threats to Russia’s national interests from the US and the NATO bloc, which consistently move their military infrastructure close to the Russian borders", "Vladimir Putin", quote.Partial}, true},
		{"re-translated", "two translations of one readout, credited to the same minister",
			side{"a", "We urge all parties to show restraint, refrain from escalating tensions and exacerbating the crisis", "Wang Yi", 0},
			side{"b", "We call on all parties to remain calm and refrain from doing things that stimulate tension and hype up the crisis", "Wang Yi", 0}, true},
		{"re-translated, other speaker", "the same translation pair with the second credited to the ministry: words alone must carry it",
			side{"a", "We urge all parties to show restraint, refrain from escalating tensions and exacerbating the crisis", "Wang Yi", 0},
			side{"b", "We call on all parties to remain calm and refrain from doing things that stimulate tension and hype up the crisis", "Chinese Foreign Ministry", 0}, true},
		{"reordered clauses", "the two halves swap places and verbs change form",
			side{"a", "firmly opposing attempts to drive a wedge between our countries while supporting China’s efforts to protect its national interests.", "Xi Jinping", quote.Partial},
			side{"b", "strongly supported China’s efforts to protect key national interests and firmly opposed attempts to drive a wedge between our countries.", "Xi Jinping", quote.Partial}, true},
		{"direct and indirect", "a direct fragment and a longer indirect rendering",
			side{"a", "regional security cannot be guaranteed by strengthening or expanding military blocs.", "Wang Yi", quote.Partial},
			side{"b", "the security of one country should not be at the expense of the security of others, and regional security could not be guaranteed by strengthening or expanding military blocs", "Wang Yi", quote.Indirect}, true},
		{"British and American spelling", "neighbour/neighbor, defence/defense, organise/organize",
			side{"a", "We will defend our neighbours and organise the defence of the border together.", "Olaf Scholz", 0},
			side{"b", "We will defend our neighbors and organize the defense of the border together.", "Olaf Scholz", 0}, true},
		{"same speaker, two statements", "two different things Xi said in one story share only China/Russia",
			side{"a", "both China and Russia need to carry out more joint actions to more effectively safeguard our security and interests.", "Xi Jinping", quote.Partial},
			side{"b", "At present, certain international forces are arbitrarily interfering in the internal affairs of China and Russia under the guise of democracy and human rights", "Xi Jinping", 0}, false},
		{"same topic, different statements", "Kremlin statement and Wang's call both talk about security and NATO",
			side{"a", "The parties oppose the further expansion of NATO and call on the North Atlantic Alliance to refrain from ideological approaches since the Cold War", "Kremlin", 0},
			side{"b", "regional security cannot be guaranteed by strengthening or expanding military blocs.", "Wang Yi", quote.Partial}, false},
		{"generic short quote", "identical words from two speakers are not one statement",
			side{"a", "We will see.", "Joe Biden", 0},
			side{"b", "We will see.", "Boris Johnson", 0}, false},
		{"generic short quote, no speaker", "without a speaker a short quote stays alone",
			side{"a", "no comment", "", 0},
			side{"b", "no comment", "", 0}, false},
		{"short quote, same speaker", "a short quote repeated by the same speaker in two outlets collapses",
			side{"a", "fully supports", "Xi Jinping", quote.Partial},
			side{"b", "fully supports", "Xi Jinping", quote.Partial}, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rep := mustNew().Compare(docsOf([]side{tc.a, tc.b}))
			got := rep.Quotes[0].Cluster == rep.Quotes[1].Cluster
			if got != tc.same {
				t.Errorf("%s\nsame cluster: (-want +got)\n-%v\n+%v\nclusters: %q, %q", tc.reason, tc.same, got, rep.Quotes[0].Cluster, rep.Quotes[1].Cluster)
			}
		})
	}
}

// TestFragmentDoesNotGlue: a short phrase found in two different
// statements attaches to one of them at most; the two stay apart.
func TestFragmentDoesNotGlue(t *testing.T) {
	sides := []side{
		{"a", "the security of one country should not be at the expense of the security of others", "Wang Yi", quote.Indirect},
		{"b", "regional security cannot be guaranteed by strengthening or expanding military blocs", "Wang Yi", quote.Partial},
		{"c", "security of one country", "Wang Yi", quote.Partial},
		{"c", "regional security cannot be guaranteed", "Wang Yi", quote.Partial},
	}
	rep := mustNew().Compare(docsOf(sides))
	byText := map[string]string{}
	for _, q := range rep.Quotes {
		byText[q.Text] = q.Cluster
	}
	if byText[sides[0].text] == byText[sides[1].text] {
		t.Errorf("fragments glued two statements: %v", byText)
	}
}

func TestKey(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"curly marks and possessive", "Russia’s “reasonable concerns”", "russia reasonable concerns"},
		{"US abbreviation", "the U.S. and the US", "the us and the us"},
		{"British spelling", "harbouring plans to storm its neighbour", "harboring plans to storm its neighbor"},
		{"contraction", "We can’t and won't", "we can not and will not"},
		{"numbers", "gathering 100,000 troops.", "gathering 100000 troops"},
		{"hyphen splits", "de-escalation", "de escalation"},
		{"invalid UTF-8", "ab\xffcd", "ab cd"},
		{"empty", "", ""},
	}
	for _, tc := range tests {
		if got := Key(quote.Quote{Text: tc.in}); got != tc.want {
			t.Errorf("%s: Key(%q)\n-%q\n+%q", tc.name, tc.in, tc.want, got)
		}
	}
}

// TestNames checks which spellings are taken for one person.
func TestNames(t *testing.T) {
	tests := []struct {
		name, reason string
		a, b         attribute.Person // in two different documents
		same         bool
	}{
		{"Anthony/Antony", "one edit in the given name",
			attribute.Person{Name: "Anthony Blinken", Kind: "person"}, attribute.Person{Name: "Antony Blinken", Kind: "person"}, true},
		{"Yuri/Yury", "transliteration",
			attribute.Person{Name: "Yuri Ushakov", Kind: "person"}, attribute.Person{Name: "Yury Ushakov", Kind: "person"}, true},
		{"Xi alone", "a surname joins the only full name holding it",
			attribute.Person{Name: "Xi", Kind: "person"}, attribute.Person{Name: "Xi Jinping", Kind: "person"}, true},
		{"Kerry/Kelly", "two edits in the surname: two people",
			attribute.Person{Name: "John Kerry", Kind: "person"}, attribute.Person{Name: "John Kelly", Kind: "person"}, false},
		{"Wang Yi/Wang Wei", "short given names: too little to go on",
			attribute.Person{Name: "Wang Yi", Kind: "person"}, attribute.Person{Name: "Wang Wei", Kind: "person"}, false},
		{"surname one edit, no evidence", "Smith/Smyth without a shared title stay apart",
			attribute.Person{Name: "Sarah Smith", Kind: "person"}, attribute.Person{Name: "Sarah Smyth", Kind: "person"}, false},
		{"surname one edit, shared title", "the same title is the evidence",
			attribute.Person{Name: "Alexander Lukashenko", Kind: "person", Titles: []quote.Mention{{Text: "Belarusian President"}}},
			attribute.Person{Name: "Alexander Lukashenka", Kind: "person", Titles: []quote.Mention{{Text: "President"}}}, true},
		{"organisations", "no fuzzy matching of organisation names",
			attribute.Person{Name: "Reuters Agency", Kind: "organization"}, attribute.Person{Name: "Reuter Agency", Kind: "organization"}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			docs := []Document{
				{Name: "a", Text: []byte(tc.a.Name), People: []attribute.Person{tc.a}},
				{Name: "b", Text: []byte(tc.b.Name), People: []attribute.Person{tc.b}},
			}
			rep := mustNew().Compare(docs)
			got := len(rep.Speakers) == 1
			if got != tc.same {
				t.Errorf("%s: one person: -%v +%v; speakers %+v", tc.reason, tc.same, got, rep.Speakers)
			}
		})
	}
	// Two spellings in one article are two people, however close.
	docs := []Document{{Name: "a", People: []attribute.Person{{Name: "Anthony Blinken", Kind: "person"}, {Name: "Antony Blinken", Kind: "person"}}}}
	if n := len(mustNew().Compare(docs).Speakers); n != 2 {
		t.Errorf("co-occurring spellings merged: %d speakers", n)
	}
}

// TestSpeakerConflict: a joint credit against one person is a conflict;
// a name variant of one person is not.
func TestSpeakerConflict(t *testing.T) {
	text := "such principles as not interfering in internal affairs, respect for each other’s interests, determination to turn the shared border into a belt of eternal peace"
	tests := []struct {
		name     string
		a, b     string
		severity string // "" for no flag
	}{
		{"joint credit", "Vladimir Putin and Xi Jinping", "Vladimir Putin", "medium"},
		{"different people", "Xi Jinping", "Vladimir Putin", "high"},
		{"name variant", "Yuri Ushakov", "Yury Ushakov", ""},
	}
	for _, tc := range tests {
		rep := mustNew().Compare(docsOf([]side{{"a", text, tc.a, 0}, {"b", text, tc.b, 0}}))
		got := ""
		for _, f := range rep.Flags {
			if f.Kind == SpeakerConflict {
				got = string(f.Severity)
			}
		}
		if got != tc.severity {
			t.Errorf("%s: severity -%q +%q; flags:\n%s", tc.name, tc.severity, got, flagList(rep.Flags))
		}
	}
}

func TestCorpusFlags(t *testing.T) {
	rep := mustNew().Compare(corpusDocs(t))
	want := map[string][]string{ // kind → subjects
		NameVariant:    {"Antony Blinken", "Yuri Ushakov"},
		TitleConflict:  {"Xi Jinping"},
		Truncated:      {"mounting threats to Russia’s national interests from the US and the NATO bloc, which consistently move their military infrastructure close to the Russian borders"},
		VariantWording: {"We call on all parties to remain calm and refrain from doing things that stimulate tension and hype up the crisis"},
	}
	for kind, subjects := range want {
		for _, s := range subjects {
			found := false
			for _, f := range rep.Flags {
				if f.Kind == kind && (f.Subject == s || strings.HasPrefix(f.Subject, s)) {
					found = true
				}
			}
			if !found {
				t.Errorf("no %s flag on %q; flags:\n%s", kind, s, flagList(rep.Flags))
			}
		}
	}
	for _, f := range rep.Flags {
		if f.Kind == SpeakerConflict {
			t.Errorf("unexpected speaker conflict: %+v", f)
		}
	}
}

// TestDeterministic: shuffling documents changes nothing.
func TestDeterministic(t *testing.T) {
	docs := corpusDocs(t)
	want, _ := json.Marshal(mustNew().Compare(docs))
	rng := rand.New(rand.NewSource(1))
	for i := 0; i < 5; i++ {
		rng.Shuffle(len(docs), func(a, b int) { docs[a], docs[b] = docs[b], docs[a] })
		got, _ := json.Marshal(mustNew(Workers(1 + i%3)).Compare(docs))
		if string(got) != string(want) {
			t.Fatalf("report changed with document order")
		}
	}
}

// TestJSONShape pins the public JSON field names.
func TestJSONShape(t *testing.T) {
	b, err := json.Marshal(mustNew().Compare(corpusDocs(t)))
	if err != nil {
		t.Fatal(err)
	}
	var m map[string][]map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	want := map[string][]string{
		"documents": {"doc", "quotes"},
		"speakers":  {"name", "aliases", "titles"},
		"quotes":    {"doc", "id", "cluster", "start", "end", "text", "kind", "speaker", "mention", "title", "via", "cue"},
		"clusters":  {"id", "speaker", "quotes"},
		"flags":     {"kind", "subject", "values", "severity", "message", "evidence"},
	}
	for sec, fields := range want {
		if len(m[sec]) == 0 {
			t.Errorf("section %q empty", sec)
			continue
		}
		for _, f := range fields {
			if _, ok := m[sec][0][f]; !ok {
				t.Errorf("%s[0] lacks %q: %v", sec, f, reflect.ValueOf(m[sec][0]).MapKeys())
			}
		}
	}
}

// TestNoPanic feeds hostile input.
func TestNoPanic(t *testing.T) {
	long := strings.Repeat("security guarantees ", 50000)
	docs := []Document{
		{Name: "x", Text: []byte("\xff\xfe"), Quotes: []quote.Quote{{Text: "\xff\xfe“”", Kind: quote.Direct, Speaker: "\xff"}}},
		{Name: "x", Quotes: []quote.Quote{{Text: "", Kind: quote.Direct}, {Text: "’’’", Kind: quote.Partial, Speaker: " and , & "}}},
		{Name: "", Quotes: []quote.Quote{{Text: long, Kind: quote.Direct, Start: -5, End: 3}, {Text: long, Kind: 0}}},
		{Name: "y", People: []attribute.Person{{Name: ""}, {Name: "A B C D"}, {Name: "A"}}},
	}
	_, err := New(Threshold(7), Workers(-1))
	assert.ErrorIs(t, err, ErrBadOption, "options out of range")
	rep := mustNew(Workers(3)).Compare(docs)
	if _, err := json.Marshal(rep); err != nil {
		t.Fatal(err)
	}
	mustNew().Compare(nil)
	var zero Clusterer
	zero.Compare(docs)
}

func FuzzCompare(f *testing.F) {
	for _, qs := range corpusQuotes {
		for _, h := range qs {
			f.Add(h.text, h.speaker)
		}
	}
	f.Fuzz(func(t *testing.T, text, speaker string) {
		docs := docsOf([]side{{"a", text, speaker, 0}, {"b", text + " " + text, speaker, quote.Partial}})
		rep := mustNew().Compare(docs)
		for _, q := range rep.Quotes {
			if q.Cluster == "" {
				t.Fatalf("speech quote without cluster: %+v", q)
			}
		}
	})
}

// mustNew is New for options a test knows are in range.
func mustNew(opts ...Option) *Clusterer {
	c, err := New(opts...)
	if err != nil {
		panic(err)
	}
	return c
}

func TestNewChecksOptions(t *testing.T) {
	c, err := New(Threshold(0.5))
	require.NoError(t, err, "valid option rejected")
	assert.Equal(t, 0.5, c.cfg.threshold)
	// Each out-of-range option is rejected by New, naming it.
	for name, o := range map[string]Option{
		"threshold 2":         Threshold(2),
		"speaker threshold 0": SpeakerThreshold(0),
		"min shared 0":        MinShared(0),
		"min content 0":       MinContent(0),
		"posting cap 1":       PostingCap(1),
		"max name edit -1":    MaxNameEdit(-1),
		"max evidence 0":      MaxEvidence(0),
		"max title docs 0":    MaxTitleDocs(0),
		"workers 0":           Workers(0),
	} {
		c, err := New(o)
		assert.ErrorIs(t, err, ErrBadOption, name)
		assert.Nil(t, c, name)
	}
}

// A run of a hundred capitalised words, as scraped tables produce, is
// no name: spelling variants of it must not be compared, and the
// blocking key's position byte must not overflow.
func TestLongNamesDoNotPanic(t *testing.T) {
	var docs []Document
	for d := range 70 {
		words := make([]string, 100)
		for i := range words {
			words[i] = fmt.Sprintf("Name%c", 'A'+i%26)
		}
		words[90] = fmt.Sprintf("Variant%d", d)
		name := strings.Join(words, " ")
		text := "“We will not back down,” said " + name + "."
		docs = append(docs, Document{Name: fmt.Sprint(d), Text: []byte(text),
			Quotes: []quote.Quote{{Start: 3, End: 23, Text: text[3:23], Kind: quote.Direct, Speaker: name}}})
	}
	rep := mustNew().Compare(docs)
	if len(rep.Quotes) != 70 {
		t.Fatalf("got %d quotes, want 70", len(rep.Quotes))
	}
}

// TestParaphraseFlag: an article that reports in its own words what
// another quotes directly gets a low variant-wording flag with the
// diff; one whose paraphrase loses a negation gets a high one.
func TestParaphraseFlag(t *testing.T) {
	direct := "regional security cannot be guaranteed by strengthening or expanding military blocs"
	tests := []struct {
		name, indirect, severity string
	}{
		{"paraphrase", "regional security could not be guaranteed by strengthening or expanding military blocs", "low"},
		{"negation lost", "regional security could be guaranteed by strengthening or expanding military blocs", "high"},
	}
	for _, tc := range tests {
		rep := mustNew().Compare(docsOf([]side{{"a", direct, "Wang Yi", quote.Partial}, {"b", tc.indirect, "Wang Yi", quote.Indirect}}))
		got := ""
		for _, f := range rep.Flags {
			if f.Kind == VariantWording && strings.Contains(f.Message, "in its own words") {
				got = string(f.Severity)
				if len(f.Values) != 2 || f.Values[1] != tc.indirect || f.Diff == "" {
					t.Errorf("%s: values %q, diff %q", tc.name, f.Values, f.Diff)
				}
			}
		}
		if got != tc.severity {
			t.Errorf("%s: severity -%q +%q; flags:\n%s", tc.name, tc.severity, got, flagList(rep.Flags))
		}
	}
}
