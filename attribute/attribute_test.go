package attribute

import (
	"fmt"
	"strings"
	"testing"

	"github.com/verbatim-nlp/verbatim/quote"
)

// attribution is the part of a quote a rule test checks.
type attribution struct {
	Kind     quote.Kind
	Text     string // the quote's text, or its prefix ending in "…"
	Speaker  string
	Mention  string
	Title    string
	Via      string
	Reporter string
	Cue      string
	Rule     string
}

func (w attribution) String() string {
	return fmt.Sprintf("%s %q speaker=%q mention=%q title=%q via=%q reporter=%q cue=%q rule=%q",
		w.Kind, w.Text, w.Speaker, w.Mention, w.Title, w.Via, w.Reporter, w.Cue, w.Rule)
}

func (w attribution) matches(q *quote.Quote) bool {
	if q.Kind != w.Kind {
		return false
	}
	if p, ok := strings.CutSuffix(w.Text, "…"); ok {
		return strings.HasPrefix(q.Text, p)
	}
	return q.Text == w.Text
}

func got(w attribution, q *quote.Quote) attribution {
	return attribution{Kind: q.Kind, Text: w.Text, Speaker: q.Speaker, Mention: q.Mention.Text, Title: q.Title,
		Via: q.Via, Reporter: q.Reporter, Cue: q.Cue.Text, Rule: q.Rule}
}

// The sentences come from the corpus (testdata/corpus) or are written
// to look like news prose for patterns the corpus lacks.
var ruleTests = []struct {
	name string // the rule
	why  string
	src  string
	want []attribution
}{
	{
		name: "cue-after:said/inverted",
		why:  "cue then speaker, with an appositive title after the name",
		src:  "For his part, “Minister Blinken underlined the global risks to security,” said Ned Price, State Department spokesman, after the call.",
		want: []attribution{{Kind: quote.Direct, Text: "Minister Blinken…", Speaker: "Ned Price", Mention: "Ned Price", Title: "State Department spokesman", Cue: "said", Rule: "cue-after:said"}},
	},
	{
		name: "cue-after:said/numeral-in-title",
		why:  "a number or a date inside the role before the name: 'said 9/11 widow', 'said 2019 nominee'",
		src:  "“The plan will not work,” said 9/11 widow Dana Whitfield.",
		want: []attribution{{Kind: quote.Direct, Text: "The plan will not work", Speaker: "Dana Whitfield", Mention: "Dana Whitfield", Title: "9/11 widow", Cue: "said", Rule: "cue-after:said"}},
	},
	{
		name: "cue-after:put it/as",
		why:  "'“Q,” as the mayor put it': the clause after 'as' is the cue",
		src:  "The main test for the grant is a “lawful source of income,” as the mayor put it on Monday.",
		want: []attribution{{Kind: quote.Partial, Text: "lawful source of income", Speaker: "the mayor", Mention: "the mayor", Title: "mayor", Cue: "put it", Rule: "cue-after:put it"}},
	},
	{
		name: "cue-after:said/invented",
		why:  "inverted cue, title before the name wins over the appositive",
		src:  "“We will not back down,” said Senator Jane Doe, a Democrat from Ohio.",
		want: []attribution{{Kind: quote.Direct, Text: "We will not back down", Speaker: "Jane Doe", Mention: "Jane Doe", Title: "Senator", Cue: "said", Rule: "cue-after:said"}},
	},
	{
		name: "cue-after:told",
		why:  "surname resolved to the fullest name the article gives",
		src:  "Secretary of State Antony Blinken spoke on Thursday.\n\n“The document we’ve delivered includes concerns of the United States,” Blinken told reporters at the State Department.",
		want: []attribution{{Kind: quote.Direct, Text: "The document…", Speaker: "Antony Blinken", Mention: "Blinken", Title: "Secretary of State", Cue: "told", Rule: "cue-after:told"}},
	},
	{
		name: "cue-after:said/appositive",
		why:  "name, appositive title, then the cue",
		src:  "“Our Chinese friends are paying close attention to the talks,” Andrey Denisov, the Russian ambassador to China, said at the Russian embassy in Beijing.",
		want: []attribution{{Kind: quote.Direct, Text: "Our Chinese friends…", Speaker: "Andrey Denisov", Mention: "Andrey Denisov", Title: "the Russian ambassador to China", Cue: "said", Rule: "cue-after:said"}},
	},
	{
		name: "cue-after:quoted as saying/via",
		why:  "the ministry relays Wang's words: it is the channel, not the speaker",
		src:  "Chinese Foreign Minister Wang Yi spoke to Blinken.\n\n“We urge all parties to show restraint,” Wang was quoted as saying by the Chinese Foreign Ministry.",
		want: []attribution{{Kind: quote.Direct, Text: "We urge all parties to show restraint", Speaker: "Wang Yi", Mention: "Wang", Title: "Chinese Foreign Minister", Via: "Chinese Foreign Ministry", Cue: "was quoted as saying", Rule: "cue-after:quoted as saying"}},
	},
	{
		name: "cue-after:quoted by X as saying",
		why:  "channel between quoted and as saying",
		src:  "Chinese President Xi Jinping met Putin.\n“At present, certain international forces are arbitrarily interfering in the internal affairs of China and Russia,” Xi was quoted by CCTV as saying.",
		want: []attribution{{Kind: quote.Direct, Text: "At present…", Speaker: "Xi Jinping", Mention: "Xi", Title: "Chinese President", Via: "CCTV", Cue: "quoted by CCTV as saying", Rule: "cue-after:quoted as saying"}},
	},
	{
		name: "cue-after:read/document",
		why:  "the statement resolves to the statement the article introduced; its issuer speaks and the statement relays",
		src:  "Beijing’s statement following the phone call was brief.\n\n“We call on all parties to remain calm,” the statement read.",
		want: []attribution{{Kind: quote.Direct, Text: "We call on all parties to remain calm", Speaker: "China", Mention: "the statement", Via: "Beijing’s statement", Cue: "read", Rule: "cue-after:read"}},
	},
	{
		name: "cue-before:saying/document-sender",
		why:  "NAME issued a statement saying: the sender speaks and the statement relays",
		src:  "Mayor Jane Roe issued a statement on Tuesday saying the ruling was “long overdue.”",
		want: []attribution{{Kind: quote.Partial, Text: "long overdue.", Speaker: "Jane Roe", Mention: "Jane Roe", Title: "Mayor", Via: "statement", Cue: "saying", Rule: "cue-before:saying"}},
	},
	{
		name: "cue-before:saying/document-cited",
		why:  "a cue as the verb (cited a report saying) reads someone else's document: the report speaks",
		src:  "The union cited a report saying the plan “will fail.”",
		want: []attribution{{Kind: quote.Partial, Text: "will fail.", Speaker: "a report", Mention: "a report", Cue: "saying", Rule: "cue-before:saying"}},
	},
	{
		name: "cue-after:read/document-by-person",
		why:  "a person's statement credits the person",
		src:  "Chinese Foreign Minister Wang Yi spoke to reporters. Wang’s statement was brief.\n\n“We call on all parties to remain calm,” the statement read.",
		want: []attribution{{Kind: quote.Direct, Text: "We call on all parties to remain calm", Speaker: "Wang Yi", Mention: "the statement", Title: "Chinese Foreign Minister", Via: "Wang’s statement", Cue: "read", Rule: "cue-after:read"}},
	},
	{
		name: "cue-after:read/document-unowned",
		why:  "a statement with no issuer named is the speaker itself",
		src:  "The joint statement released after the talks was brief.\n\n“The parties oppose the further expansion of NATO,” the statement read.",
		want: []attribution{{Kind: quote.Direct, Text: "The parties oppose the further expansion of NATO", Speaker: "the joint statement", Mention: "the statement", Cue: "read", Rule: "cue-after:read"}},
	},
	{
		name: "cue-after:said/organisation",
		why:  "an organisation speaks",
		src:  "“We categorically reject these claims,” the Kremlin said on Tuesday.",
		want: []attribution{{Kind: quote.Direct, Text: "We categorically reject these claims", Speaker: "Kremlin", Mention: "the Kremlin", Cue: "said", Rule: "cue-after:said"}},
	},
	{
		name: "cue-after:said/role",
		why:  "an unnamed source with a post-modifier; the mention ends at the head noun",
		src:  "“Nothing has been decided yet,” a source familiar with the talks said.",
		want: []attribution{{Kind: quote.Direct, Text: "Nothing has been decided yet", Speaker: "a source", Mention: "a source", Cue: "said", Rule: "cue-after:said"}},
	},
	{
		name: "cue-after:said/parenthetical",
		why:  "a party label in brackets between name and cue",
		src:  "“Subpoenas are not optional,” Rep. Dana Whitfield (R-Utah) said after the hearing.",
		want: []attribution{{Kind: quote.Direct, Text: "Subpoenas are not optional", Speaker: "Dana Whitfield", Mention: "Dana Whitfield", Title: "Rep.", Cue: "said", Rule: "cue-after:said"}},
	},
	{
		name: "cue-after:said/question",
		why:  "a question mark inside the quote does not end the sentence before its cue",
		src:  "“How many times do we have to see this in our country?” Clinton said.",
		want: []attribution{{Kind: quote.Direct, Text: "How many times do we have to see this in our country?", Speaker: "Clinton", Mention: "Clinton", Cue: "said", Rule: "cue-after:said"}},
	},
	{
		name: "cue-after:said/party-label",
		why:  "a party label between commas is skipped",
		src:  "“Our assumption is that the veto will be overridden,” Senate Majority Leader Tom Hale, R-Ky., said Tuesday.",
		want: []attribution{{Kind: quote.Direct, Text: "Our assumption…", Speaker: "Tom Hale", Mention: "Tom Hale", Title: "Senate Majority Leader", Cue: "said", Rule: "cue-after:said"}},
	},
	{
		name: "cue-after:said/affiliation",
		why:  "of the Sierra Club is an affiliation, not part of the name",
		src:  "“It was the least bad outcome,” Mr. Morgan of the Sierra Club said.",
		want: []attribution{{Kind: quote.Direct, Text: "It was the least bad outcome", Speaker: "Morgan", Mention: "Morgan", Cue: "said", Rule: "cue-after:said"}},
	},
	{
		name: "cue-after:said/common-noun",
		why:  "a determiner and a common noun make an unnamed speaker",
		src:  "“We need change,” the New York businessman said, arguing for a new approach.",
		want: []attribution{{Kind: quote.Direct, Text: "We need change", Speaker: "the New York businessman", Mention: "the New York businessman", Cue: "said", Rule: "cue-after:said"}},
	},
	{
		name: "cue-before:recalled/appositive",
		why:  "a descriptive appositive with no title word, then the cue and a comma",
		src:  "Douglas Brinkley, a historian who attended the session, recalled, “Out of nowhere, he raised the climate issue.”",
		want: []attribution{{Kind: quote.Direct, Text: "Out of nowhere…", Speaker: "Douglas Brinkley", Mention: "Douglas Brinkley", Title: "a historian who attended the session", Cue: "recalled", Rule: "cue-before:recalled"}},
	},
	{
		name: "cue-before:said/adverbial",
		why:  "a prepositional phrase between commas is not an appositive",
		src:  "Democratic nominee Helen Park, at a later press briefing, said, “I have been briefed about the bombings.”",
		want: []attribution{{Kind: quote.Direct, Text: "I have been briefed about the bombings.", Speaker: "Helen Park", Mention: "Helen Park", Title: "Democratic nominee", Cue: "said", Rule: "cue-before:said"}},
	},
	{
		name: "cue-before:said/inverted",
		why:  "a capitalised cue opening the sentence, speaker after it",
		src:  "Tax experts were divided. Said Ellis: “I don’t get the sense she is interested in tax reform.”",
		want: []attribution{{Kind: quote.Direct, Text: "I don’t get the sense…", Speaker: "Ellis", Mention: "Ellis", Cue: "Said", Rule: "cue-before:said"}},
	},
	{
		name: "cue-before:said/coordination",
		why:  "the subject of 'laughed and said' is the clause's subject",
		src:  "Her brother laughed and said, “I don’t believe in the devil.”",
		want: []attribution{{Kind: quote.Direct, Text: "I don’t believe in the devil.", Speaker: "Her brother", Mention: "Her brother", Cue: "said", Rule: "cue-before:said"}},
	},
	{
		name: "cue-before:said/coordination-after-appositive",
		why:  "the comma before 'bemoaned … and said' is the appositive's: the subject opens the sentence",
		src:  "Tom Hale, the city's mayor, toured the flooded streets and said the pumps were “far too slow” on Monday.",
		want: []attribution{{Kind: quote.Partial, Text: "far too slow", Speaker: "Tom Hale", Mention: "Tom Hale", Title: "the city's mayor", Cue: "said", Rule: "cue-before:said"}},
	},
	{
		name: "cue-before:reports/present",
		why:  "an outlet 'reports that': the present tense is a cue as the past is",
		src:  "The Daily Ledger reports that the council delayed the vote to “buy more time for the talks.”",
		want: []attribution{{Kind: quote.Partial, Text: "buy more time for the talks.", Speaker: "Daily Ledger", Mention: "The Daily Ledger", Cue: "reports", Rule: "cue-before:reports"}},
	},
	{
		name: "cue-before:blamed/stance",
		why:  "'blamed X on' takes a quoted fragment as the other stance verbs do",
		src:  "Mayor Tom Hale blamed the outage on “a decade of neglect by the utility.”",
		want: []attribution{{Kind: quote.Partial, Text: "a decade of neglect by the utility.", Speaker: "Tom Hale", Mention: "Tom Hale", Title: "Mayor", Cue: "blamed", Rule: "cue-before:blamed"}},
	},
	{
		name: "cue-before:bemoaned/stance",
		why:  "'bemoaned' credits the fragment in its object",
		src:  "Maria Lopez also bemoaned a climate in which neighbours “no longer talk to each other.”",
		want: []attribution{{Kind: quote.Partial, Text: "no longer talk to each other.", Speaker: "Maria Lopez", Mention: "Maria Lopez", Cue: "bemoaned", Rule: "cue-before:bemoaned"}},
	},
	{
		name: "cue-before:condemned/what-she-called",
		why:  "the pronoun of 'what she called' is the outer cue's subject: the outer subject and cue are credited",
		src:  "Secretary General Ana Ruiz condemned what she called a “brazen breach” of the accord.",
		want: []attribution{{Kind: quote.Partial, Text: "brazen breach", Speaker: "Ana Ruiz", Mention: "Ana Ruiz", Title: "Secretary General", Cue: "condemned", Rule: "cue-before:condemned"}},
	},
	{
		name: "possessive-noun/pronoun",
		why:  "a quote in the clause of 'her remark that' is the possessor's words",
		src:  "Ana Ruiz drew criticism this year over her remark that “there is no place for doubt in this city.”",
		want: []attribution{{Kind: quote.Partial, Text: "there is no place for doubt in this city.", Speaker: "Ana Ruiz", Mention: "her", Cue: "remark", Rule: "possessive-noun"}},
	},
	{
		name: "possessive-noun/name",
		why:  "a name's pledge: 'Hale’s pledge to stay “neutral”'",
		src:  "Tom Hale spoke on Monday. Critics pointed to Hale’s pledge to stay “neutral” in the talks.",
		want: []attribution{{Kind: quote.Partial, Text: "neutral", Speaker: "Tom Hale", Mention: "Hale", Cue: "pledge", Rule: "possessive-noun"}},
	},
	{
		name: "possessive-noun/judged-as",
		why:  "'saw Hale’s comments as “Q”': the quote judges the comments, so the noun's possessor does not speak it",
		src:  "Tom Hale spoke on Monday. Many voters saw Hale’s comments as “just campaign talk.”",
		want: []attribution{{Kind: quote.Partial, Text: "just campaign talk.", Rule: "no-cue"}},
	},
	{
		name: "cue-before:said/residence",
		why:  "', of Dayton, Ohio,' between a name and its cue is where the speaker lives",
		src:  "Maria Lopez, of Dayton, Ohio, said she had marched “for the right to vote.”",
		want: []attribution{{Kind: quote.Partial, Text: "for the right to vote.", Speaker: "Maria Lopez", Mention: "Maria Lopez", Cue: "said", Rule: "cue-before:said"}},
	},
	{
		name: "cue-before:said/residence-abbreviated",
		why:  "the state abbreviated with a period: ', of Ashton, Md.,'",
		src:  "Maria Lopez, 59, of Ashton, Md., said she had waited “a lifetime for this day.”",
		want: []attribution{{Kind: quote.Partial, Text: "a lifetime for this day.", Speaker: "Maria Lopez", Mention: "Maria Lopez", Cue: "said", Rule: "cue-before:said"}},
	},
	{
		name: "cue-before:said/adverb",
		why:  "a manner adverb between the name and the cue",
		src:  "Asked about the filibuster, Sen. Maria Lopez cautiously said the rule change was “a last resort.”",
		want: []attribution{{Kind: quote.Partial, Text: "a last resort.", Speaker: "Maria Lopez", Mention: "Maria Lopez", Title: "Sen.", Cue: "said", Rule: "cue-before:said"}},
	},
	{
		name: "cue-before:said/at-the-time",
		why:  "\"at the time\" between the name and the cue",
		src:  "Governor Tom Reilly at the time said the pipeline would be “the safest ever built.”",
		want: []attribution{{Kind: quote.Partial, Text: "the safest ever built.", Speaker: "Tom Reilly", Mention: "Tom Reilly", Title: "Governor", Cue: "said", Rule: "cue-before:said"}},
	},
	{
		name: "cue-before:said/reflexive-aside",
		why:  "\", himself up for reelection,\" is an aside between the name and the cue, not a title",
		src:  "Jon Marsh, himself up for reelection in November, said he opposed the measure because it was “badly drafted.”",
		want: []attribution{{Kind: quote.Partial, Text: "badly drafted.", Speaker: "Jon Marsh", Mention: "Jon Marsh", Cue: "said", Rule: "cue-before:said"}},
	},
	{
		name: "cue-before:said/colon",
		why:  "speaker and cue before a colon",
		src:  "Senator Jane Doe said: “We will not back down.”",
		want: []attribution{{Kind: quote.Direct, Text: "We will not back down.", Speaker: "Jane Doe", Mention: "Jane Doe", Title: "Senator", Cue: "said", Rule: "cue-before:said"}},
	},
	{
		name: "cue-before:said/that",
		why:  "said that “…” is a partial quote, not indirect speech",
		src:  "Chinese Foreign Minister Wang Yi called Blinken.\n\nWithout naming NATO, Wang said that “regional security cannot be guaranteed by strengthening or expanding military blocs.”",
		want: []attribution{{Kind: quote.Partial, Text: "regional security…", Speaker: "Wang Yi", Mention: "Wang", Title: "Chinese Foreign Minister", Cue: "said", Rule: "cue-before:said"}},
	},
	{
		name: "cue-before:added/pronoun",
		why:  "he resolves to the last speaker",
		src:  "Without naming NATO, Wang Yi said that “regional security cannot be guaranteed.” He further added that “Russia’s reasonable security concerns should be taken seriously and resolved.”",
		want: []attribution{{Kind: quote.Partial, Text: "Russia’s reasonable…", Speaker: "Wang Yi", Mention: "He", Cue: "added", Rule: "cue-before:added"}},
	},
	{
		name: "cue-before:quoted as saying/object",
		why:  "the statement quoted Wang: Wang speaks, the statement relays",
		src:  "Chinese Foreign Minister Wang Yi spoke to Blinken.\n\nBeijing’s statement following the Wang-Blinken phone call quoted Wang as saying that “Russia’s reasonable security concerns should be taken seriously”.",
		want: []attribution{{Kind: quote.Partial, Text: "Russia’s reasonable…", Speaker: "Wang Yi", Mention: "Wang", Title: "Chinese Foreign Minister", Via: "Beijing’s statement", Cue: "quoted Wang as saying", Rule: "cue-before:quoted as saying"}},
	},
	{
		name: "cue-before:praised",
		why:  "a fronted adverbial and a praise verb",
		src:  "Chinese President Xi Jinping spoke by video.\n\nThrough a translator, Xi praised Putin for “firmly opposing attempts to drive a wedge between our countries.”",
		want: []attribution{{Kind: quote.Partial, Text: "firmly opposing…", Speaker: "Xi Jinping", Mention: "Xi", Title: "Chinese President", Cue: "praised", Rule: "cue-before:praised"}},
	},
	{
		name: "cue-before:saying/definite-description",
		why:  "the Russian leader resolves to the Russian titled person, and the role that names the speaker here is the quote's title",
		src:  "Russian President Vladimir Putin and Chinese President Xi Jinping spoke.\nDuring their call, Putin and Xi hailed relations, with the Russian leader saying they are based on “such principles as not interfering in internal affairs.”",
		want: []attribution{{Kind: quote.Partial, Text: "such principles…", Speaker: "Vladimir Putin", Mention: "Russian leader", Title: "Russian leader", Cue: "saying", Rule: "cue-before:saying"}},
	},
	{
		name: "cue-before:saying/participle",
		why:  "a participle after a comma takes the main clause's subject, not the nearest noun",
		src:  "Rival candidate Tom Reyes mocked the complaint about the microphone, saying anyone who blames the sound “is not having a good night.”",
		want: []attribution{{Kind: quote.Partial, Text: "is not having a good night.", Speaker: "Tom Reyes", Mention: "Tom Reyes", Title: "Rival candidate", Cue: "saying", Rule: "cue-before:saying"}},
	},
	{
		name: "reported-chain:said",
		why:  "Ushakov reports what Xi said: both kept",
		src:  "During Wednesday’s talks with Russian President Vladimir Putin, Chinese President Xi Jinping said he “understands Russia’s concerns and fully supports our initiative,” Putin’s foreign affairs adviser, Yuri Ushakov, said.",
		want: []attribution{{Kind: quote.Partial, Text: "understands Russia’s concerns…", Speaker: "Xi Jinping", Mention: "Xi Jinping", Title: "Chinese President", Reporter: "Yuri Ushakov", Cue: "said", Rule: "reported-chain:said"}},
	},
	{
		name: "according-to",
		why:  "according to X after the quote",
		src:  "“The talks were productive,” according to a senior State Department official.",
		want: []attribution{{Kind: quote.Direct, Text: "The talks were productive", Speaker: "a senior State Department official", Mention: "a senior State Department official", Title: "senior State Department official", Cue: "according to", Rule: "according-to"}},
	},
	{
		name: "dash-attribution",
		why:  "a reader quote signed with a dash",
		src:  "“We are not afraid of this man.” ― Maria Lopez\n“Nobody listens to us.” ― Jorge Alvarez",
		want: []attribution{
			{Kind: quote.Direct, Text: "We are not afraid of this man.", Speaker: "Maria Lopez", Mention: "Maria Lopez", Rule: "dash-attribution"},
			{Kind: quote.Direct, Text: "Nobody listens to us.", Speaker: "Jorge Alvarez", Mention: "Jorge Alvarez", Rule: "dash-attribution"},
		},
	},
	{
		name: "same-paragraph-continuation",
		why:  "a second quote in the speaker's paragraph is theirs",
		src:  "“Our Chinese friends are paying close attention to the talks,” Andrey Denisov, the Russian ambassador to China, said. “There’s no need to hide any content.”",
		want: []attribution{{Kind: quote.Direct, Text: "There’s no need to hide any content.", Speaker: "Andrey Denisov", Mention: "Andrey Denisov", Title: "the Russian ambassador to China", Rule: "same-paragraph-continuation"}},
	},
	{
		name: "previous-sentence-speaker",
		why:  "an uncued quote opening the next paragraph goes to the last speaker, with low confidence",
		src:  "Governor Ann Patel said the budget would pass.\n\n“We have the votes.”",
		want: []attribution{{Kind: quote.Direct, Text: "We have the votes.", Speaker: "Ann Patel", Mention: "Ann Patel", Title: "Governor", Rule: "previous-sentence-speaker"}},
	},
	{
		name: "same-sentence",
		why:  "a second fragment in the same sentence shares the first's speaker",
		src:  "Chinese President Xi Jinping met Putin. The ministry said Xi told Putin that he “greatly looks forward to this meeting” and pledges to work with him “to make relations a happy one.”",
		want: []attribution{{Kind: quote.Partial, Text: "to make relations a happy one.", Speaker: "Xi Jinping", Mention: "Xi", Title: "Chinese President", Via: "ministry", Cue: "told", Rule: "same-sentence"}},
	},
	{
		name: "sentence-tail:said",
		why:  "a quote inside content closed by ', X said'",
		src:  "The plan was “dead on arrival” in the Senate, a senior aide said.",
		want: []attribution{{Kind: quote.Partial, Text: "dead on arrival", Speaker: "a senior aide", Mention: "a senior aide", Title: "senior aide", Cue: "said", Rule: "sentence-tail:said"}},
	},
	{
		name: "quoted-predicate",
		why:  "a headline: a name, then the quoted words as its predicate",
		src:  "Kremlin “deeply concerned” over new sanctions",
		want: []attribution{{Kind: quote.Partial, Text: "deeply concerned", Speaker: "Kremlin", Mention: "Kremlin", Rule: "quoted-predicate"}},
	},
	{
		name: "cue-before:defends/headline",
		why:  "a headline with a bar between subject and verb",
		src:  "China | Defends Russia’s “reasonable concerns”",
		want: []attribution{{Kind: quote.Partial, Text: "reasonable concerns", Speaker: "China", Mention: "China", Cue: "Defends", Rule: "cue-before:defends"}},
	},
	{
		name: "cue-before:chanted/object-noun",
		why:  "a noun inside a prepositional phrase before the cue is not its subject; the noun the participle phrase follows is",
		src:  "Protesters marching through the streets chanted “What curfew?” and kept going.",
		want: []attribution{{Kind: quote.Partial, Text: "What curfew?", Speaker: "Protesters", Mention: "Protesters", Cue: "chanted", Rule: "cue-before:chanted"}},
	},
	{
		name: "no-cue",
		why:  "nothing licenses an attribution: no speaker",
		src:  "The so-called “red lines” of the alliance remain unclear.",
		want: []attribution{{Kind: quote.Partial, Text: "red lines", Rule: "no-cue"}},
	},
	{
		name: "term",
		why:  "terms get no speaker",
		src:  "They discussed the creation of the “Quad” of Australia, India, Japan and the United States.",
		want: []attribution{{Kind: quote.Term, Text: "Quad"}},
	},
	{
		name: "indirect:deny/gerund",
		why:  "a denied gerund phrase is the content; a new verb phrase after and is the subject's again",
		src:  "Russia denies harbouring plans to storm its neighbour and seeks guarantees that NATO will not expand to Ukraine.",
		want: []attribution{{Kind: quote.Indirect, Text: "harbouring plans to storm its neighbour", Speaker: "Russia", Mention: "Russia", Cue: "denies", Rule: "indirect:denies"}},
	},
	{
		name: "indirect:deny/participle-cut",
		why:  "a comma and a speech verb's participle end the content: the accusing is the Kremlin's",
		src:  "The Kremlin denies that it has any plans to attack Ukraine, in turn accusing Ukraine of building up its own military in the east.",
		want: []attribution{{Kind: quote.Indirect, Text: "it has any plans to attack Ukraine", Speaker: "Kremlin", Mention: "The Kremlin", Cue: "denies", Rule: "indirect:denies"}},
	},
	{
		name: "indirect:said/adding",
		why:  "“, adding that …” ends the first content and opens a second one for the same speaker",
		src:  "The senator said the bill would cut taxes for families, adding that it would pass by summer.",
		want: []attribution{
			{Kind: quote.Indirect, Text: "the bill would cut taxes for families", Speaker: "the senator", Mention: "The senator", Title: "senator", Cue: "said", Rule: "indirect:said"},
			{Kind: quote.Indirect, Text: "it would pass by summer", Speaker: "the senator", Mention: "The senator", Title: "senator", Cue: "adding", Rule: "indirect:adding"},
		},
	},
	{
		name: "indirect:said/that",
		why:  "the content after that, to the clause end, period excluded",
		src:  "Chinese Foreign Minister Wang Yi spoke.\nWang said that regional security cannot be guaranteed by strengthening military blocs.",
		want: []attribution{{Kind: quote.Indirect, Text: "regional security cannot be guaranteed by strengthening military blocs", Speaker: "Wang Yi", Mention: "Wang", Title: "Chinese Foreign Minister", Cue: "said", Rule: "indirect:said"}},
	},
	{
		name: "indirect:emphasised",
		why:  "British spelling, fronted according-to phrase",
		src:  "During the call, according to the statement, Wang emphasised that the security of one country should not be at the expense of the security of others.",
		want: []attribution{{Kind: quote.Indirect, Text: "the security of one country should not be at the expense of the security of others", Speaker: "Wang", Mention: "Wang", Cue: "emphasised", Rule: "indirect:emphasised"}},
	},
	{
		name: "indirect:said/bare-clause",
		why:  "say takes a clause without that",
		src:  "Putin said he plans to meet with Xi in person in Beijing in February.",
		want: []attribution{{Kind: quote.Indirect, Text: "he plans to meet with Xi in person in Beijing in February", Speaker: "Putin", Mention: "Putin", Cue: "said", Rule: "indirect:said"}},
	},
	{
		name: "indirect:said/channel",
		why:  "a trailing 'as reported by' is the channel, cut from the content",
		src:  "China’s Foreign Minister Xi Jinping said that several international forces are arbitrarily meddling in the internal affairs of China and Russia, as reported by CCTV.",
		want: []attribution{{Kind: quote.Indirect, Text: "several international forces are arbitrarily meddling in the internal affairs of China and Russia", Speaker: "Xi Jinping", Mention: "Xi Jinping", Title: "China’s Foreign Minister", Via: "CCTV", Cue: "said", Rule: "indirect:said"}},
	},
	{
		name: "indirect-content-first:said",
		why:  "CONTENT, X said: the tail speaker owns the content even when it holds a cue",
		src:  "Russian President Vladimir Putin stressed the need for legally binding security guarantees, Ushakov said.",
		want: []attribution{{Kind: quote.Indirect, Text: "Russian President Vladimir Putin stressed the need for legally binding security guarantees", Speaker: "Ushakov", Mention: "Ushakov", Cue: "said", Rule: "indirect-content-first:said"}},
	},
	{
		name: "indirect:called on/directive",
		why:  "a directive's object and infinitive are the content; a closing comment on the clause is not",
		src:  "Russia has called on NATO to pledge not to expand into Ukraine, a request rejected by the West.",
		want: []attribution{{Kind: quote.Indirect, Text: "NATO to pledge not to expand into Ukraine", Speaker: "Russia", Mention: "Russia", Cue: "called on", Rule: "indirect:called on"}},
	},
	{
		name: "indirect:said/time-phrase",
		why:  "a time phrase between subject and cue",
		src:  "Senator Ruth Adler on Tuesday said she wants to close four provisions in the tax code.",
		want: []attribution{{Kind: quote.Indirect, Text: "she wants to close four provisions in the tax code", Speaker: "Ruth Adler", Mention: "Ruth Adler", Title: "Senator", Cue: "said", Rule: "indirect:said"}},
	},
	{
		name: "indirect:said/group",
		why:  "speakers named together form a group named by their full names",
		src:  "Russian President Vladimir Putin met Chinese President Xi Jinping.\nPutin and Xi said that relations between their countries had never been better.",
		want: []attribution{{Kind: quote.Indirect, Text: "relations between their countries had never been better", Speaker: "Vladimir Putin and Xi Jinping", Mention: "Putin and Xi", Cue: "said", Rule: "indirect:said"}},
	},
	{
		name: "indirect/no-object-clause",
		why:  "stressed + a noun phrase is no reported clause",
		src:  "The two countries have stressed the importance of their relationship in recent months.",
	},
	{
		name: "indirect/alias",
		why:  "a capital city speaking is its state",
		src:  "Beijing said the talks with Washington had been constructive.",
		want: []attribution{{Kind: quote.Indirect, Text: "the talks with Washington had been constructive", Speaker: "China", Mention: "Beijing", Cue: "said", Rule: "indirect:said"}},
	},
	{
		name: "cue-before:calls",
		why:  "the present tense of call credits a quoted label",
		src:  "Senator Mary Okafor calls the budget deal a “surrender” to the banks.",
		want: []attribution{{Kind: quote.Partial, Text: "surrender", Speaker: "Mary Okafor", Mention: "Mary Okafor", Title: "Senator", Cue: "calls", Rule: "cue-before:calls"}},
	},
	{
		name: "cue-before:likened",
		why:  "liken X to “Q” is a stance verb like compare",
		src:  "At a rally in Ohio, Governor Dan Whitlock likened the tax plan to a “slow-motion robbery” of retirees.",
		want: []attribution{{Kind: quote.Partial, Text: "slow-motion robbery", Speaker: "Dan Whitlock", Mention: "Dan Whitlock", Title: "Governor", Cue: "likened", Rule: "cue-before:likened"}},
	},
	{
		name: "cue-before:said/long-appositive",
		why:  "an appositive with a relative clause longer than a dozen words",
		src:  "Bill Carver, a Kansas farmer who had chaired the county party for most of the last two decades until he resigned, said the candidate had been misled by “insiders” in Washington.",
		want: []attribution{{Kind: quote.Partial, Text: "insiders", Speaker: "Bill Carver", Mention: "Bill Carver", Title: "a Kansas farmer who had chaired the county party for most of the last two decades until he resigned", Cue: "said", Rule: "cue-before:said"}},
	},
	{
		name: "cue-before:claiming/contraction",
		why:  "the ’s of “He’s” is an auxiliary, the pronoun the subject",
		src:  "Mayor Ruth Alvarez spoke for an hour. She’s claiming that the audit is “a political stunt” by her rivals.",
		want: []attribution{{Kind: quote.Partial, Text: "a political stunt", Speaker: "Ruth Alvarez", Mention: "She", Title: "Mayor", Cue: "claiming", Rule: "cue-before:claiming"}},
	},
	{
		name: "according-to/title-outside-lexicon",
		why:  "a descriptive title the lexicon lacks, closed by the comma",
		src:  "According to veteran labor organizer Tomas Reyes, the new contract amounts to “a pay cut in disguise.”",
		want: []attribution{{Kind: quote.Partial, Text: "a pay cut in disguise.", Speaker: "Tomas Reyes", Mention: "Tomas Reyes", Title: "veteran labor organizer", Cue: "According to", Rule: "according-to"}},
	},
	{
		name: "according-to/no-name",
		why:  "a lower-case phrase before the comma names nobody",
		src:  "According to some estimates, the storm caused “billions” in damage.",
		want: []attribution{{Kind: quote.Partial, Text: "billions", Rule: "no-cue"}},
	},
	{
		name: "reported-chain:expressed/pair",
		why:  "“the pair” is the two people just mentioned, the reporter left out",
		src:  "Russian President Vladimir Putin held a video call with Chinese President Xi Jinping on Wednesday, Kremlin aide Yuri Ushakov said.\nHe said the pair also expressed their “negative view” of new military alliances.",
		want: []attribution{{Kind: quote.Partial, Text: "negative view", Speaker: "Vladimir Putin and Xi Jinping", Mention: "the pair", Reporter: "Yuri Ushakov", Cue: "expressed", Rule: "reported-chain:expressed"}},
	},
	{
		name: "cue-before:called/two-leaders",
		why:  "“the two leaders” is a group of the two people named before",
		src:  "Senator Ann Lowe met Governor Mark Tully in Albany on Friday. The two leaders later called the plan “a dead end.”",
		want: []attribution{{Kind: quote.Partial, Text: "a dead end.", Speaker: "Ann Lowe and Mark Tully", Mention: "The two leaders", Cue: "called", Rule: "cue-before:called"}},
	},
	{
		name: "cue-before:called/pair-alone",
		why:  "with one person in view “the pair” stays a phrase, not a group",
		src:  "Governor Mark Tully spoke on Friday. The pair later called the plan “a dead end.”",
		want: []attribution{{Kind: quote.Partial, Text: "a dead end.", Speaker: "the pair", Mention: "The pair", Cue: "called", Rule: "cue-before:called"}},
	},
	{
		name: "indirect:according-to/opening",
		why:  "a sentence-opening “According to X,” credits the clause after the comma",
		src:  "According to the mayor, the recount will finish before the end of the month.",
		want: []attribution{{Kind: quote.Indirect, Text: "the recount will finish before the end of the month", Speaker: "the mayor", Mention: "the mayor", Title: "mayor", Cue: "According to", Rule: "indirect:according-to"}},
	},
	{
		name: "indirect:said/that-inside-content",
		why:  "a “that” after the clause has begun is a relative pronoun, not the complementiser",
		src:  "Police Commissioner James Ortiz said officials are reviewing video that shows the explosion.",
		want: []attribution{{Kind: quote.Indirect, Text: "officials are reviewing video that shows the explosion", Speaker: "James Ortiz", Mention: "James Ortiz", Title: "Police Commissioner", Cue: "said", Rule: "indirect:said"}},
	},
	{
		name: "indirect-content-first/asked-opener",
		why:  "Asked about X, NAME said: the participle opener is no reported content",
		src:  "Asked about the race on Monday, Ada Quinn said it was “not likely.”",
	},
	{
		name: "indirect:says/adverb",
		why:  "an adverb such as “now” between the subject and the cue",
		src:  "Senator Mary Okafor now says she opposes the trade deal.",
		want: []attribution{{Kind: quote.Indirect, Text: "she opposes the trade deal", Speaker: "Mary Okafor", Mention: "Mary Okafor", Title: "Senator", Cue: "says", Rule: "indirect:says"}},
	},
}

func TestRules(t *testing.T) {
	a, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range ruleTests {
		t.Run(tc.name, func(t *testing.T) {
			src := []byte(tc.src)
			r := a.Attribute(src, findQuotes(tc.src))
			if tc.want == nil {
				for _, q := range r.Quotes {
					if q.Kind == quote.Indirect {
						t.Errorf("%s: unexpected indirect quote %v (rule %s)", tc.why, q, q.Rule)
					}
				}
			}
			for _, w := range tc.want {
				var q *quote.Quote
				for i := range r.Quotes {
					if w.matches(&r.Quotes[i]) {
						q = &r.Quotes[i]
						break
					}
				}
				if q == nil {
					t.Errorf("%s: no %s quote %q in %v", tc.why, w.Kind, w.Text, r.Quotes)
					continue
				}
				if g := got(w, q); g != w {
					t.Errorf("%s (-want +got):\n-%v\n+%v", tc.why, w, g)
				}
			}
		})
	}
}
