package compare

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-nlp/verbatim/attribute"
	"github.com/verbatim-nlp/verbatim/quote"
)

// story is a test article: a lead sentence, then each quote credited
// to speaker with "SPEAKER said:"; others are people it names without
// quoting them.
type story struct {
	doc, lead, speaker string
	quotes             []string
	others             []string
}

func (s story) document() Document {
	d := Document{Name: s.doc}
	text := s.lead + "\n\n"
	p := attribute.Person{Name: s.speaker, Kind: attribute.KindPerson}
	for _, said := range s.quotes {
		m := quote.Mention{Text: s.speaker, Start: len(text), End: len(text) + len(s.speaker)}
		text += s.speaker + " said: “"
		d.Quotes = append(d.Quotes, quote.Quote{Start: len(text), End: len(text) + len(said), Text: said,
			Kind: quote.Direct, Speaker: s.speaker, Mention: m})
		text += said + "”\n\n"
		p.Mentions = append(p.Mentions, m)
	}
	if s.speaker != "" {
		d.People = append(d.People, p)
	}
	for _, o := range s.others {
		m := quote.Mention{Text: o, Start: len(text), End: len(text) + len(o)}
		text += o + " watched.\n\n"
		d.People = append(d.People, attribute.Person{Name: o, Kind: attribute.KindPerson, Mentions: []quote.Mention{m}})
	}
	d.Text = []byte(text)
	return d
}

// TestSurnameVariants: a one-word speaker's name joins the one full
// name whose surname it misspells only with the evidence
// joinSurnameVariants asks for; the cases drop one piece of it each.
func TestSurnameVariants(t *testing.T) {
	// Two events in six articles: a regatta and a council budget.
	regatta := []story{
		{doc: "a1", lead: "The Valmora crew beat Ostrand in the Kestrel Regatta final on Sunday.", speaker: "Tomas Berrondo",
			quotes: []string{"We rowed the final with our hearts and the crew deserved this medal.",
				"Nobody expected us to beat the champions on their own water."}},
		{doc: "a2", lead: "Valmora won the Kestrel Regatta as Ostrand faded on Sunday.", speaker: "Tomas Berrondo",
			quotes: []string{"The young rowers trained through the whole winter for one race."}},
	}
	council := []story{
		{doc: "b1", lead: "The Harwick council passed the Denby budget on Monday.", speaker: "Marta Quillen",
			quotes: []string{"Every library in the district stays open under this budget."}},
		{doc: "b2", lead: "Harwick approved the Denby budget after a long debate on Monday.", speaker: "Marta Quillen",
			quotes: []string{"The bus routes to the northern villages will run twice an hour."}},
	}
	// The variant's re-translated words share four content words with
	// a1's (crew, medal, beat, champion), too few to be one statement.
	retold := []string{"Honestly the boys surprised me, every crew member pulled until the last stroke and that medal belongs to the supporters back home.",
		"We beat the champions, and I never dreamed of it when the season began."}
	sameEvent := "Valmora's coach spoke after the Kestrel Regatta, where Ostrand led early on Sunday."
	tests := []struct {
		why     string
		variant story   // the article that writes the one word
		extra   []story // articles added to the six
		want    string  // the person of the variant's quotes
		flagged bool
	}{
		{"a surname misspelt throughout an article on the same event, its speech retold",
			story{doc: "a3", lead: sameEvent, speaker: "Berrando", quotes: retold},
			nil, "Tomas Berrondo", true},
		{"a swap of two letters is one slip",
			story{doc: "a3", lead: sameEvent, speaker: "Berrnodo", quotes: retold},
			nil, "Tomas Berrondo", true},
		{"an accented letter for a plain one is one slip",
			story{doc: "a3", lead: sameEvent, speaker: "Berróndo", quotes: retold},
			nil, "Tomas Berrondo", true},
		{"another event: the articles share no rare names",
			story{doc: "a3", lead: "Berrando spoke at the Harwick council as the Denby budget passed on Monday.", speaker: "Berrando", quotes: retold},
			nil, "Berrando", false},
		{"the same event, but no words of the speech in common",
			story{doc: "a3", lead: sameEvent, speaker: "Berrando", quotes: []string{"The bus home leaves at nine and the hotel is far from the lake."}},
			nil, "Berrando", false},
		{"a given name is no surname (Obama is not Osama bin Laden)",
			story{doc: "a3", lead: sameEvent, speaker: "Tomaz", quotes: retold},
			nil, "Tomaz", false},
		{"two people one letter from the word: which is unknown",
			story{doc: "a3", lead: sameEvent, speaker: "Berrando", quotes: retold},
			[]story{{doc: "b3", lead: "Denby traders met the Harwick council on Monday.", speaker: "Lena Berrandt",
				quotes: []string{"Shops on the market square lost half their trade this year."}}},
			"Berrando", false},
		{"a plural of the surname is the family, no spelling",
			story{doc: "a3", lead: sameEvent, speaker: "Berrondos", quotes: retold},
			nil, "Berrondos", false},
		{"the word is someone's surname in another article",
			story{doc: "a3", lead: sameEvent, speaker: "Berrando", quotes: retold},
			[]story{{doc: "b3", lead: "Denby traders met the Harwick council on Monday.", speaker: "Marta Quillen",
				quotes: []string{"Shops on the market square lost half their trade this year."}, others: []string{"Lena Berrando"}}},
			"Lena Berrando", false},
		{"an article that writes the full name and misspells it alone: its own words are the evidence",
			story{doc: "a3", lead: "A dry spell ended on Sunday.", speaker: "Berrando", quotes: []string{"The bus home leaves at nine."}, others: []string{"Tomas Berrondo"}},
			nil, "Tomas Berrondo", true},
		{"an article that names two people one slip from the word",
			story{doc: "a3", lead: sameEvent, speaker: "Berrando", quotes: retold, others: []string{"Tomas Berrondo", "Lena Berrandt"}},
			nil, "Berrando", false},
		{"a surname of four letters: one letter in four is another name",
			story{doc: "a3", lead: sameEvent, speaker: "Hurt", quotes: retold},
			[]story{{doc: "a4", lead: "Ostrand's rowers praised Valmora at the Kestrel Regatta on Sunday.", speaker: "Paul Hart",
				quotes: []string{"Nobody expected us to beat the champions, and the crew deserved the medal."}}},
			"Hurt", false},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			var docs []Document
			for _, s := range append(append(append([]story{}, regatta...), council...), tt.extra...) {
				docs = append(docs, s.document())
			}
			docs = append(docs, tt.variant.document())
			rep := mustNew().Compare(docs)
			// A caller that lets the texts go keeps their runs of
			// capitals, which is all the event test reads.
			runs := make([]Document, len(docs))
			for i, d := range docs {
				runs[i] = d
				runs[i].Text, runs[i].Names = nil, NameRuns(d.Text)
			}
			assert.Equal(t, rep.Quotes, mustNew().Compare(runs).Quotes, "the Names runs give what the texts give")
			var clusters []string
			for _, q := range rep.Quotes {
				if q.Doc != tt.variant.doc || q.Speaker != tt.variant.speaker {
					continue
				}
				assert.Equal(t, tt.want, q.SpeakerName, "the person of %q", q.Text)
				assert.Equal(t, tt.variant.speaker, q.Speaker, "the article's own spelling stays")
				clusters = append(clusters, q.Cluster)
			}
			require.Len(t, clusters, len(tt.variant.quotes))
			for _, q := range rep.Quotes {
				if q.Doc != tt.variant.doc {
					assert.NotContains(t, clusters, q.Cluster, "no statement is shared: the statement rule cannot be what joined them")
				}
			}
			f := flagOf(rep, NameVariant, "Tomas Berrondo")
			if !tt.flagged {
				assert.Nil(t, f, "flags:\n%s", flagList(rep.Flags))
				return
			}
			require.NotNil(t, f, "flags:\n%s", flagList(rep.Flags))
			assert.ElementsMatch(t, []string{"Tomas Berrondo", tt.variant.speaker}, f.Values)
			assert.True(t, strings.Contains(f.Message, tt.variant.speaker), f.Message)
			assert.Nil(t, flagOf(rep, SpeakerConflict, ""), "one person, two spellings")
		})
	}
}

func TestOneSlip(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"scaroni", "scaloni", true},  // a letter changed
		{"berrondo", "berondo", true}, // a double letter written single
		{"berondo", "berrondo", true},
		{"agrawal", "agarwal", true},     // neighbours swapped
		{"fernández", "fernandez", true}, // one letter, two bytes
		{"berrondo", "berrondo", false},
		{"berrando", "barrondo", false}, // two changes
		{"agrawal", "agralaw", false},   // no neighbours swapped
		{"berrondo", "berrondoss", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, oneSlip(tt.a, tt.b), "%s / %s", tt.a, tt.b)
	}
}

// TestSurnameVariantsMany: every misspelt surname of a large corpus is
// joined, the last as the first (the rule once stopped after 16
// candidates a run, so that the answer depended on the corpus's size).
func TestSurnameVariantsMany(t *testing.T) {
	docs := misspeltSurnames(80)
	rep := mustNew().Compare(docs)
	person := map[string]string{}
	for _, q := range rep.Quotes {
		person[q.Speaker] = q.SpeakerName
	}
	for i := range 40 {
		code := letters(i)
		assert.Equal(t, "Tomas Ber"+code+"ondo", person["Ber"+code+"nodo"], "pair %d", i)
		assert.NotNil(t, flagOf(rep, NameVariant, "Tomas Ber"+code+"ondo"), "pair %d", i)
	}
}
