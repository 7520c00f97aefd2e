package compare

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-nlp/verbatim/attribute"
	"github.com/verbatim-nlp/verbatim/quote"
)

func TestTitlesConflict(t *testing.T) {
	tests := []struct {
		name, reason, a, b string
		want               bool
	}{
		{"same words, other office", "a machine translation swaps the office's words", "general manager", "director-general", true},
		{"office not yet taken", "an incumbent re-elected is no president-elect", "president elect", "president", true},
		{"qualifier", "the company's name qualifies the same office", "openai ceo", "ceo", false},
		{"one head", "police officer and Minneapolis officer are one office", "police officer", "minneapolis officer", false},
		{"former", "a former office is no contradiction of the office", "former chief executive", "chief executive", false},
		{"descriptions", "shared words that are no office words", "vocal billionaire", "billionaire founder", false},
		{"unrelated offices", "two offices with no word in common may both be held", "chairman", "president", false},
		{"head spelt two ways", "adviser and advisor are one office", "senior policy advisor", "campaign senior policy adviser", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, titlesConflict(tc.a, tc.b), tc.reason)
		})
	}
}

func TestArticleCounts(t *testing.T) {
	tests := []struct {
		n          int
		count, vrb string
	}{
		{1, "1 article", "calls"},
		{2, "2 articles", "call"},
		{0, "0 articles", "call"},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.count, articles(tc.n), "flag messages agree in number")
		assert.Equal(t, tc.vrb, verb(tc.n, "calls", "call"), "the verb agrees with the count")
	}
}

// flagOf returns the first flag of kind about subject, or nil.
func flagOf(rep *Report, kind, subject string) *Flag {
	for i := range rep.Flags {
		if rep.Flags[i].Kind == kind && (subject == "" || rep.Flags[i].Subject == subject) {
			return &rep.Flags[i]
		}
	}
	return nil
}

// TestSpeakersAcrossArticles checks how credits are resolved across
// articles: a role credited with a statement others give one person, a
// title written in front of a name, case and possessive spellings, and
// a one-word misspelling credited with a shared statement.
func TestSpeakersAcrossArticles(t *testing.T) {
	said := "The number of people forced to sleep outside will keep rising as the winter deepens."
	other := "Every hour that passes lowers the chance of finding anyone alive under the rubble."
	t.Run("role resolved, its office a title", func(t *testing.T) {
		docs := docsOf([]side{
			{"a", other, "Director-General Kofi Mensah", 0},
			{"b", said, "Kofi Mensah", 0},
			{"c", other, "Kofi Mensah", 0},
			{"d", said, "the General Manager", 0},
		})
		docs[0].People = []attribute.Person{{Name: "Director-General Kofi Mensah", Kind: "person",
			Mentions: []quote.Mention{{Text: "Director-General Kofi Mensah", Start: 0, End: len("Director-General Kofi Mensah")}}}}
		docs[1].Quotes[0].Title = "Director-General"
		docs[2].Quotes[0].Title = "Director-General"
		rep := mustNew().Compare(docs)
		for _, q := range rep.Quotes {
			if q.Text == said {
				assert.Equal(t, "Kofi Mensah", q.SpeakerName, "the role's quote goes to the person other articles credit")
			}
		}
		f := flagOf(rep, TitleConflict, "Kofi Mensah")
		require.NotNil(t, f, "General Manager against Director-General; flags:\n%s", flagList(rep.Flags))
		assert.Contains(t, f.Values, "General Manager")
		assert.Contains(t, f.Message, "in 1 article,", "one article is singular")
		assert.NotContains(t, f.Message, "(s)")
		assert.Nil(t, flagOf(rep, SpeakerConflict, ""), "a role resolved is no rival speaker")
		assert.Nil(t, flagOf(rep, NameVariant, ""), "a title in front of a name is no spelling")
		for _, s := range rep.Speakers {
			assert.NotEqual(t, "the General Manager", s.Name, "a resolved role speaks nowhere")
		}
	})
	t.Run("honorific and surname", func(t *testing.T) {
		rep := mustNew().Compare(docsOf([]side{{"a", said, "Ruth Okonjo", 0}, {"b", other, "Ruth Okonjo", 0}, {"c", said, "Ms Okonjo", 0}}))
		for _, f := range rep.Flags {
			if f.Kind == NameVariant {
				assert.NotContains(t, f.Values, "Ms Okonjo", "an honorific is a way to name her, no spelling")
			}
		}
	})
	t.Run("case and possessive", func(t *testing.T) {
		rep := mustNew().Compare(docsOf([]side{{"a", said, "RUTH OKONJO", 0}, {"b", said, "Ruth Okonjo", 0}}))
		assert.Len(t, rep.Speakers, 1, "one person")
		assert.Nil(t, flagOf(rep, NameVariant, ""), "letter case is no misspelling")
		assert.Nil(t, flagOf(rep, SpeakerConflict, ""))
	})
	t.Run("apostrophes", func(t *testing.T) {
		rep := mustNew().Compare(docsOf([]side{{"a", said, "Ruth O’Connell", 0}, {"b", other, "Ruth O'Connell", 0}, {"c", said, "O'Connell", 0}}))
		assert.Len(t, rep.Speakers, 1, "a typewriter apostrophe is no other name")
		assert.Nil(t, flagOf(rep, NameVariant, ""), "nor another spelling")
	})
	t.Run("one-word misspelling", func(t *testing.T) {
		rep := mustNew().Compare(docsOf([]side{{"a", said, "Philippa Moreau", 0}, {"b", said, "Phillipa", 0}}))
		f := flagOf(rep, NameVariant, "")
		require.NotNil(t, f, "flags:\n%s", flagList(rep.Flags))
		assert.ElementsMatch(t, []string{"Philippa Moreau", "Phillipa"}, f.Values)
		assert.Nil(t, flagOf(rep, SpeakerConflict, ""), "one person, two spellings")
	})
	t.Run("name cut off", func(t *testing.T) {
		rep := mustNew().Compare(docsOf([]side{{"a", said, "Philippa Moreau", 0}, {"b", said, "Mor", 0}}))
		assert.Len(t, rep.Speakers, 1, "the start of a surname credited with the same statement is that person")
		assert.Nil(t, flagOf(rep, NameVariant, ""), "a cut name is no misspelling")
		assert.Nil(t, flagOf(rep, SpeakerConflict, ""))
	})
	t.Run("one word, no shared statement", func(t *testing.T) {
		rep := mustNew().Compare(docsOf([]side{{"a", said, "Philippa Moreau", 0}, {"b", other, "Phillipa", 0}}))
		assert.Nil(t, flagOf(rep, NameVariant, ""), "without a shared statement a close word is no evidence")
	})
	t.Run("gendered honorific", func(t *testing.T) {
		third := "We will rebuild the hospital in Antakya first."
		rep := mustNew().Compare(docsOf([]side{
			{"a", said, "Marta Ruiz", 0},
			{"b", said, "Ms Ferrand", 0},
			{"c", other, "Daniel Ferrand", 0},
			{"d", third, "Mr Ferrand", 0},
		}))
		names := map[string]string{}
		for _, q := range rep.Quotes {
			names[q.Doc+" "+q.Text] = q.SpeakerName
		}
		assert.Equal(t, "Daniel Ferrand", names["d "+third], "Mr and a surname join the only man of that surname")
		assert.Equal(t, "Ms Ferrand", names["b "+said], "Ms and a surname never join a man's full name")
		f := flagOf(rep, SpeakerConflict, "")
		require.NotNil(t, f, "flags:\n%s", flagList(rep.Flags))
		assert.ElementsMatch(t, []string{"Marta Ruiz", "Ms Ferrand"}, f.Values, "Ms Ferrand is not Daniel Ferrand: a fact-checker sees the statement credited to her")
	})
	t.Run("gendered honorific, a couple", func(t *testing.T) {
		third := "We will rebuild the hospital in Antakya first."
		rep := mustNew().Compare(docsOf([]side{
			{"a", said, "Daniel Ferrand", 0},
			{"b", other, "Helen Ferrand", 0},
			{"c", third, "Ms Ferrand", 0},
		}))
		for _, q := range rep.Quotes {
			if q.Text == third {
				assert.Equal(t, "Helen Ferrand", q.SpeakerName, "Ms and a surname join the only woman of that surname in the corpus")
			}
		}
	})
	t.Run("honorific", func(t *testing.T) {
		docs := docsOf([]side{{"a", said, "Ruth Okonjo", 0}, {"b", other, "Ruth Okonjo", 0}, {"c", "We will rebuild the hospital in Antakya first.", "Ruth Okonjo", 0}})
		docs[0].Quotes[0].Title = "Ms"
		docs[1].Quotes[0].Title = "Governor"
		docs[2].Quotes[0].Title = "Governor"
		rep := mustNew().Compare(docs)
		assert.Nil(t, flagOf(rep, TitleConflict, ""), "Ms is a courtesy, not an office; flags:\n%s", flagList(rep.Flags))
	})
}

// TestTextVariants: a camel-case name written as two words, and a
// surname one edit off in an article that names the person, are
// name variants; a plural of the surname is not.
func TestTextVariants(t *testing.T) {
	said := "We have shipped the new model to every customer this morning."
	t.Run("spaced camel case", func(t *testing.T) {
		docs := docsOf([]side{{"a", said, "DeepMind", 0}, {"b", "Our teams at Deep Mind will keep working on the model.", "Lena Ortiz", 0}})
		rep := mustNew().Compare(docs)
		f := flagOf(rep, NameVariant, "")
		require.NotNil(t, f, "flags:\n%s", flagList(rep.Flags))
		assert.Equal(t, []string{"DeepMind", "Deep Mind"}, f.Values)
		require.NotEmpty(t, f.Evidence)
		e := f.Evidence[0]
		assert.Equal(t, "Deep Mind", string(docs[1].Text[e.Start:e.End]), "evidence offsets index the document")
		// A streaming caller keeps quotes, not texts: the quote is read.
		text := docs[1].Text
		for i := range docs {
			docs[i].Text = nil
		}
		f = flagOf(mustNew().Compare(docs), NameVariant, "")
		require.NotNil(t, f, "found in the quotes when the texts are gone")
		assert.Equal(t, "Deep Mind", string(text[f.Evidence[0].Start:f.Evidence[0].End]))
	})
	t.Run("surname one edit off", func(t *testing.T) {
		docs := docsOf([]side{{"a", "Ortizz was hired by the lab after the board met on Friday.", "Lena Ortiz", 0}})
		docs[0].People = []attribute.Person{{Name: "Lena Ortiz", Kind: "person"}}
		rep := mustNew().Compare(docs)
		f := flagOf(rep, NameVariant, "Lena Ortiz")
		require.NotNil(t, f, "flags:\n%s", flagList(rep.Flags))
		assert.Contains(t, f.Values, "Ortizz")
	})
	t.Run("plural", func(t *testing.T) {
		docs := docsOf([]side{{"a", "The Ortizs were hired by the lab after the board met on Friday.", "Lena Ortiz", 0}})
		docs[0].People = []attribute.Person{{Name: "Lena Ortiz", Kind: "person"}}
		rep := mustNew().Compare(docs)
		assert.Nil(t, flagOf(rep, NameVariant, ""), "a plural is no misspelling")
	})
}

// TestReportedChain: an article that credits an account to the aide
// who gave it, and one that credits the words inside it to the leader
// the aide quotes, do not disagree about who spoke.
func TestReportedChain(t *testing.T) {
	words := "the two governments will reopen the border crossing at Kapikule next month"
	chain := func(reporter string) []Document {
		return place([]rendering{
			{doc: "a", prefix: "Aide Selim Kaya said that ", suffix: ".\n",
				q: quote.Quote{Text: words, Kind: quote.Indirect, Speaker: "Selim Kaya"}},
			{doc: "b", prefix: "Kaya said the president had promised that “", suffix: "”.\n",
				q: quote.Quote{Text: words, Kind: quote.Direct, Speaker: "Hana Petrova", Reporter: reporter}},
		})
	}
	rep := mustNew().Compare(chain("Selim Kaya"))
	require.Equal(t, rep.Quotes[0].Cluster, rep.Quotes[1].Cluster)
	assert.Nil(t, flagOf(rep, SpeakerConflict, ""), "the reporter is no rival speaker; flags:\n%s", flagList(rep.Flags))
	rep = mustNew().Compare(chain(""))
	assert.NotNil(t, flagOf(rep, SpeakerConflict, ""), "without the chain the two credits conflict")
}

func TestNameRuns(t *testing.T) {
	text := "Sam Altman met Open AI staff in San  Francisco; O’Neill, Élodie Durand."
	var got []string
	for _, sn := range NameRuns([]byte(text)) {
		require.Equal(t, sn.Text, text[sn.Start:sn.Start+len(sn.Text)], "a run is the text at its offset")
		got = append(got, sn.Text)
	}
	// Two spaces end a run, as an apostrophe does: Compare's scan pairs
	// only words one space apart.
	assert.Equal(t, []string{"Sam Altman", "Open AI", "San", "Francisco", "O", "Neill", "Élodie Durand"}, got)
	assert.Empty(t, NameRuns([]byte("no capitals here")))
}

// TestCutNames: a name cut short (a line break inside it) is the only
// longer name that starts with its words, and not a name that starts
// two people's names.
func TestCutNames(t *testing.T) {
	tests := []struct {
		name, reason string
		speakers     []string
		want         string // SpeakerName of the first quote
	}{
		{"cut", "the only longer name starting with both words", []string{"Kemal Arda", "Kemal Arda Yilmaz"}, "Kemal Arda Yilmaz"},
		{"two people", "two longer names start with it: no choice", []string{"Kemal Arda", "Kemal Arda Yilmaz", "Kemal Arda Demir"}, "Kemal Arda"},
		{"other surname", "a two-word name is no cut of another two-word name", []string{"Kemal Arda", "Kemal Yilmaz"}, "Kemal Arda"},
		{"headline words", "the longer run ends in English words: a headline, not the name", []string{"Kemal Arda", "Kemal Arda Announces Plans"}, "Kemal Arda"},
	}
	texts := []string{"We will rebuild every school in the province", "The schools in the province will be rebuilt by us", "The hospitals will reopen within a month"}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var sides []side
			for i, s := range tc.speakers {
				sides = append(sides, side{string(rune('a' + i)), texts[i], s, 0})
			}
			rep := mustNew().Compare(docsOf(sides))
			require.NotEmpty(t, rep.Quotes)
			assert.Equal(t, tc.want, rep.Quotes[0].SpeakerName, tc.reason)
			assert.Nil(t, flagOf(rep, NameVariant, ""), "a cut name is no spelling of the full one")
		})
	}
}

// TestFlagShapes: the shapes of the flags fact-checkers look for, each
// raised when its input is right: a statement credited to a person's
// family in one article and to a named person in others, and a
// re-elected president styled "President Elect".
func TestFlagShapes(t *testing.T) {
	said := "This verdict is a turning point in the history of this city and its police."
	t.Run("kin group against a named person", func(t *testing.T) {
		for _, fam := range []string{"the Okafor family", "Okafor's family", "the family"} {
			rep := mustNew().Compare(docsOf([]side{{"a", said, "Ben Adeyemi", 0}, {"b", said, "Ben Adeyemi", 0}, {"c", said, fam, 0}}))
			f := flagOf(rep, SpeakerConflict, "")
			require.NotNil(t, f, "%q: a family is a group of speakers, no description of the lawyer; flags:\n%s", fam, flagList(rep.Flags))
			assert.ElementsMatch(t, []string{"Ben Adeyemi", fam}, f.Values)
		}
	})
	t.Run("kin group the article describes as a role", func(t *testing.T) {
		fam := "the 52-year-old’s grieving family"
		docs := docsOf([]side{{"a", said, "Ben Adeyemi", 0}, {"b", said, "Ben Adeyemi", 0}, {"c", said, fam, 0}})
		docs[2].People = []attribute.Person{{Name: fam, Kind: attribute.KindRole}}
		rep := mustNew().Compare(docs)
		f := flagOf(rep, SpeakerConflict, "")
		require.NotNil(t, f, "a family is a group of speakers even when its article gives it as a role; flags:\n%s", flagList(rep.Flags))
		assert.ElementsMatch(t, []string{"Ben Adeyemi", fam}, f.Values)
	})
	t.Run("role still resolved", func(t *testing.T) {
		rep := mustNew().Compare(docsOf([]side{{"a", said, "Ben Adeyemi", 0}, {"b", said, "Ben Adeyemi", 0}, {"c", said, "the lawyer", 0}}))
		assert.Nil(t, flagOf(rep, SpeakerConflict, ""), "a role stands for the one person others credit")
	})
	t.Run("office not yet taken", func(t *testing.T) {
		other := "We will govern for every citizen of this country, whoever they voted for."
		third := "The years to come will not be quiet, but they will be historic."
		docs := docsOf([]side{{"a", said, "Claire Dumont", 0}, {"b", other, "Claire Dumont", 0}, {"c", third, "Claire Dumont", 0}})
		docs[0].Quotes[0].Title = "President Elect"
		docs[1].Quotes[0].Title = "President"
		docs[2].Quotes[0].Title = "President"
		rep := mustNew().Compare(docs)
		f := flagOf(rep, TitleConflict, "Claire Dumont")
		require.NotNil(t, f, "flags:\n%s", flagList(rep.Flags))
		assert.Contains(t, f.Values, "President Elect")
	})
}

// TestTruncatedInPieces: an article that quotes a whole statement in
// two pieces, the reporter's words between them, left nothing out; one
// that quotes only the first piece did.
func TestTruncatedInPieces(t *testing.T) {
	whole := "We loved every year we spent building this newsroom with such talented people, and it changed all of us for good."
	first := "We loved every year we spent building this newsroom with such talented people"
	second := "it changed all of us for good."
	truncated := func(rs []rendering) []Flag {
		rep := mustNew().Compare(place(rs))
		var out []Flag
		for _, f := range rep.Flags {
			if f.Kind == Truncated {
				out = append(out, f)
			}
		}
		return out
	}
	q := func(text string) quote.Quote {
		return quote.Quote{Text: text, Kind: quote.Direct, Speaker: "Nora Hale"}
	}
	pieces := truncated([]rendering{
		{doc: "a", prefix: "Nora Hale wrote: “", suffix: "”\n\n", q: q(whole)},
		{doc: "b", prefix: "Hale wrote: “", suffix: "” She went on: “", q: q(first)},
		{doc: "b", prefix: "", suffix: "”\n\n", q: q(second)},
	})
	assert.Empty(t, pieces, "b quotes every word of a's quote, in two pieces")
	cut := truncated([]rendering{
		{doc: "a", prefix: "Nora Hale wrote: “", suffix: "”\n\n", q: q(whole)},
		{doc: "b", prefix: "Hale wrote: “", suffix: "”\n\n", q: q(first)},
	})
	assert.Len(t, cut, 1, "b leaves the second clause out")
}

// TestTruncatedNegatedOutside: a fragment whose article puts the
// negation just outside the marks ("for not being “…”") keeps the sense
// of the whole sentence: truncated, but not high; without the negation
// anywhere it is high.
func TestTruncatedNegatedOutside(t *testing.T) {
	whole := "The review found that she was not fully transparent in her reports to the trustees, which hindered their oversight."
	frag := "fully transparent in her reports to the trustees"
	severity := func(prefix string) Severity {
		rep := mustNew().Compare(place([]rendering{
			{doc: "a", prefix: "The board said: “", suffix: "”\n\n", q: quote.Quote{Text: whole, Kind: quote.Direct, Speaker: "the board"}},
			{doc: "b", prefix: prefix, suffix: "”, the board said.\n\n",
				q: quote.Quote{Text: frag, Kind: quote.Partial, Speaker: "the board", Negated: strings.HasSuffix(prefix, "not being “")}},
		}))
		f := flagOf(rep, Truncated, "")
		require.NotNil(t, f, "flags:\n%s", flagList(rep.Flags))
		return f.Severity
	}
	assert.NotEqual(t, High, severity("She was dismissed for not being “"), "the negation stands before the marks")
	assert.Equal(t, High, severity("She was dismissed for being “"), "the negation is gone")
}
