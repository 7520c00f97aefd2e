package attribute

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/verbatim-nlp/verbatim/quote"
)

// TestTitles checks that a quote's speaker carries the whole title
// phrase the article gives it, and that a descriptor standing for a
// person resolves to that person.
func TestTitles(t *testing.T) {
	tests := []struct {
		name, why, src string
		speaker, title string
	}{
		{
			name: "appositive-of", why: "an appositive title keeps its of-phrase and stops at an and that opens no title",
			src:     "Jane Roe, owner of Acme and by many accounts the county’s richest woman, bought the mill.\n“It is a good day,” Roe said.",
			speaker: "Jane Roe", title: "owner of Acme",
		},
		{
			name: "appositive-and-title", why: "an and that joins two titles stays in the title",
			src:     "Jane Roe, co-founder and former chief executive of Acme, backed the deal.\n“It is a good day,” Roe said.",
			speaker: "Jane Roe", title: "co-founder and former chief executive of Acme",
		},
		{
			name: "compound-before-name", why: "a title of two joined titles before the name is kept whole",
			src:     "Acme co-founder and former CEO Jane Roe backed the deal.\n“It is a good day,” Roe said.",
			speaker: "Jane Roe", title: "Acme co-founder and former CEO",
		},
		{
			name: "hyphenated-modifier", why: "a hyphenated modifier belongs to the title, and a possessor before it (as in Putin’s foreign affairs adviser)",
			src:     "The firm’s Ohio-born CEO Jane Roe spoke on Monday.\n“It is a good day,” Roe said.",
			speaker: "Jane Roe", title: "firm’s Ohio-born CEO",
		},
		{
			name: "occupation-before-name", why: "a lower-case occupation with its modifier is a title",
			src:     "Kindergarten aide Tom Hale lost his home.\n“We have nothing left,” Hale said.",
			speaker: "Tom Hale", title: "Kindergarten aide",
		},
		{
			name: "age-descriptor", why: "the N-year-old is the person just spoken of",
			src:     "Jane Roe, co-founder of Acme, backed the deal on Monday.\n“It is a good day for the town,” the 52-year-old wrote.",
			speaker: "Jane Roe", title: "co-founder of Acme",
		},
		{
			name: "age-descriptor-subject", why: "the N-year-old is the subject of the sentence before, not the person it names last",
			src:     "Jane Roe, who left the board last year, backed the bid by Tom Hale.\n“It is a good day for the town,” the 52-year-old wrote.",
			speaker: "Jane Roe", title: "",
		},
		{
			name: "age-descriptor-not-last-speaker", why: "the N-year-old is the subject of the sentence before, even when the person it names last spoke last",
			src:     "“We will grow,” Tom Hale said.\nJane Roe, who left the board last year, backed the bid by Hale.\n“It is a good day for the town,” the 52-year-old wrote.",
			speaker: "Jane Roe", title: "",
		},
		{
			name: "title-before-possessive", why: "a titled name followed by a possessive keeps its title",
			src:     "Acme co-founder and former CEO Jane Roe’s letter was made public on Monday.\n“It is a good day,” Roe said.",
			speaker: "Jane Roe", title: "Acme co-founder and former CEO",
		},
		{
			name: "honorific-is-no-title", why: "Mr, Ms and Dr are forms of address, not titles",
			src:     "Dr Jane Roe opened the clinic on Monday.\n“We are open to all,” Dr Roe said.",
			speaker: "Jane Roe", title: "",
		},
		{
			name: "honorific-cue-carries-office", why: "a cue with only an honorific takes the office the article gives the person elsewhere",
			src:     "Mayor Tom Hale opened the fair on Monday.\nThe crowd was large.\n“We will be back next year,” Mr Hale said.",
			speaker: "Tom Hale", title: "Mayor",
		},
		{
			name: "unnamed-office-holder", why: "a speaker the article names only by an office carries that office as its title",
			src:     "The roads stayed shut on Tuesday.\nOhio’s health minister warned that the next night would be “the hardest”.",
			speaker: "Ohio’s health minister", title: "Ohio’s health minister",
		},
		{
			name: "role-resolved-to-person", why: "a role used as the speaker is the title of the person it resolves to",
			src:     "Jane Roe, chief executive of Acme, opened the plant.\nThe town has waited years.\n“We are hiring,” said the executive director.",
			speaker: "Jane Roe", title: "executive director",
		},
		{
			name: "appositive-place", why: "where the person works is no part of the title",
			src:     "“We have nothing left,” Tom Hale, a school teacher in Dayton, said.",
			speaker: "Tom Hale", title: "a school teacher",
		},
		{
			name: "office-in-relative-clause", why: "a title after as in a relative clause on the name is the person's",
			src:     "Jane Roe, who won a second term on Sunday as county mayor, thanked her staff.\n“We did it together,” Roe said.",
			speaker: "Jane Roe", title: "county mayor",
		},
		{
			name: "office-became", why: "became gives its subject the title after it",
			src:     "Tom Hale became the county’s sheriff in 2019.\n“The job is hard,” Hale said.",
			speaker: "Tom Hale", title: "county’s sheriff",
		},
		{
			name: "office-perfect-first", why: "has become gives the title; an ordinal before it is no part of the office",
			src:     "Tom Hale has become the first state senator to serve three terms.\n“The job is hard,” Hale said.",
			speaker: "Tom Hale", title: "state senator",
		},
		{
			name: "office-passive", why: "a passive office verb gives its subject the title after it",
			src:     "Ana Ruiz was elected mayor in March.\n“We start today,” Ruiz said.",
			speaker: "Ana Ruiz", title: "mayor",
		},
		{
			name: "office-passive-as", why: "a passive office verb gives the title after as",
			src:     "Ana Ruiz was sworn in as governor on Friday.\n“We start today,” Ruiz said.",
			speaker: "Ana Ruiz", title: "governor",
		},
		{
			name: "office-hoped-for", why: "an infinitive names an office not held",
			src:     "Ana Ruiz hopes to become mayor next year.\n“We start today,” Ruiz said.",
			speaker: "Ana Ruiz", title: "",
		},
		{
			name: "office-active-object", why: "in the active, the title after named is the object's",
			src:     "Ana Ruiz named a new treasurer on Friday.\n“We start today,” Ruiz said.",
			speaker: "Ana Ruiz", title: "",
		},
		{
			name: "office-not-ending-in-title", why: "a run that ends in no office word is no title",
			src:     "Ana Ruiz won the Republican primary in May.\n“We start today,” Ruiz said.",
			speaker: "Ana Ruiz", title: "",
		},
		{
			name: "office-pronoun-subject", why: "a pronoun between the name and the verb is the subject; no title for the name",
			src:     "Voters backed Ana Ruiz after she won the race as state senator.\n“We start today,” Ruiz said.",
			speaker: "Ana Ruiz", title: "",
		},
		{
			name: "lead-office", why: "an office opening a sentence with no name belongs to the person the next sentence opens with",
			src:     "Ohio’s governor has answered critics of the flood response.\nJane Roe told reporters the state was ready.\n“We will rebuild,” she said.",
			speaker: "Jane Roe", title: "Ohio’s governor",
		},
		{
			name: "lead-office-speaker", why: "the lead office used as the speaker resolves to that person",
			src:     "Ohio’s governor has answered critics, saying: “We were ready for this.”\nJane Roe told reporters the state had done its best.",
			speaker: "Jane Roe", title: "Ohio’s governor",
		},
		{
			name: "lead-office-of", why: "a lead office may end in of and a name of a body; a surname before a cue is the person",
			src:     "Co-founder and former chief executive of Acme, in a long post, backed the sale.\nRoe posted: “It is the right path for the firm.”",
			speaker: "Roe", title: "Co-founder and former chief executive of Acme",
		},
		{
			name: "lead-office-headline", why: "a standfirst office whose name follows only after a byline belongs to the one person the headline names",
			src:     "Daily Courier\n\nRoe tells voters she will serve everyone\n\nGovernor admits the count was closer than she hoped\n\nBy Tom Hale in Columbus\n\nJANE ROE said the race was narrow.\n\n“We will govern for all,” Ms Roe said.",
			speaker: "Roe", title: "Governor",
		},
		{
			name: "lead-office-headline-two-people", why: "a headline that names two people gives the standfirst office to neither",
			src:     "Roe beats Hale in Ohio\n\nGovernor admits the count was closer than she hoped\n\nBy Dan Pike in Columbus\n\nJANE ROE said the race was narrow.\n\n“We will govern for all,” Ms Roe said.",
			speaker: "Roe", title: "",
		},
		{
			name: "lead-office-headline-sentence", why: "a paragraph ending in a stop is no headline: its person gets no office from the next paragraph",
			src:     "Roe spoke in Ohio on Monday.\n\nGovernor admits the count was closer than she hoped\n\nBy Dan Pike in Columbus\n\n“We will govern for all,” Ms Roe said.",
			speaker: "Roe", title: "",
		},
		{
			name: "sentence-descriptor", why: "the quote's own sentence calls the speaker by an office: that title is nearer than the one in the lead",
			src:     "Acme co-founder and former CEO Jane Roe backed the sale on Monday.\n\nHer posts show that the former CEO backs the buyer, but she added that “nobody should own the platform.”",
			speaker: "Jane Roe", title: "former CEO",
		},
		{
			name: "sentence-title-whole", why: "a title the quote's sentence gives in full is kept whole, not cut to its descriptor head",
			src:     "Ohio governor Jane Roe toured the site.\n\nRoe, the former secretary of state, praised the crews and said: “We will rebuild.”",
			speaker: "Jane Roe", title: "the former secretary of state",
		},
		{
			name: "lead-office-of-a-person", why: "an office held for a named person (her lawyer) is anyone's, not a lead",
			src:     "Jane Roe’s lawyer has filed an appeal.\nTom Hale told reporters he was hopeful.\n“We will win,” Hale said.",
			speaker: "Tom Hale", title: "",
		},
		{
			name: "lead-office-held", why: "an office someone named earlier holds is theirs, not the next person's",
			src:     "Ohio governor Ana Ruiz toured the site.\nOhio’s governor has promised help.\nTom Hale told reporters he was hopeful.\n“We will rebuild,” Hale said.",
			speaker: "Tom Hale", title: "",
		},
		{
			name: "prize-winner", why: "a prize won, written before the name, is a title",
			src:     "Chess Cup winner Jane Roe opened the club on Friday.\n“We will play every week,” Roe said.",
			speaker: "Jane Roe", title: "Chess Cup winner",
		},
		{
			name: "shared-plural-title", why: "a plural office before two names joined by and is each one's title",
			src:     "Acme hired Zenith co-founders Jane Roe and Tom Hale on Monday.\n“We are glad to be here,” Roe said.",
			speaker: "Jane Roe", title: "Zenith co-founders",
		},
		{
			name: "shared-plural-title-second", why: "the second name of the pair takes the plural title too",
			src:     "Acme hired Zenith co-founders Jane Roe and Tom Hale on Monday.\n“We are glad to be here,” Hale said.",
			speaker: "Tom Hale", title: "Zenith co-founders",
		},
		{
			name: "plural-not-office", why: "a plural that is no office word gives no title",
			src:     "Acme hired Zenith veterans Jane Roe and Tom Hale on Monday.\n“We are glad to be here,” Hale said.",
			speaker: "Tom Hale", title: "",
		},
		{
			name: "misspelt-surname", why: "a surname the article misspells takes the title given at the other spelling; the speaker stays as written",
			src:     "Acme chief executive Jane Rowlands spoke on Monday.\nThe plant will reopen.\n“We are ready,” Rowlnads said.",
			speaker: "Rowlnads", title: "Acme chief executive",
		},
		{
			name: "misspelt-short-surname", why: "short surnames one letter apart are often two people",
			src:     "Acme chief executive Tom Lee spoke on Monday.\nThe plant will reopen.\n“We are ready,” Lea said.",
			speaker: "Lea", title: "",
		},
	}
	a, err := New()
	require.NoError(t, err)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []quote.Quote
			for _, q := range a.Attribute([]byte(tc.src), findQuotes(tc.src)).Quotes {
				if q.Kind == quote.Direct || q.Kind == quote.Partial {
					got = append(got, q)
				}
			}
			require.NotEmpty(t, got)
			q := got[len(got)-1]
			assert.Equal(t, tc.speaker, q.Speaker, tc.why)
			assert.Equal(t, tc.title, q.Title, tc.why)
		})
	}
}

// TestOneSlip checks the spelling slips misspeltAs accepts.
func TestOneSlip(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
		why  string
	}{
		{"Rowlands", "Rowlnads", true, "two neighbouring letters swapped"},
		{"Rowlands", "Rowlanda", true, "one letter changed"},
		{"Rowlands", "Rowlands", false, "the same name is no slip"},
		{"Rowlands", "Bowlands", false, "the first letter must agree"},
		{"Rowlands", "Rowland", false, "lengths must agree"},
		{"Rowlands", "Rawlinds", false, "two changed letters"},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, oneSlip(tc.a, tc.b), "%s / %s: %s", tc.a, tc.b, tc.why)
	}
}
