package compare

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-nlp/verbatim/quote"
)

func TestSentenceBounds(t *testing.T) {
	tests := []struct {
		name, reason, in string
		want             []string
	}{
		{"two sentences", "a stop, a space and a capital",
			"The harbour will reopen on Monday. Ships are waiting offshore.",
			[]string{"The harbour will reopen on Monday.", "Ships are waiting offshore."}},
		{"reopened mark", "a quote over two paragraphs keeps its reopening mark in the text",
			"We will rebuild every school.\n\n“Nobody will be left behind.",
			[]string{"We will rebuild every school.", "Nobody will be left behind."}},
		{"honorific", "a short capitalised word before the stop is an abbreviation",
			"Mr. Okafor was not candid with the council. It has lost confidence in him.",
			[]string{"Mr. Okafor was not candid with the council.", "It has lost confidence in him."}},
		{"initial", "a single letter before the stop is an initial",
			"We thank J. Alvarez for her years of service.",
			[]string{"We thank J. Alvarez for her years of service."}},
		{"lower case after the stop", "no capital: the sentence goes on",
			"prices rose 3.5 percent. and then fell",
			[]string{"prices rose 3.5 percent. and then fell"}},
		{"question and exclamation", "? and ! end sentences too",
			"Why would we stop now? We are winning!",
			[]string{"Why would we stop now?", "We are winning!"}},
		{"trailing comma", "the quote's own trailing comma stays with its sentence",
			"It was a long night for the rescuers,",
			[]string{"It was a long night for the rescuers,"}},
		{"empty", "no text, no sentence", "", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, b := range sentenceBounds(tc.in, nil) {
				got = append(got, tc.in[b[0]:b[1]])
			}
			assert.Equal(t, tc.want, got, tc.reason)
		})
	}
}

// TestStatements checks that quotes cut from one speech in different
// places meet: a fragment links to the sentence it was cut from, and a
// quote of two sentences joins both statements.
func TestStatements(t *testing.T) {
	long := "The council has failed the families of this city for a decade. " +
		"We will rebuild every flooded school before the winter term begins. " +
		"Nobody in this district will be left without a classroom."
	tests := []struct {
		name, reason string
		sides        []side
		same         [][2]int // pairs of sides that share a cluster
		apart        [][2]int
	}{
		{"sentence of a long quote", "one outlet prints the whole passage, another one sentence of it",
			[]side{
				{"a", long, "Maria Okafor", 0},
				{"b", "We will rebuild every flooded school before the winter term begins.", "Maria Okafor", 0},
			}, [][2]int{{0, 1}}, nil},
		{"two sentences, two outlets", "each outlet prints a different sentence; a third prints both",
			[]side{
				{"a", long, "Maria Okafor", 0},
				{"b", "The council has failed the families of this city for a decade,", "Maria Okafor", 0},
				{"c", "Nobody in this district will be left without a classroom,", "Maria Okafor", 0},
			}, [][2]int{{0, 1}, {0, 2}, {1, 2}}, nil},
		{"fragment of one sentence", "a partial quote cut from a sentence of the long quote",
			[]side{
				{"a", long, "Maria Okafor", 0},
				{"b", "rebuild every flooded school", "Maria Okafor", quote.Partial},
			}, [][2]int{{0, 1}}, nil},
		{"two cuts of one sentence", "two outlets cut the same few words, one with an article: both attach to the sentence",
			[]side{
				{"a", long, "Maria Okafor", 0},
				{"b", "a flooded school before the winter term", "Maria Okafor", quote.Partial},
				{"c", "flooded school before the winter term", "", quote.Partial},
			}, [][2]int{{0, 1}, {0, 2}, {1, 2}}, nil},
		{"one word, one statement", "a one-word partial quote joins the only statement of its speaker that holds the word",
			[]side{
				{"a", long, "Maria Okafor", 0},
				{"b", "classroom", "Maria Okafor", quote.Partial},
			}, [][2]int{{0, 1}}, nil},
		{"one word, two statements", "the word is in two statements of the speaker: no evidence for either",
			[]side{
				{"a", "We will rebuild every flooded school before the winter term begins.", "Maria Okafor", 0},
				{"b", "The flooded school on Mill Road will be demolished in the spring.", "Maria Okafor", 0},
				{"c", "flooded", "Maria Okafor", quote.Partial},
			}, nil, [][2]int{{0, 2}, {1, 2}}},
		{"one word, other speaker", "the same word from someone else is no cut of the statement",
			[]side{
				{"a", long, "Maria Okafor", 0},
				{"b", "classroom", "Tom Reyes", quote.Partial},
			}, nil, [][2]int{{0, 1}}},
		{"fragment in other small words", "a partial quote whose content words run in order inside the speaker's sentence, its small words and endings translated otherwise",
			[]side{
				{"a", "No, I am not going to be retiring from the national side this year.", "Dario Lenz", 0},
				{"b", "I will not retire", "Dario Lenz", quote.Partial},
				{"c", "so many doubts, so many divisions", "Ana Ruiz", quote.Partial},
				{"d", "Our towns are torn by so much doubt, so much division today.", "Ana Ruiz", 0},
			}, [][2]int{{0, 1}, {2, 3}}, [][2]int{{0, 2}}},
		{"fragment in other small words, other speaker", "the same words from someone else are no cut of the sentence",
			[]side{
				{"a", "No, I am not going to be retiring from the national side this year.", "Dario Lenz", 0},
				{"b", "I will not retire", "Tom Reyes", quote.Partial},
			}, nil, [][2]int{{0, 1}}},
		{"unrelated sentences", "two statements by the same speaker on the same topic stay apart",
			[]side{
				{"a", "We will rebuild every flooded school before the winter term begins.", "Maria Okafor", 0},
				{"b", "The flood barrier on the river failed because the council cut its budget.", "Maria Okafor", 0},
			}, nil, [][2]int{{0, 1}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rep := mustNew().Compare(docsOf(tc.sides))
			require.Len(t, rep.Quotes, len(tc.sides))
			byText := map[string]string{}
			for _, q := range rep.Quotes {
				byText[q.Doc+q.Text] = q.Cluster
			}
			c := func(i int) string { return byText[tc.sides[i].doc+tc.sides[i].text] }
			for _, p := range tc.same {
				assert.Equal(t, c(p[0]), c(p[1]), "%s: sides %d and %d", tc.reason, p[0], p[1])
			}
			for _, p := range tc.apart {
				assert.NotEqual(t, c(p[0]), c(p[1]), "%s: sides %d and %d", tc.reason, p[0], p[1])
			}
			for _, f := range rep.Flags {
				// A flag compares renderings of one statement: never
				// the long passage against a different sentence.
				if f.Kind == VariantWording {
					assert.NotEqual(t, f.Values[0], f.Values[1])
				}
			}
		})
	}
}

// TestShortFragmentFlags: a fragment under five words raises
// variant-wording only when it changes a number or a negation, and no
// flag sets a document against itself.
func TestShortFragmentFlags(t *testing.T) {
	full := "Farmers have serious concerns about the new 10 percent water tax on irrigation."
	tests := []struct {
		name, reason string
		sides        []side
		flag         bool
	}{
		{"fragment in other words", "four words cut from the sentence: nothing a fact-checker must see",
			[]side{{"a", full, "Ana Ruiz", 0}, {"b", "concerns about water tax", "Ana Ruiz", quote.Partial}}, false},
		{"fragment changes a number", "the fragment's 12 percent is not the sentence's 10",
			[]side{{"a", full, "Ana Ruiz", 0}, {"b", "12 percent water tax", "Ana Ruiz", quote.Partial}}, true},
		{"fragment drops a negation", "the speaker said the tax will not pass; the fragment says it will",
			[]side{{"a", "The new water tax on irrigation will not pass the regional assembly this year.", "Ana Ruiz", 0},
				{"b", "water tax will pass", "Ana Ruiz", quote.Partial}}, true},
		{"one article, two wordings", "an article that quotes the statement twice, in two wordings, disagrees with nobody",
			[]side{{"a", full, "Ana Ruiz", 0}, {"a", "Farmers have serious worries about the new 10 percent water tax on their irrigation.", "Ana Ruiz", 0}}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rep := mustNew().Compare(docsOf(tc.sides))
			require.Equal(t, rep.Quotes[0].Cluster, rep.Quotes[1].Cluster, "the two renderings must be one statement for the case to test anything")
			got := false
			for _, f := range rep.Flags {
				got = got || f.Kind == VariantWording
			}
			assert.Equal(t, tc.flag, got, "%s; flags:\n%s", tc.reason, flagList(rep.Flags))
		})
	}
}

// TestFragmentVariantSeverity: a fragment in other words is a low
// variant of the sentence it was cut from, whatever share of the
// sentence it leaves out; a rendering of like length that changes most
// words is medium.
func TestFragmentVariantSeverity(t *testing.T) {
	full := "Our towns are torn by so many doubts, so many divisions after a year of floods and fires."
	tests := []struct {
		name, reason, b string
		want            Severity
	}{
		{"fragment", "six words cut from a long sentence, two small words translated otherwise",
			"so much doubt, so much division", Low},
		{"like length", "the whole sentence, most of its words changed",
			"Every town is torn by such doubt and division after twelve months of floods and blazes.", Medium},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rep := mustNew().Compare(docsOf([]side{{"a", full, "Ana Ruiz", 0}, {"b", tc.b, "Ana Ruiz", quote.Partial}}))
			require.Equal(t, rep.Quotes[0].Cluster, rep.Quotes[1].Cluster, "the two renderings must be one statement for the case to test anything")
			f := flagOf(rep, VariantWording, "")
			require.NotNil(t, f, "flags:\n%s", flagList(rep.Flags))
			assert.Equal(t, tc.want, f.Severity, tc.reason)
		})
	}
}

// TestNestedQuoteStaysApart: words quoted inside another speaker's
// account are the quoted speaker's own statement, in every outlet that
// prints the account.
func TestNestedQuoteStaysApart(t *testing.T) {
	account := "the mayor warned the council that flood defences along the river are years behind schedule"
	inner := "years behind schedule"
	var rs []rendering
	for _, d := range []string{"a", "b"} {
		rs = append(rs, rendering{doc: d, prefix: "The spokesman said ", suffix: ".\n",
			q: quote.Quote{Text: account, Kind: quote.Indirect, Speaker: "Tom Reyes"}})
	}
	docs := place(rs)
	for i := range docs {
		acc := docs[i].Quotes[0]
		off := acc.Start + len(account) - len(inner)
		docs[i].Quotes = append(docs[i].Quotes, quote.Quote{Start: off, End: off + len(inner), Text: inner,
			Kind: quote.Partial, Speaker: "Ana Lima", Depth: 1})
	}
	rep := mustNew().Compare(docs)
	cl := map[string]string{}
	for _, q := range rep.Quotes {
		cl[q.Doc+q.Text] = q.Cluster
	}
	assert.Equal(t, cl["a"+inner], cl["b"+inner], "the inner words are one statement across outlets")
	assert.NotEqual(t, cl["a"+account], cl["a"+inner], "the inner words are no cut of the account")
}

func TestMeaningChanged(t *testing.T) {
	tests := []struct {
		name, reason, a, b string
		want               bool
	}{
		{"negation left out with its clause", "the shorter cut keeps only the clause without the negation",
			"and while nothing can bring the town back this can be a step forward", "this can be a step forward", false},
		{"negation dropped inside", "the cut drops the not before its first word",
			"he was not consistently candid in his communications", "consistently candid in his communications", true},
		{"same negation, other words", "a re-translation keeps the negation in its own words",
			"we tried to call them but they are not responding to anyone", "they are not responding", false},
		{"same negation, small words translated", "the fragment's 'not' stands further from its word than two words in the longer",
			"no i am not going to be retiring from the national side", "i will not retire", false},
		{"same words, other endings", "the fragment's words anchor by stem: no negation near them in the longer",
			"the towns are torn by so many doubts so many divisions and we are not blind to it", "so much doubt so much division", false},
		{"number changed", "a number the longer does not hold",
			"the storm destroyed 40 homes in the valley", "destroyed 400 homes", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, meaningChanged(words(tc.a), words(tc.b)), tc.reason)
		})
	}
}

// TestFlagShowsVersions: each rendering a flag compares comes with its
// words, its outlet and its speaker, not only offsets.
func TestFlagShowsVersions(t *testing.T) {
	docs := docsOf([]side{
		{"a", "The new water tax on irrigation will not pass the regional assembly this year.", "Ana Ruiz", 0},
		{"b", "The new water tax on irrigation will pass the regional assembly this year.", "Ana Ruiz", 0},
	})
	docs[0].Outlet, docs[1].Outlet = "Valley Post", "Daily Courier"
	rep := mustNew().Compare(docs)
	f := flagOf(rep, VariantWording, "")
	require.NotNil(t, f, "flags:\n%s", flagList(rep.Flags))
	require.Len(t, f.Evidence, 2)
	for i, e := range f.Evidence {
		d := docs[0]
		if e.Doc == "b" {
			d = docs[1]
		}
		assert.Equal(t, string(d.Text[e.Start:e.End]), e.Text, "evidence %d: the words at its offsets", i)
		assert.Equal(t, d.Outlet, e.Outlet)
		assert.Equal(t, "Ana Ruiz", e.Speaker)
	}
}

// TestJoinedWords: a name one outlet writes as two words ("Deep Mind")
// and another as one ("DeepMind") is one word to the comparison.
func TestJoinedWords(t *testing.T) {
	rep := mustNew().Compare(docsOf([]side{
		{"a", "I loved my time at DeepMind,", "Lena Ortiz", 0},
		{"b", "I have loved my time at Deep Mind,", "Lena Ortiz", 0},
		{"c", "I loved my time at the mind clinic,", "Lena Ortiz", 0},
	}))
	cl := map[string]string{}
	for _, q := range rep.Quotes {
		cl[q.Doc] = q.Cluster
	}
	assert.Equal(t, cl["a"], cl["b"], "DeepMind / Deep Mind")
	assert.NotEqual(t, cl["a"], cl["c"], "one shared word is no joining")
}
