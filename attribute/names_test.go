package attribute

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/verbatim-nlp/verbatim/quote"
)

// speakers returns the speaker of each direct or partial quote of src.
// speakerCase is a text and the speakers its direct and partial quotes
// must get, in order; why says what the case shows.
type speakerCase struct {
	name, why, src string
	want           []string
}

// checkSpeakers runs each case as a subtest.
func checkSpeakers(t *testing.T, cases []speakerCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, speakers(t, tc.src), tc.why)
		})
	}
}

func speakers(t *testing.T, src string) []string {
	t.Helper()
	a, err := New()
	require.NoError(t, err)
	var out []string
	for _, q := range a.Attribute([]byte(src), findQuotes(src)).Quotes {
		if q.Kind == quote.Direct || q.Kind == quote.Partial {
			out = append(out, q.Speaker)
		}
	}
	return out
}

// TestNames checks that names the article writes outside any cue are
// registered, so that a later surname, first name or pronoun finds the
// fullest name, and that places stay out.
func TestNames(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{
			name: "subject-given-name", why: "a given name first makes a person of a sentence subject",
			src:  "Maria Okonkwo has run the shelter since 2019.\n“We are full every night,” Okonkwo said.",
			want: []string{"Maria Okonkwo"},
		},
		{
			name: "object-surname-alone", why: "a run whose last word stands alone elsewhere is a person, given name unknown",
			src:  "Rescuers pulled Temitope Adeyemi-Bankole from the rubble on Friday. Adeyemi-Bankole waved.\n“I thought it was over,” Adeyemi-Bankole said.",
			want: []string{"Temitope Adeyemi-Bankole"},
		},
		{
			name: "particle", why: "a lower-case particle inside a name",
			src:  "Voters backed Ursula van der Berg in the runoff.\n“This is a mandate,” van der Berg said.",
			want: []string{"Ursula van der Berg"},
		},
		{
			name: "honorific-surname", why: "Ms before a multi-word surname stands for the full name the article gave",
			src:  "The far-right challenger Josiane Le Garrec lost the vote.\nMs Le Garrec said the result was still a “victory” for her movement.",
			want: []string{"Josiane Le Garrec"},
		},
		{
			name: "possessive", why: "a possessive registers the name too",
			src:  "Oliver Brandt’s campaign ended on Tuesday.\n“It was worth it,” Brandt said.",
			want: []string{"Oliver Brandt"},
		},
		{
			name: "place-not-person", why: "\"the\" before a run, or a capitalised body word after it, keeps places and bodies out",
			src:  "The Fort Worth Police said the road was closed. “Stay home,” Worth said.",
			want: []string{"Worth"},
		},
	})
}

// TestPronounGender checks that he and she go to the nearest person of
// their gender, known from a given name, an honorific or an earlier
// pronoun.
func TestPronounGender(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{
			name: "she-skips-man", why: "she skips the last speaker, a man, for the woman named before",
			src:  "Challenger Linda Marsh conceded on Sunday.\n“We fought hard,” Mr Dunmore said.\n“Tonight is a victory in itself,” she told supporters.",
			want: []string{"Dunmore", "Linda Marsh"},
		},
		{
			name: "he-skips-woman", why: "he skips a woman named later in the paragraph for the man before her",
			src:  "Mr Alvarez, standing beside his deputy Susan Kerr, welcomed the verdict. “It is not enough,” he said.",
			want: []string{"Alvarez"},
		},
		{
			name: "last-speaker-in-paragraph", why: "he is the speaker of the paragraph, not a person of unknown gender named after him",
			src:  "Mr Okafor, standing beside his deputy Ngozi Eze, said: “It is not enough.” “We will do more,” he said.",
			want: []string{"Okafor", "Okafor"},
		},
		{
			name: "subject-over-object", why: "he in a new paragraph is the last sentence's subject, not its object",
			src:  "Attorney General Mark Ellery has reacted to the verdict against former officer Derek Chaney.\n\nHe said the case had been about justice.\n\n“It is accountability,” he said.",
			want: []string{"Mark Ellery"},
		},
		{
			name: "given-name-beyond-english", why: "she skips a man named after her whose given name only the non-English lists hold",
			src:  "Kamala Osei met Recep Arslan in Ankara on Monday. “We will sign the deal this week,” she said.",
			want: []string{"Kamala Osei"},
		},
		{
			name: "new-subject", why: "he is the person the previous paragraph was about, not the speaker before that",
			src:  "“We quit,” said Mr Hart.\n\nA clearly shaken Tom Reyes gave a short reply later.\n\n“I loved my time there,” he said.",
			want: []string{"Hart", "Tom Reyes"},
		},
	})
}

// TestGenderClash checks that a surname written with an honorific of
// one gender is not merged with a person of the other gender of that
// surname: the speaker keeps the honorific ("Ms Ferrand"), so that a
// reader and compare see the name as the article wrote it.
func TestGenderClash(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{
			name: "ms-after-male-given-name", why: "Ms before the surname of a man named in full is someone else",
			src:  "President Daniel Ferrand won a second term on Sunday.\nMs Ferrand said her party would fight on in the June elections.\n“We are not finished,” Ms Ferrand said.",
			want: []string{"Ms Ferrand"},
		},
		{
			name: "mr-after-female-given-name", why: "Mr before the surname of a woman named in full is someone else",
			src:  "Governor Helen Castell signed the budget on Monday.\n“It is a fair deal,” Mr Castell said.",
			want: []string{"Mr Castell"},
		},
		{
			name: "ms-and-mr-one-surname", why: "two honorifics of two genders on one surname are two people, each keeping its honorific",
			src:  "Ms Ferrand said her party would unite all those who want to fight against Mr Ferrand.\n“We are not finished,” Ms Ferrand said.\n“The country has chosen,” Mr Ferrand said.",
			want: []string{"Ms Ferrand", "Mr Ferrand"},
		},
		{
			name: "french-honorific", why: "Madame is a female honorific too: it joins the woman of that surname, not the man",
			src:  "President Daniel Ferrand won a second term. His rival Helen Castell conceded.\n“We are not finished,” Madame Castell said.\n“It is a clear mandate,” Monsieur Ferrand said.",
			want: []string{"Helen Castell", "Daniel Ferrand"},
		},
		{
			name: "couple", why: "Mr before a surname two people of the article share is the man, though the woman was named last",
			src:  "Daniel Ferrand and his wife Helen Ferrand voted in Lyon on Sunday.\n“We are confident,” Mr Ferrand said.\n“So am I,” Ms Ferrand said.",
			want: []string{"Daniel Ferrand", "Helen Ferrand"},
		},
		{
			name: "agreeing-honorific-merges", why: "an honorific of the same gender still stands for the full name",
			src:  "Challenger Helen Castell conceded on Sunday.\n“We are not finished,” Ms Castell said.",
			want: []string{"Helen Castell"},
		},
	})
}

// TestGivenNames checks the generated given-name sections.
func TestGivenNames(t *testing.T) {
	lx := DefaultLexicon()
	_, f := lx.words[secFemale]["maria"]
	_, m := lx.words[secMale]["lionel"]
	assert.True(t, f, "maria is a female given name")
	assert.True(t, m, "lionel is a male given name")
	assert.Greater(t, len(lx.words[secFemale]), 4000, "the female list is loaded")
	assert.Greater(t, len(lx.words[secMale]), 3000, "the male list is loaded")
	for _, tc := range []struct {
		name, sec, why string
	}{
		{"elon", secMale, "from the second package's lists"},
		{"kamala", secFemale, "from the second package's lists"},
		{"marine", secFemale, "a WordNet word kept: three languages list it"},
	} {
		_, ok := lx.words[tc.sec][tc.name]
		assert.True(t, ok, "%s is %s: %s", tc.name, tc.sec, tc.why)
	}
	for _, tc := range []struct{ name, why string }{
		{"satya", "the language lists disagree, two to one"},
	} {
		_, f := lx.words[secFemale][tc.name]
		_, m := lx.words[secMale][tc.name]
		assert.True(t, f && m, "%s tells no gender: %s", tc.name, tc.why)
	}
	for _, tc := range []struct{ name, why string }{
		{"justice", "a WordNet word that fewer than three languages list"},
		{"paris", "a lexicon word (a state's seat)"},
	} {
		_, f := lx.words[secFemale][tc.name]
		_, m := lx.words[secMale][tc.name]
		assert.False(t, f || m, "%s is no given name: %s", tc.name, tc.why)
	}
}

// TestDescriptors checks that a descriptor stands for the entity the
// article gave that role.
func TestDescriptors(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{
			name: "the-company", why: "the company is the body named last, not the person named after it",
			src:  "After the vote, Northwind appointed Clara Jensen as interim chief. The company said Jensen had a “rare mix of skills”.",
			want: []string{"Northwind"},
		},
		{
			name: "the-company-skips-person", why: "a person the article shows to be one is no company",
			src:  "Investor Paul Meyer agreed to buy Brightline on Monday, the company said. “This is a good day,” the company said.",
			want: []string{"Brightline"},
		},
		{
			name: "statement-issuer", why: "the statement is the one the company said things in: its issuer speaks",
			src:  "On Monday, Brightline agreed to be bought for $3 billion, the company said in a statement.\n“The board backs the deal,” the statement said.",
			want: []string{"Brightline"},
		},
		{
			name: "inverted-issuer", why: "said X in a brief statement: X issues it",
			src:  "Its chief left on Friday, said Northwind in a brief statement.\n“We thank him,” the statement read.",
			want: []string{"Northwind"},
		},
		{
			name: "short-form", why: "the Agency is the International Energy Agency the article named",
			src:  "Officials at the International Energy Agency met on Monday.\nThe Agency warns: “Prices will rise.”",
			want: []string{"International Energy Agency"},
		},
		{
			name: "acronym", why: "an acronym the article defines is the body it stands for",
			src:  "The report came from the Ministry of Foreign Affairs (MOFA) on Monday. “We regret the delay,” MOFA said.",
			want: []string{"Ministry of Foreign Affairs"},
		},
		{
			name: "capitalised-body", why: "the and capitalised words with no title make a body, lexicon words included",
			src:  "The toll should “climb considerably”, according to the White Helmets in rebel areas.",
			want: []string{"White Helmets"},
		},
		{
			name: "descriptor-then-pronoun", why: "he after the former CEO is the man the article gave that title, not the one the clause names last",
			src:  "Co-founder and former CEO Dan Whitfield backed the sale on Monday.\n“It is the right step,” Whitfield said.\nHis posts show that the former CEO supports Grant Holloway’s takeover; however, he added that “no one should own the network.”",
			want: []string{"Dan Whitfield", "Dan Whitfield"},
		},
		{
			name: "title-head", why: "the French president is the president the article named, whatever the qualifier",
			src:  "President Emmanuel Roux won a second term.\nThe French president had called the race a “battle for Europe”.",
			want: []string{"Emmanuel Roux"},
		},
	})
}

// TestNoNonsenseSpeaker checks that a determiner before a word that
// cannot head a noun phrase makes no role, and before a noun still does.
func TestNoNonsenseSpeaker(t *testing.T) {
	a, err := New()
	require.NoError(t, err)
	tests := []struct {
		name, why, src, phrase string
		role                   bool
	}{
		{name: "quantifier", why: "\"a few\" is no role", src: "Rescuers arrived, a few said.", phrase: "a few"},
		{name: "demonstrative-verb", why: "\"This is\" is no role", src: "This is already the worst toll.", phrase: "This is"},
		{name: "auxiliary", why: "\"the has\" is no role", src: "So the has been.", phrase: "the has"},
		{name: "noun", why: "a determiner and a noun make a role", src: "A resident said so.", phrase: "A resident", role: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := newDoc(a, []byte(tc.src), nil)
			defer d.release()
			i := 0
			for i < len(d.toks) && int(d.toks[i].s) != strings.Index(tc.src, tc.phrase) {
				i++
			}
			j := i + len(strings.Fields(tc.phrase))
			require.Less(t, j, len(d.toks))
			r, ok := d.resolveNP(i, j)
			isRole := ok && r.ent >= 0 && d.ents[r.ent].kind == KindRole
			assert.Equal(t, tc.role, isRole, tc.why)
		})
	}
}

// TestCommonWordOpener checks that a word capitalised only because it
// opens a sentence, and written lower-case elsewhere in the article,
// joins no name: before a name it is dropped, alone before an -ing cue
// it names no one, and a name or a group noun is kept.
func TestCommonWordOpener(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"adjective before a name", "\"rival\" is lower-case elsewhere: not part of the name",
			"The mayor faced her rival on Tuesday.\n\nRival Dana Whitfield had mocked the plan, saying anyone who backs it “is not paying attention.”\n\n“We will win,” Whitfield said.",
			[]string{"Dana Whitfield", "Dana Whitfield"}},
		{"verb alone before an -ing cue", "\"keeps\" opens a sentence with no subject: no speaker",
			"The senator keeps a low profile.\n\nKeeps saying the plan is “dead on arrival” when asked.",
			[]string{""}},
		{"name written lower-case once", "a surname capitalised mid-sentence stays a name",
			"Ana Bush spoke first. The bush fire was out, Bush added.\n\nBush said the crews were “exhausted but proud.”",
			[]string{"Ana Bush"}},
		{"group noun", "a plural noun before a finite cue is a group",
			"Many protesters stayed late.\n\nProtesters chanted “Not one more” until midnight.",
			[]string{"Protesters"}},
	})
}

// TestBodyNameTail checks that capitalised words after a preposition
// that follows a capitalised word are the end of one body's name, not
// a speaker of their own, and that "it" before a body's own cue is that
// body, not a second speaker in a chain.
func TestBodyNameTail(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"of", "\"Bureau of Harbor Safety\" is one body",
			"The Bureau of Harbor Safety said the piers were “unsafe for any ship.”",
			[]string{"Bureau of Harbor Safety"}},
		{"on", "\"Board on Public Safety\" is one body",
			"The Board on Public Safety says the officers “broke every rule in the book.”",
			[]string{"Board on Public Safety"}},
		{"for a", "\"a\" and lexicon words inside a body's name",
			"The Committee for a Responsible Federal Budget said the plan would “cost a fortune” over ten years.",
			[]string{"Committee for a Responsible Federal Budget"}},
		{"organisation word", "a capitalised organisation word before the last word",
			"Separately, Metro News Service said the count had reached “well over ten thousand.”",
			[]string{"Metro News Service"}},
		{"given name after for", "a person after \"for\" stays a person",
			"The deal cleared the way for Maria Okonkwo to return.\n\nOkonkwo said she was “glad to be back.”",
			[]string{"Maria Okonkwo"}},
		{"it before the body's cue", "\"the union wrote\" credits the quote; \"it said\" is no second speaker in a chain",
			"In backing the pick, the Guild of Harbor Pilots called Ana Ruiz a “champion” for its members.\n\nThe statement also noted the change it said Ruiz would bring to the docks: “Our members have waited twenty years for this,” the union wrote.",
			[]string{"Guild of Harbor Pilots", "union"}},
	})
}

// TestHeadlineCue checks that a cue word between two names in a
// title-case headline ends the first name: no person is named "Dana
// Whitfield Slams Tom Reyes".
func TestHeadlineCue(t *testing.T) {
	tests := []struct {
		name, why, src string
		want           []string
	}{
		{"headline then cue", "the headline's cue splits the two names",
			"Dana Whitfield Calls Tom Reyes “A Disgrace” Over Budget\n\nCouncil member Dana Whitfield described the mayor as a “disgrace” on Monday.",
			[]string{"Dana Whitfield"}},
		{"surname that is a cue word", "a cue word last in a name stays in it",
			"The critic Edward Said spoke at the library.\n\n“Exile is strangely compelling to think about,” Edward Said said.",
			[]string{"Edward Said"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := speakers(t, tc.src)
			require.GreaterOrEqual(t, len(got), len(tc.want))
			// The body's quotes, last: the headline's own quote is
			// another rule's matter.
			assert.Equal(t, tc.want, got[len(got)-len(tc.want):], tc.why)
			for _, g := range got {
				assert.NotContains(t, g, " Calls ", "no name runs across a headline's cue")
			}
		})
	}
}

// TestAbbreviatedTitle checks that an abbreviated office before a name
// ("Del." for a delegate, like "Sen." and "Rep.") is a title, not the
// speaker's name.
func TestAbbreviatedTitle(t *testing.T) {
	tests := []struct {
		name, why, src, speaker string
	}{
		{"inverted cue", "\"Del.\" is the title of the name after it",
			"“This hearing is a waste of everyone’s time,” said Del. Maria Okonkwo of the Northern Islands.",
			"Maria Okonkwo"},
		{"cue after", "\"Del.\" opens no sentence of its own",
			"Del. Tom Reyes said the vote was “a foregone conclusion.”",
			"Tom Reyes"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, []string{tc.speaker}, speakers(t, tc.src), tc.why)
		})
	}
}

// TestAdverbHead checks that an adverb between a subject and its cue
// is no head of the speaker's phrase: the subject before it speaks.
func TestAdverbHead(t *testing.T) {
	a, err := New()
	require.NoError(t, err)
	tests := []struct {
		name, why, src, phrase, want string
	}{
		{"adverb", "\"incorrectly\" heads nothing: the state speaks",
			"In 2004 the state incorrectly stated that thousands had moved.", "state incorrectly", "the state"},
		{"auxiliary and adverb", "\"has traditionally\" is dropped with the adverb",
			"The nurses' union has traditionally argued that wards are full.", "union has traditionally", "union"},
		{"no adverb", "a noun head is kept as it is",
			"A resident said so.", "resident", "a resident"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := newDoc(a, []byte(tc.src), nil)
			defer d.release()
			i := 0
			for i < len(d.toks) && int(d.toks[i].s) != strings.Index(tc.src, tc.phrase) {
				i++
			}
			j := i + len(strings.Fields(tc.phrase))
			require.Less(t, j, len(d.toks))
			r, ok := d.resolveNP(i, j)
			require.True(t, ok, tc.why)
			require.GreaterOrEqual(t, r.ent, 0, tc.why)
			assert.Equal(t, tc.want, d.ents[r.ent].name, tc.why)
		})
	}
}

// TestGivenNameStartsSpeaker checks that a capitalised word before a
// given name in a speaker's run ("Comedian Maria Okonkwo") is no part
// of the name, as in scanNames.
func TestGivenNameStartsSpeaker(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"sentence start", "an occupation opening the sentence",
			"Actor Maria Okonkwo told reporters: “The show goes on.”", []string{"Maria Okonkwo"}},
		{"inverted cue", "an occupation before the name after the quote",
			"“The show goes on,” Comedian Maria Okonkwo told reporters.", []string{"Maria Okonkwo"}},
		{"given name first", "a name that opens with a given name is kept whole",
			"“The show goes on,” Maria Grace Okonkwo told reporters.", []string{"Maria Grace Okonkwo"}},
	})
}

// TestSpeakerPhrase: the speaker and title of one quote whose cue
// phrase has a shape the names and roles must read whole.
func TestSpeakerPhrase(t *testing.T) {
	a, err := New()
	require.NoError(t, err)
	tests := []struct {
		why, src, speaker, title string
	}{
		// A capitalised word opening the sentence that is a determiner,
		// quantifier or an adverb and nothing else (the lexicon's stop
		// and adverb sections) joins no name and makes no title.
		{"a quantifier before a surname",
			"Dmitri Volkov, the Kremlin adviser, spoke on Monday.\n\nBoth Volkov and the minister attended the talks. “We agreed on a lot,” Volkov said.",
			"Dmitri Volkov", "the Kremlin adviser"},
		{"an adverb before a name and cue",
			"Afterwards Helena Marsh told reporters: “The vote was fair.”",
			"Helena Marsh", ""},
		{"an adverb with a comma",
			"Ostensibly, Governor Tom Reyes said: “Nothing has changed.”",
			"Tom Reyes", "Governor"},
		// An unnamed speaker is the whole role phrase, back to its
		// determiner, over nouns and a possessor with no name.
		{"a compound role", "Crews worked through the night.\n\n“We have never seen wind like this,” the fire chief said.",
			"the fire chief", "fire chief"},
		{"a possessor before the role", "Crews worked through the night.\n\n“We have never seen wind like this,” the county’s fire chief said.",
			"the county’s fire chief", "county’s fire chief"},
		{"a possessor and a compound role", "Crews worked through the night.\n\n“It is moving faster than we can follow,” the city’s police spokesman told reporters.",
			"the city’s police spokesman", "city’s police spokesman"},
		{"a possessor that is a role", "Crews worked through the night.\n\n“It is moving faster,” the mayor’s spokesman said.",
			"the mayor’s spokesman", "mayor’s spokesman"},
		{"an inverted cue before a role", "Crews worked through the night.\n\n“We have never seen wind like this,” said the county’s fire chief.",
			"the county’s fire chief", "county’s fire chief"},
		{"according to a role", "Crews worked through the night.\n\n“We are ready,” according to a former senior county official.",
			"a former senior county official", "former senior county official"},
		// An age between a name and its appositive, and an abbreviation
		// whose period ends no sentence ("St. Mary’s"), leave the
		// speaker and the title whole.
		{"an age before the appositive", "Flood waters rose overnight.\n\nTom Baxter, 54, a nurse at Mercy Hospital, said: “We are tired.”",
			"Tom Baxter", "a nurse at Mercy Hospital"},
		{"St. inside the appositive", "Flood waters rose overnight.\n\nTom Baxter, a nurse at St. Mary’s Hospital, said: “We are tired.”",
			"Tom Baxter", "a nurse at St. Mary’s Hospital"},
		{"an age and Mt. together", "Flood waters rose overnight.\n\nRita Okafor, 61, a volunteer at the Mt. Zion shelter, said: “We are full.”",
			"Rita Okafor", "a volunteer at the Mt. Zion shelter"},
	}
	for _, tc := range tests {
		t.Run(tc.why, func(t *testing.T) {
			r := a.Attribute([]byte(tc.src), findQuotes(tc.src))
			require.Len(t, r.Quotes, 1)
			assert.Equal(t, tc.speaker, r.Quotes[0].Speaker)
			assert.Equal(t, tc.title, r.Quotes[0].Title)
		})
	}
}

// TestToldListener: after "told", the noun is the listener: it never
// speaks the words before it.
func TestToldListener(t *testing.T) {
	a, err := New()
	require.NoError(t, err)
	src := "Carla Mendes, who has coached the team since 2019, told The Associated Press: “We’re ready.”\n\n“The river has never been this high,” told the Springfield Gazette."
	r := a.Attribute([]byte(src), findQuotes(src))
	for _, q := range r.Quotes {
		assert.NotContains(t, []string{"Associated Press", "The Associated Press", "Springfield Gazette", "the Springfield Gazette"}, q.Speaker, "%q", q.Text)
	}
	require.NotEmpty(t, r.Quotes)
	assert.Equal(t, "Carla Mendes", r.Quotes[0].Speaker)
}

// TestLoneName checks the evidence that a lone capitalised word opening
// a sentence is a name: it is no English word, as written or once an
// inflection is undone, and the article writes it capitalised inside a
// sentence or as a label, outside quote marks.
func TestLoneName(t *testing.T) {
	a, err := New()
	require.NoError(t, err)
	tests := []struct {
		name, why, src string
		english, lone  bool
	}{
		{"name-label", "a label line elsewhere", "Okafor: we won.\n\nOkafor attended the briefing.", false, true},
		{"name-mid", "capitalised inside a sentence elsewhere", "Fans sang for Okafor.\n\nOkafor attended the briefing.", false, true},
		{"name-once", "written once, nothing says it is a name", "Okafor attended the briefing.", false, false},
		{"name-quoted", "inside quote marks it is a title", "They revived “Okafor” on Monday.\n\nOkafor returns in May.", false, false},
		{"label-self", "its own label line is no second use", "Okafor: we won.", false, false},
		{"plural", "a regular plural", "Fans read Polls daily.\n\nPolls closed at eight.", true, false},
		{"es-plural", "an -es plural", "Fans read Wishes daily.\n\nWishes came true.", true, false},
		{"men", "a -men plural", "Women voted early.", true, false},
		{"irregular", "an irregular form from WordNet's exception lists", "Geese flew over the stadium.", true, false},
		{"gerund", "an -ing form", "Depending on the weather, we play.", true, false},
		{"past", "an -ed form of a verb ending in e", "Hated by rivals, he stayed.", true, false},
		{"lemma", "a lemma as written", "Crew members left.", true, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := newDoc(a, []byte(tc.src), findQuotes(tc.src))
			defer d.release()
			i := len(d.toks) - 1
			for i > 0 && !(d.word(i) && d.sentenceStart(i)) {
				i--
			}
			assert.Equal(t, tc.english, d.englishWord(i), tc.why)
			assert.Equal(t, tc.lone, d.loneName(i), tc.why)
		})
	}
}
