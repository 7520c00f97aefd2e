package attribute

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-nlp/verbatim/quote"
)

// cueCase is one sentence shape of the cue grammar: the quote whose text
// starts with prefix gets speaker, title (compared whole) and rule.
type cueCase struct {
	name, why, src               string
	prefix, speaker, title, rule string
}

// The sentences are written for these tests in the shapes real news
// uses; none is taken from an evaluation set.
var cueCases = []cueCase{
	{
		name: "role-before-name/after", why: "a lower-case role before the name is its title, whole",
		src:    "“We deserved it,” Argentina coach Lionel Scaloni said after the final.",
		prefix: "We deserved", speaker: "Lionel Scaloni", title: "Argentina coach", rule: "cue-after:said",
	},
	{
		name: "role-before-name/before", why: "the whole title, not its last lexicon words",
		src:    "Minnesota Attorney General Keith Ellison said: “This is accountability.”",
		prefix: "This is", speaker: "Keith Ellison", title: "Minnesota Attorney General", rule: "cue-before:said",
	},
	{
		name: "role-before-name/modifier", why: "an adjective before the title is part of it",
		src:    "“We are back,” current Acme CEO Dana Whitfield tweeted on Monday.",
		prefix: "We are back", speaker: "Dana Whitfield", title: "current Acme CEO", rule: "cue-after:tweeted",
	},
	{
		name: "inverted/role-comma-name", why: "said the mayor, NAME: the name speaks, the role is its title",
		src:    "“The shelter is full,” said the mayor, Elena Vasquez.",
		prefix: "The shelter", speaker: "Elena Vasquez", title: "the mayor", rule: "cue-after:said",
	},
	{
		name: "inverted/role-comma-name-of", why: "a place after the name is an affiliation, not the name",
		src:    "“What a day,” said another brother, Tom Greer, of Ohio.",
		prefix: "What a day", speaker: "Tom Greer", title: "another brother", rule: "cue-after:said",
	},
	{
		name: "inverted/role-name", why: "said ROLE NAME: the role is the title",
		src:    "“It was a long night,” said Ohio striker Ben Marsh.",
		prefix: "It was", speaker: "Ben Marsh", title: "Ohio striker", rule: "cue-after:said",
	},
	{
		name: "inverted/honorific", why: "Rev. is an honorific: the person, not an organisation",
		src:    "“We will march,” said the Rev. Al Sharpton.",
		prefix: "We will march", speaker: "Al Sharpton", rule: "cue-after:said",
	},
	{
		name: "appositive-title-first", why: "TITLE, NAME, said: the name after the title",
		src:    "“It is fine,” Greer’s brother, Paul Greer, said at a news conference.",
		prefix: "It is fine", speaker: "Paul Greer", title: "Greer’s brother", rule: "cue-after:said",
	},
	{
		name: "describing-words", why: "a smiling NAME said: the words are no title",
		src:    "“I am not worried,” a smiling Clinton said.",
		prefix: "I am not", speaker: "Clinton", title: "", rule: "cue-after:said",
	},
	{
		name: "participle-cue", why: "a two-word -ing cue takes the subject of the main clause",
		src:    "Dana Reyes held a press conference with the family, calling for Americans to “keep marching.”",
		prefix: "keep marching", speaker: "Dana Reyes", title: "", rule: "cue-before:calling for",
	},
	{
		name: "participle-aside", why: "an -ing aside between the subject and its cue",
		src:    "Mr Dunne, addressing the nation alongside deputy Mary Cole, welcomed the verdict but acknowledged: “It is not enough.”",
		prefix: "It is not", speaker: "Dunne", rule: "cue-before:welcomed",
	},
	{
		name: "doubled-apostrophes", why: "an '' mark is two tokens: the cue after the second one is found",
		src:    "Taxes rose.\n\n''There is a lot of new complexity,'' said Mr. Burman.",
		prefix: "There is", speaker: "Burman", rule: "cue-after:said",
	},
	{
		name: "lexicon/quipped", why: "speech verbs the lexicon lacked, with inflections",
		src:    "“I have had worse Mondays,” Jo Park quipped.\n\n“Not again,” Sam Ortiz sighed.\n\n“Enough,” Lee Tan fumed.",
		prefix: "Not again", speaker: "Sam Ortiz", title: "", rule: "cue-after:sighed",
	},
	{
		name: "lexicon/posted", why: "a post is a cue; the noun is not",
		src:    "Ray Voss posted on X: “The deal is done.”",
		prefix: "The deal", speaker: "Ray Voss", title: "", rule: "cue-before:posted",
	},
	{
		name: "label", why: "a name and a colon open the paragraph",
		src:    "Reactions after the final:\nOrtega: “We gave everything tonight.”\nBaines: “It is the best day of my life.”",
		prefix: "It is the best", speaker: "Baines", title: "", rule: "label",
	},
	{
		name: "caption/same-paragraph", why: "a name and a title close the quote's paragraph, with no cue",
		src:    "‘We will rebuild together’ Maria Lentz , Mayor Elect\n\nThe count ended overnight.",
		prefix: "We will rebuild", speaker: "Maria Lentz", title: "Mayor Elect", rule: "caption",
	},
	{
		name: "caption/next-paragraph", why: "a paragraph holding only a titled name follows the quote's paragraph",
		src:    "The deputy also spoke.\n\n“This verdict brings us closer to justice.”\n\nUS Vice President Dana Cole\n\nThe family gathered at home.",
		prefix: "This verdict", speaker: "Dana Cole", title: "US Vice President", rule: "caption",
	},
	{
		name: "intro-paragraph/bare-cue", why: "a paragraph that ends with its cue introduces the next",
		src:    "The chief executive responded within the hour.\n\nRaj Mehta tweeted\n\n“We remain committed to the partnership.”",
		prefix: "We remain", speaker: "Raj Mehta", title: "", rule: "intro-paragraph:tweeted",
	},
	{
		name: "intro-paragraph/adverbial", why: "only an adverbial follows the cue",
		src:    "Green Party leader Jane Roe quickly conceded on Sunday night.\n\"With 43% of the vote, this is a striking result.\"",
		prefix: "With 43%", speaker: "Jane Roe", title: "Green Party leader", rule: "intro-paragraph:conceded",
	},
	{
		name: "intro-paragraph/semicolon", why: "a document introduces the quote with a semicolon",
		src:    "The board met on Friday.\n\nThe statement read;\n\n“The departure follows a review by the board.”",
		prefix: "The departure", speaker: "the statement", title: "", rule: "intro-paragraph:read",
	},
	{
		name: "intro-paragraph/not-reported-speech", why: "reported speech before the quote is no intro: the speaker carries over",
		src:    "Governor Ann Patel said the budget would pass.\n\n“We have the votes.”",
		prefix: "We have", speaker: "Ann Patel", title: "Governor", rule: "previous-sentence-speaker",
	},
	{
		name: "carry/after-long-quote", why: "a quote over two paragraphs ends two sentences after it opens; the next uncued quote carries its speaker",
		src:    "In a statement, Dana Reyes said, “The harbour will reopen on Monday.\n\n“Our crews have worked through the night to clear it.”\n\n“We thank every volunteer who came.”",
		prefix: "We thank", speaker: "Dana Reyes", title: "", rule: "previous-sentence-speaker",
	},
	{
		name: "previous-sentence-subject/relative", why: "the sentence before the quote names its subject, a relative clause after the name, and no cue",
		src:    "Mara Quint, who chaired the union until March, backed the merger. “It is the right deal for our members.”",
		prefix: "It is the right", speaker: "Mara Quint", title: "", rule: "previous-sentence-subject",
	},
	{
		name: "previous-sentence-subject/heading", why: "a section heading sits between the subject's sentence and the quote paragraph",
		src:    "Coach Dan Pike met reporters after the final.\n\nThe match\n\n“It was a hard game for both sides.”",
		prefix: "It was a hard", speaker: "Dan Pike", title: "Coach", rule: "previous-sentence-subject",
	},
	{
		name: "previous-sentence-subject/lone-capital", why: "a lone capitalised word opening the sentence is no person to credit without a cue",
		src:    "Crews worked through the night near the ridge.\n\n“We have never seen wind like this.”",
		prefix: "We have never", speaker: "", title: "", rule: "no-cue",
	},
	{
		name: "previous-sentence-subject/lone-name-label", why: "a lone word that is no English word and opens a label line elsewhere is a name: it speaks the quote paragraphs after its sentence and a heading",
		src:    "Okafor: we fought for every ball tonight.\n\nThe home side won on penalties. Okafor attended a press conference after the match.\nThe match\n“We fought for every ball and the fans carried us.”\nThe future\n“We will not sell our best players in the summer.”",
		prefix: "We will not sell", speaker: "Okafor", title: "", rule: "previous-sentence-speaker",
	},
	{
		name: "previous-sentence-subject/lone-name-mid-sentence", why: "a lone word that is no English word and is capitalised inside a sentence elsewhere is a name",
		src:    "The visitors had no answer for Okafor in the second half.\n\nOkafor stayed on the pitch long after the final whistle.\n\n“It was the best night of my career.”",
		prefix: "It was the best", speaker: "Okafor", title: "", rule: "previous-sentence-subject",
	},
	{
		name: "previous-sentence-subject/lone-name-once", why: "a word that is no English word but is written nowhere else is too little to be a person",
		src:    "Okafor stayed on the pitch long after the final whistle.\n\n“It was the best night of my career.”",
		prefix: "It was the best", speaker: "", title: "", rule: "no-cue",
	},
	{
		name: "previous-sentence-subject/lone-english-word", why: "an English word is no name, even where a newsletter's title capitalises it inside a sentence",
		src:    "Most lawmakers read Briefing before breakfast.\n\nBriefing put the mayor six points behind.\n\n“We are not worried about the numbers.”",
		prefix: "We are not worried", speaker: "", title: "", rule: "no-cue",
	},
	{
		name: "previous-sentence-subject/lone-plural", why: "a plural of an English word opening the sentence is no person",
		src:    "Polls put the mayor six points behind on Sunday.\n\n“We are not worried about the numbers.”",
		prefix: "We are not worried", speaker: "", title: "", rule: "no-cue",
	},
	{
		name: "previous-sentence-subject/lone-preposition", why: "a capitalised preposition opening the sentence is no person",
		src:    "Among the delegates were three former mayors.\n\n“We came here to be heard.”",
		prefix: "We came here", speaker: "", title: "", rule: "no-cue",
	},
	{
		name: "previous-sentence-subject/lone-name-quoted-title", why: "a word capitalised elsewhere only inside quote marks is a title there, not a name",
		src:    "The network will revive “Zandor” next year.\n\nZandor, the gadget-loving spy, returns in the autumn.\n\n“We wanted the old fans back.”",
		prefix: "We wanted", speaker: "", title: "", rule: "no-cue",
	},
	{
		name: "carry/heading-lower-case", why: "after a heading, a quote paragraph opening in lower case goes on in the same voice",
		src:    "Coach Dan Pike met reporters after the final.\n\n“It was a hard game for both sides.”\n\nThe future\n\n“to be honest, we will rebuild this squad over the summer.”",
		prefix: "to be honest", speaker: "Dan Pike", title: "Coach", rule: "previous-sentence-speaker",
	},
	{
		name: "next-quote-speaker", why: "a statement cut into pieces by the reporter's words: the first piece takes the speaker of the cued last piece",
		src:    "The flood has closed two bridges.\n\n“So far, we have counted 300 homes under water” in the valley, “and the count will keep rising,” said regional governor Ines Okoro.",
		prefix: "So far", speaker: "Ines Okoro", title: "regional governor", rule: "next-quote-speaker",
	},
	{
		name: "kin/possessive", why: "a named person's relatives speak as that person's family, by the fullest name",
		src:    "Police shot Dan Hale on Monday.\n\nHale’s family called the shooting “an execution” and asked for the video.",
		prefix: "an execution", speaker: "Dan Hale’s family", title: "", rule: "cue-before:called",
	},
	{
		name: "kin/adjective", why: "an adjective between the possessive and the relation is no participle phrase and is dropped from the name",
		src:    "Police shot Dan Hale on Monday.\n\nHale’s grieving widow called the shooting “an execution” on Tuesday.",
		prefix: "an execution", speaker: "Dan Hale’s widow", title: "", rule: "cue-before:called",
	},
	{
		name: "kin/age-possessor", why: "an age names no one for sure: the relatives stay a role, not some person's family",
		src:    "Officer Tom Reyes shot Dan Hale on Monday.\n\nThe 46-year-old’s family called the shooting “an execution” on Tuesday.",
		prefix: "an execution", speaker: "the 46-year-old’s family", title: "", rule: "cue-before:called",
	},
	{
		name: "passive-by", why: "a passive cue credits its agent, with the agent's appositive as title",
		src:    "“Justice has come for the family.” This was said by Ken Brook, one of the lawyers of the family.",
		prefix: "Justice has", speaker: "Ken Brook", title: "one of the lawyers of the family", rule: "cue-after:said by",
	},
	{
		name: "participle-qualifies-object", why: "in described X saying … as “Q” the describing verb speaks",
		src:    "Mayor Ada Quinn spoke on Friday. She described residents saying they saw no help as “troublemakers”.",
		prefix: "troublemakers", speaker: "Ada Quinn", title: "Mayor", rule: "cue-before:described",
	},
	{
		name: "participle-with-subject", why: "with X saying: the participle keeps its own subject",
		src:    "Ann Lee and Bo Chen praised the deal, with the Korean leader Bo Chen saying it rests on “mutual trust.”",
		prefix: "mutual trust", speaker: "Bo Chen", title: "Korean leader", rule: "cue-before:saying",
	},
	{
		name: "participle-parenthesis", why: "a parenthesis inside the main clause's subject",
		src:    "United Nations (UN) Envoy Rosa Diaz has reacted to the ruling, describing it as a “step forward.”",
		prefix: "step forward", speaker: "Rosa Diaz", title: "United Nations (UN) Envoy", rule: "cue-before:describing",
	},
	{
		name: "participle-descriptor-first", why: "The world’s richest man, NAME verb …, saying: the name is the subject",
		src:    "The world’s richest woman, Mara Voss has bought the paper, saying she plans to “rescue” it.",
		prefix: "rescue", speaker: "Mara Voss", title: "", rule: "cue-before:saying",
	},
	{
		name: "colon-intro/verb", why: "no cue before the colon: the clause's subject speaks the quote after it",
		src:    "The council met on Monday. Then Ada Quinn gave the crowd a simple message: “Go home and vote.”",
		prefix: "Go home", speaker: "Ada Quinn", title: "", rule: "colon-intro",
	},
	{
		name: "colon-intro/asked-opener", why: "Asked about X, NAME VERB: the participle opener is no subject",
		src:    "Tom Hale watched the vote. Asked about the closure, Hale resisted: “Governors cannot suspend the law.”",
		prefix: "Governors cannot", speaker: "Tom Hale", title: "", rule: "colon-intro",
	},
	{
		name: "colon-intro/paragraph", why: "a paragraph ending NAME VERB: over a quote paragraph",
		src:    "Tom Hale watched the vote from the back. Tom Hale shrugged:\n\n“He speaks his mind, and people like that.”\n",
		prefix: "He speaks", speaker: "Tom Hale", title: "", rule: "colon-intro",
	},
	{
		name: "colon-intro/dash-name", why: "a name alone after a dash and before the colon, as in a round-up",
		src:    "The early polls were wrong. POLLS WERE EARLY - Jane Roe: “The samples were too small.”",
		prefix: "The samples", speaker: "Jane Roe", title: "", rule: "colon-intro",
	},
	{
		name: "colon-intro/thing", why: "a subject that is no person or organisation speaks nothing",
		src:    "The rules are simple: “No phones in the hall.”",
		prefix: "No phones", speaker: "", title: "", rule: "no-cue",
	},
	{
		name: "colon-intro/cue-after", why: "a cue after the quote, even one the grammar cannot read, rules the colon out",
		src:    "Ada Quinn started a campaign to print the book: “Publish the book they fear” the pitch on the site says.",
		prefix: "Publish the", speaker: "", title: "", rule: "no-cue",
	},
	{
		name: "inverted/descriptor", why: "said DET WORDS HEAD: an unnamed speaker described in lower case",
		src:    "“We ran out of bread by noon,” said a longtime volunteer at the shelter.",
		prefix: "We ran out", speaker: "a longtime volunteer", title: "", rule: "cue-after:said",
	},
	{
		name: "inverted/descriptor-relative", why: "the description ends at the comma of its relative clause",
		src:    "“Nobody told us anything,” said the woman, who asked that her name not be used.",
		prefix: "Nobody told", speaker: "the woman", title: "", rule: "cue-after:said",
	},
	{
		name: "inverted/descriptor-one-of", why: "said one of those advisers: the partitive is the speaker",
		src:    "''There is no path left,'' said one of those advisers, who spoke on condition of anonymity.",
		prefix: "There is no path", speaker: "one of those advisers", title: "", rule: "cue-after:said",
	},
	{
		name: "inverted/descriptor-capitals-inside", why: "capitalised words inside the description keep it whole",
		src:    "“Who is paying for this?” asked one county GOP leader.",
		prefix: "Who is paying", speaker: "one county GOP leader", title: "one county GOP leader", rule: "cue-after:asked",
	},
	{
		name: "inverted/no-participle", why: "“Q,” saying the city …: a participle after a quote has no inverted subject",
		src:    "Ada Quinn praised the “city values,” citing a recent poll.",
		prefix: "city values", speaker: "Ada Quinn", title: "", rule: "cue-before:praised",
	},
	{
		name: "inverted/quote-as-subject", why: "the “Q” reflects X: with no comma the quote is the subject, not a cue's content",
		src:    "In the end the “gig economy” reflects an improvement on the old one.",
		prefix: "gig economy", speaker: "", title: "", rule: "no-cue",
	},
	{
		name: "participle-after-openers", why: "several adverbials open the main clause before its subject",
		src:    "Yet on Friday, after staying quiet for weeks, Nora Quist endorsed the mayor, saying, “She is the fighter this city needs.”",
		prefix: "She is", speaker: "Nora Quist", title: "", rule: "cue-before:saying",
	},
	{
		name: "participle-after-place-opener", why: "a place with commas inside the opening adverbial",
		src:    "At a town hall in Dayton, Ohio, on Monday, Senator Ada Quinn of Ohio backed the budget, saying cuts would “hurt the schools.”",
		prefix: "hurt the", speaker: "Ada Quinn", title: "Senator", rule: "cue-before:saying",
	},
	{
		name: "participle-after-time-phrase", why: "a time phrase is no subject: Hours later, NAME …, telling",
		src:    "Hours later, Nora Quist answered the governor, telling reporters, “We will not back down.”",
		prefix: "We will", speaker: "Nora Quist", title: "", rule: "cue-before:telling",
	},
	{
		name: "participle-after-then", why: "an adverb opening the clause is one word, not a phrase to the comma",
		src:    "Then Quist turned on the mayor, calling him “a coward.”",
		prefix: "a coward", speaker: "Quist", title: "", rule: "cue-before:calling",
	},
	{
		name: "participle-after-adverbial", why: ", at one point calling: an adverbial between the comma and the participle",
		src:    "Ada Quinn has feuded with the council for months, at one point calling its chairman “a liar.”",
		prefix: "a liar", speaker: "Ada Quinn", title: "", rule: "cue-before:calling",
	},
	{
		name: "participle-after-by", why: "by saying: the subject of the main clause speaks",
		src:    "Nora Quist distanced herself from the plan by saying it was “dead on arrival.”",
		prefix: "dead on", speaker: "Nora Quist", title: "", rule: "cue-before:saying",
	},
	{
		name: "participle-after-said", why: "CONTENT, NAME said, adding: the participle goes on the cue's speaker, not the sentence's subject",
		src:    "Tom Hale and Ada Quinn will meet next week, Dan Spicer said, adding, “They need to talk.”",
		prefix: "They need", speaker: "Dan Spicer", title: "", rule: "cue-before:adding",
	},
	{
		name: "participle-after-said-time", why: "a time word between the cue and the comma",
		src:    "Mourners left early, Ada Quinn said Monday, adding, “He was a quiet man.”",
		prefix: "He was", speaker: "Ada Quinn", title: "", rule: "cue-before:adding",
	},
	{
		name: "participle-after-object", why: "a cue with an object before the comma (attack X, saying) is no say verb: the subject speaks",
		src:    "Ada Quinn spoke first. She went on to attack Tom Hale, saying the nominee “has not given this much thought.”",
		prefix: "has not", speaker: "Ada Quinn", title: "", rule: "cue-before:saying",
	},
	{
		name: "aside/place-with-comma", why: "NAME, during … in Columbus, Ohio, said: the name before the aside, not the place inside it",
		src:    "Jane Roe, during a town hall meeting in Columbus, Ohio, said she was “going to fight.”",
		prefix: "going to", speaker: "Jane Roe", title: "", rule: "cue-before:said",
	},
	{
		name: "aside/party-label-relative", why: "NAME (party), who backed X, said: the name before the label, not X",
		src:    "Sen. Claire Hale (D-Mo.), who has endorsed Tom Hart, said the race was “far from over.”",
		prefix: "far from", speaker: "Claire Hale", title: "Sen.", rule: "cue-before:said",
	},
	{
		name: "aside/participle", why: "NAME, dressed in … Hart, said: a participle opens the aside",
		src:    "Delegate Mary Susan, dressed in a red cape with lights that spelled the name Hart, said the night was a “failure.”",
		prefix: "failure", speaker: "Mary Susan", title: "Delegate", rule: "cue-before:said",
	},
	{
		name: "aside/name-inside", why: "…, after winning Ohio, Gov. NAME (R-OH), said: a full name after the aside is the subject",
		src:    "Speaking in Berea, after winning Ohio, Gov. Tom Hart (R-OH), said, “We are going west.”",
		prefix: "We are going", speaker: "Tom Hart", title: "Gov.", rule: "cue-before:said",
	},
	{
		name: "honorific/lexicon-surname", why: "a capitalised word after Ms. is a surname even when it is a lexicon word",
		src:    "The company acted fast.\n\n''We are offering help to everyone,'' Ms. White said.",
		prefix: "We are offering", speaker: "White", title: "", rule: "cue-after:said",
	},
	{
		name: "possessive/s-apostrophe", why: "Sanders’ campaign manager: the apostrophe after s is a possessive, so the appositive holds",
		src:    "Jeff Weaver, Sanders’ campaign manager, said the campaign was “changing politics.”",
		prefix: "changing politics", speaker: "Jeff Weaver", title: "Sanders’ campaign manager", rule: "cue-before:said",
	},
	{
		name: "possessive/closing-mark", why: "a single closing mark after a word in s stays a quote mark",
		src:    "Coach Ada Quinn called it a ‘season of small wins’ after the match.",
		prefix: "season of small wins", speaker: "Ada Quinn", title: "Coach", rule: "cue-before:called",
	},
	{
		name: "role/possessor-lawyers", why: "NAME’s lawyers said: the lawyers speak, as a group named by their client",
		src:    "Ted Hale sued the city in May. Hale’s lawyers said the ruling was “deeply flawed.”",
		prefix: "deeply flawed", speaker: "Hale’s lawyers", title: "", rule: "cue-before:said",
	},
	{
		name: "role/spokeswoman-for", why: "a spokeswoman for the utility company: the role with the body it speaks for, not the company",
		src:    "“The outage was caused by ice,” a spokeswoman for the utility company said.",
		prefix: "The outage", speaker: "a spokeswoman for the utility company", title: "", rule: "cue-after:said",
	},
	{
		name: "participle-after-to-object", why: "made a pitch to voters saying: the object of to is not the participle's subject",
		src:    "Senator Ted Hale is making a pitch to county voters saying a new law is “hurting the economy.”",
		prefix: "hurting the", speaker: "Ted Hale", title: "Senator", rule: "cue-before:saying",
	},
	{
		name: "participle-with-absolute", why: "with X saying: an absolute phrase keeps X, whatever preposition came before",
		src:    "The union backed the deal, with Ada Quinn telling reporters it was “a fair offer.”",
		prefix: "a fair offer", speaker: "Ada Quinn", title: "", rule: "cue-before:telling",
	},
	{
		name: "share/four-in-ten", why: "a poll's share of people is the speaker, as written",
		src:    "Turnout was high. About four in 10 said they were “angry” with the government.",
		prefix: "angry", speaker: "About four in 10", title: "", rule: "cue-before:said",
	},
	{
		name: "share/percent-of", why: "63 percent of voters said: the share with its group, after an opening adverbial",
		src:    "In the poll, 63 percent of voters said the economy was “getting worse.”",
		prefix: "getting worse", speaker: "63 percent of voters", title: "", rule: "cue-before:said",
	},
	{
		name: "participle-after-as-clause", why: "…, as NAME echoed X, saying: the participle hangs on the nearest clause",
		src:    "It was a one-two punch for the party, as Ada Quinn echoed the criticism, saying Tom Hale “is not in it for the people.”",
		prefix: "is not in it", speaker: "Ada Quinn", title: "", rule: "cue-before:saying",
	},
	{
		name: "participle-after-as-thing", why: "as the vote ended: a subject that is no name leaves the participle to the main clause",
		src:    "Ada Quinn spoke as the vote ended, saying it was “a fair result.”",
		prefix: "a fair result", speaker: "Ada Quinn", title: "", rule: "cue-before:saying",
	},
	{
		name: "participle-after-for", why: "thanked X for saying: the object speaks, never the main clause's subject",
		src:    "Ada Quinn thanked the volunteers for saying the shelter was “a lifeline.”",
		prefix: "a lifeline", speaker: "", title: "", rule: "no-cue",
	},
	{
		name: "participle-own-subject", why: "an absolute phrase keeps its own subject: both candidates acknowledging",
		src:    "Ada Quinn and Nora Quist traded barbs, both candidates acknowledging the race was “too close to call.”",
		prefix: "too close", speaker: "both candidates", title: "", rule: "cue-before:acknowledging",
	},
	{
		name: "relative-who", why: "a relative clause with no commas between subject and cue",
		src:    "On 13 April, Voss who had bought shares in the paper said she was ready to “transform” it.",
		prefix: "transform", speaker: "Voss", title: "", rule: "cue-before:said",
	},
	{
		name: "intro-paragraph/document", why: "a colon intro naming a document credits its issuer",
		src:    "The final ended late.\n\nHere is Ortega’s statement after the final:\n\n“This is all crazy.”",
		prefix: "This is all", speaker: "Ortega", title: "", rule: "intro-paragraph",
	},
	{
		name: "intro-paragraph/aside-adverb", why: "an appositive, a parenthesis and an adverb before the intro's cue",
		src:    "The vote was counted.\n\nHis rival, nationalist Jane Roe of the Green Party (GP), quickly conceded on Sunday night.\n\n“This represents a striking victory.”",
		prefix: "This represents", speaker: "Jane Roe", title: "the Green Party", rule: "intro-paragraph:conceded",
	},
	{
		name: "party-label", why: "an abbreviation's period inside a party label ends no sentence",
		src:    "“It is a dog whistle,” Rep. Jane Moore (D-Wis.) said Friday.",
		prefix: "It is a dog", speaker: "Jane Moore", title: "Rep.", rule: "cue-after:said",
	},
	{
		name: "two-appositives", why: "a name and two appositives before the cue",
		src:    "“It is an invasion of the state domain,” Sam Pratt, the attorney general of Utah, one of the states suing the agency, said at an event.",
		prefix: "It is an invasion", speaker: "Sam Pratt", title: "the attorney general of Utah", rule: "cue-after:said",
	},
	{
		name: "relative-aside-apostrophe", why: "a plural possessive's apostrophe is no quote mark",
		src:    "Rick Colby, who runs the effort for veterans' families, said, “He has been disrespecting our veterans.”",
		prefix: "He has been", speaker: "Rick Colby", title: "", rule: "cue-before:said",
	},
	{
		name: "put-it", why: "as X put it: a cue",
		src:    "As Steven Ross, a tax lawyer, recently put it, “Did he lower his taxes legally?”",
		prefix: "Did he lower", speaker: "Steven Ross", title: "a tax lawyer", rule: "cue-before:put it",
	},
	{
		name: "title-lexicon/coach", why: "a title written elsewhere in the article, with an office word the lexicon now holds",
		src:    "Head coach Ana Ruiz watched from the bench.\n\n“We were lucky tonight,” Ruiz said.",
		prefix: "We were lucky", speaker: "Ana Ruiz", title: "Head coach", rule: "cue-after:said",
	},
	{
		name: "stance/slammed-as", why: "a stance verb takes a partial quote",
		src:    "Senator Dana Holt slammed the deal as “a disaster for workers”.",
		prefix: "a disaster", speaker: "Dana Holt", title: "Senator", rule: "cue-before:slammed",
	},
	{
		name: "stance/called-it", why: "called it “Q”",
		src:    "Le Roux called it “a shining victory” for her movement.",
		prefix: "a shining", speaker: "Le Roux", title: "", rule: "cue-before:called",
	},
	{
		name: "stance/compared-to", why: "compared X to “Q”",
		src:    "Ray Voss compared the plan to “a house of cards”.",
		prefix: "a house", speaker: "Ray Voss", title: "", rule: "cue-before:compared",
	},
	{
		name: "stance/hailed-as", why: "a role, the name as appositive, then the stance verb",
		src:    "The mayor, Elena Vasquez, hailed the verdict as “a step forward”.",
		prefix: "a step", speaker: "Elena Vasquez", title: "The mayor", rule: "cue-before:hailed",
	},
	{
		name: "post/shared-in-a-post", why: "a post after the quote, with the whole title",
		src:    "“We are so back,” Acme President Greg Hall shared in a post.",
		prefix: "We are so", speaker: "Greg Hall", title: "Acme President", rule: "cue-after:shared",
	},
	{
		name: "frequency-adverb", why: "an adverb of frequency between subject and cue",
		src:    "The farm was our whole life.\n\n“We live in hard times,” my father often said.",
		prefix: "We live in", speaker: "my father", title: "", rule: "cue-after:said",
	},
	{
		name: "affiliation-for", why: "NAME for OUTLET: the person writes, the outlet is an affiliation",
		src:    "“The impact of the debate is still small,” wrote Carla Easton for Morning Digest.",
		prefix: "The impact", speaker: "Carla Easton", title: "Morning Digest", rule: "cue-after:wrote",
	},
	{
		name: "participle-subject", why: "a participle phrase between the subject and its cue",
		src:    "Hundreds gathered downtown. Protesters marching through the streets chanted “Whose streets?” until midnight.",
		prefix: "Whose streets", speaker: "Protesters", title: "", rule: "cue-before:chanted",
	},
	{
		name: "subject-clause/person", why: "no cue: the person who is the subject owns a partial quote in the same clause",
		src:    "Dana Whitfield plans to keep coaching the club “as long as they want me” after the cup win.",
		prefix: "as long as", speaker: "Dana Whitfield", title: "", rule: "subject-clause",
	},
	{
		name: "subject-clause/pronoun-title", why: "a pronoun subject resolves to the person named before; the title follows",
		src:    "Nurse union chief Mara Quint met the governor on Monday. She wants a “fair deal” for every ward in the state.",
		prefix: "fair deal", speaker: "Mara Quint", title: "Nurse union chief", rule: "subject-clause",
	},
	{
		name: "subject-clause/organisation", why: "an organisation the article names owns the partial quote in its clause",
		src:    "The Harbor Workers Union has called a strike for Friday. The Harbor Workers Union wants “a real raise” before the winter.",
		prefix: "a real raise", speaker: "Harbor Workers Union", title: "", rule: "subject-clause",
	},
	{
		name: "subject-clause/object-person", why: "a person named as the object does not own the quote: the subject does",
		src:    "Dana Whitfield coached Tom Greer to “breathe and wait” before each kick.",
		prefix: "breathe and", speaker: "Dana Whitfield", title: "", rule: "subject-clause",
	},
	{
		name: "subject-clause/comma", why: "a comma ends the subject's clause before the quote",
		src:    "Dana Whitfield left the hall early, before the vote on the “fair deal” plan.",
		prefix: "fair deal", speaker: "", title: "", rule: "no-cue",
	},
	{
		name: "cut-name", why: "a text cut off in the middle of the speaker's name: the one person whose name the cut word begins",
		src:    "Plant manager Dana Whitfield opened the new line on Monday.\n\n“We are proud of this team,” said Whitf",
		prefix: "We are proud", speaker: "Dana Whitfield", title: "Plant manager", rule: "cue-after:said",
	},
	{
		name: "cut-name/too-short", why: "two letters are too few to begin a name",
		src:    "Plant manager Dana Whitfield opened the new line on Monday.\n\n“We are proud of this team,” said Wh",
		prefix: "We are proud", speaker: "Wh", title: "", rule: "cue-after:said",
	},
	{
		name: "first-person-after-subordinate", why: "I laughed and said: the pronoun speaks, not the subject of the when-clause before it",
		src:    "Once, when my mother mentioned the storm to me, I laughed and said, “I do not believe in storms.”",
		prefix: "I do not", speaker: "", title: "", rule: "unresolved-pronoun",
	},
}

// TestCaptionHeading checks that a name over a quote paragraph is its
// heading, not the caption of the quote before.
func TestCaptionHeading(t *testing.T) {
	src := []byte("“We are ready.”\n\nDana Cole\n\n“I never doubted it.”")
	a, err := New()
	require.NoError(t, err)
	res := a.Attribute(src, quote.Extract(src))
	require.NotEmpty(t, res.Quotes)
	assert.Equal(t, "", res.Quotes[0].Speaker, "the name heads the second quote")
}

// TestEveryRuleHasACase checks that each rule of the table is exercised
// by a case of TestRules or TestCueGrammar.
func TestEveryRuleHasACase(t *testing.T) {
	seen := map[string]bool{}
	for _, tc := range ruleTests {
		for _, w := range tc.want {
			seen[strings.SplitN(w.Rule, ":", 2)[0]] = true
		}
	}
	for _, tc := range cueCases {
		seen[strings.SplitN(tc.rule, ":", 2)[0]] = true
	}
	for _, r := range rules {
		assert.True(t, seen[r.name], "rule %s has no test case", r.name)
	}
}

// TestPassiveCue checks that a passive cue credits nobody: "it was
// revealed that" names no speaker, and "he was told" is no speech of his.
func TestPassiveCue(t *testing.T) {
	a, err := New()
	require.NoError(t, err)
	for _, src := range []string{
		"Ann Lee spoke on Monday. It was revealed on Monday that the plant will close in May.",
		"Ann Lee spoke on Monday. It has been revealed that the plant will close in May.",
	} {
		r := a.Attribute([]byte(src), nil)
		for _, q := range r.Quotes {
			assert.NotEqual(t, quote.Indirect, q.Kind, "%q: %q credited to %q", src, q.Text, q.Speaker)
		}
	}
	src := "Ann Lee revealed that the plant will close in May."
	r := a.Attribute([]byte(src), nil)
	require.Len(t, r.Quotes, 1, "the active cue still reports")
	assert.Equal(t, "Ann Lee", r.Quotes[0].Speaker)
}

func TestCueGrammar(t *testing.T) {
	a, err := New()
	require.NoError(t, err)
	for _, tc := range cueCases {
		t.Run(tc.name, func(t *testing.T) {
			src := []byte(tc.src)
			r := a.Attribute(src, quote.Extract(src))
			var q *quote.Quote
			for i := range r.Quotes {
				if strings.HasPrefix(r.Quotes[i].Text, tc.prefix) {
					q = &r.Quotes[i]
					break
				}
			}
			require.NotNil(t, q, "%s: no quote %q in %v", tc.why, tc.prefix, r.Quotes)
			assert.Equal(t, tc.speaker, q.Speaker, tc.why)
			assert.Equal(t, tc.title, q.Title, tc.why)
			assert.Equal(t, tc.rule, q.Rule, tc.why)
		})
	}
}
