// Package attribute credits quotes to their speakers and finds reported
// (indirect) speech.
//
// It takes the quotes package quote finds in a news article and fills
// their attribution fields: Speaker, Mention, Title, Via, Reporter, Cue,
// Confidence and Rule. It also adds quotes of Kind quote.Indirect for
// reported speech without quote marks, and lists the people the article
// names (Result.People). Everything is rule based and runs in time
// linear in the document; no model is loaded.
//
// Paragraphs and sentences follow the document's layout, decided the
// same way package quote decides it: a line break inside a paragraph of
// hard-wrapped, indented or CRLF text is a space, so a cue and its quote
// on two lines stay in one sentence. Names and titles split by such a
// break are reported on one line ("the chief\nexecutive" reads "the
// chief executive"); mentions keep the bytes at their offsets.
//
// # Terms
//
// A cue is the speech verb or phrase that ties words to a speaker:
// "said", "told", "was quoted as saying", "according to", "the statement
// read". The cue lexicon holds inflections and British and American
// spellings.
//
// A speaker is whoever the article credits with the words: a person
// ("Wang Yi"), an organisation or state ("the Kremlin", "China"), a
// document ("the joint statement") or an unnamed role ("a source",
// "officials", "Hale’s lawyers", "a spokeswoman for the utility company",
// the role with the body it speaks for), a poll's share of people ("63
// percent of voters", "About four in 10"), or two people spoken of together ("the pair", "the two
// leaders": the two people mentioned last, a pronoun subject earlier in
// the sentence left out). A document whose issuer the article names is a channel
// for its issuer: “…,” the statement read, after "Beijing’s statement",
// gives Speaker China and Via "Beijing’s statement". Quote.Speaker holds its canonical name: for a person the
// fullest name the article gives ("Wang" → "Wang Yi"); for a state
// spoken of by its capital, the state (lexicon section alias: "Beijing
// said" → "China"); for another organisation the phrase without a
// leading "the" ("the White Helmets" → "White Helmets"); otherwise the
// phrase as written. Quote.Mention is
// the words that licensed the attribution ("Wang", "He", "the
// statement"); Quote.Title is the title the article gives the speaker,
// next to this mention if there is one, else at the titled mention
// nearest the quote. Titles are read next to names ("Argentina coach
// Lionel Scaloni", "Denisov, the Russian ambassador") and in a
// predicate on a name: "Roe, who won a second term as mayor, …", "Roe
// became the county’s sheriff", "Roe was elected mayor" (lexicon
// sections officeverb and officepassive); "to become", "hopes to be
// elected" name an office not held. An office that opens a sentence
// with no name ("Ohio’s governor has answered critics …") is the title, and a
// mention, of the person the next sentence opens with ("Jane Roe told
// reporters …"), when no one named before holds it. A plural office
// before two names joined by "and" ("Acme co-founders Jane Roe and Tom
// Hale") is the title of both. A surname the
// article misspells ("Rowlnads" after "Jane Rowlands") takes the title
// given at the other spelling; the speakers stay apart. A role that names the speaker ("continues the
// plant manager", "the Russian leader said") is that title, and one
// the article gives an unnamed office holder ("Ohio’s health
// minister warned") is the office. Honorifics (Mr, Ms, Mrs, Dr, Rev.)
// are forms of address, never titles.
//
// An age used as a noun ("the 45-year-old wrote") stands for the
// subject of the latest sentence that names a person, even when the
// person it names last spoke last; the quote takes that person's
// nearest title.
//
// A channel (Quote.Via) relays words without being their speaker: "Xi
// was quoted by CCTV as saying", "as reported by CCTV", "Beijing’s
// statement quoted Wang as saying". A reporter (Quote.Reporter) is the
// person whose account presents the words in a reported chain:
// "Ushakov said Xi said he “understands…”" gives Speaker Xi Jinping,
// Reporter Yuri Ushakov. An outer speaker that is a channel (a
// ministry, a broadcaster) becomes Via instead.
//
// An indirect quote is the content clause of reported speech: after
// "that", or after the cue for verbs that take a bare clause ("Putin
// said he plans…"), to the end of the sentence, a trailing sentence
// stop and a trailing attribution (", as reported by CCTV") excluded.
// A comma and a speech verb's participle end the content (", in turn
// accusing…", ", adding that…"): what follows is the subject's again.
// After "deny" or "admit" a gerund phrase is the content ("denies
// harbouring plans to storm its neighbour"), up to an "and" that opens
// the subject's next verb ("and seeks guarantees…").
// Content before a closing attribution ("…, Ushakov said.") is one too,
// unless it is a participle opener ("Asked about the race, Roe said …").
// No indirect quote overlaps a direct or partial quote.
//
// The subject of a cue may stand apart from it: an adverb ("Cruz
// gingerly said", "Trump at the time said"), a time phrase or an aside
// (", himself up for reelection,", ", who lost in 2008,") may sit between.
// A participle cue after a comma (", saying", ", at one point calling")
// or after "by", "before", "after" or "while" takes the subject of the
// main clause, read past the adverbials that open it ("Yet on Friday,
// after weeks of silence, Roe …", "Hours later, Roe …", "Then Roe …"),
// or the speaker of a say verb that closes that clause ("…, Roe said
// Monday, adding"), or the named subject of an "as", "when" or "while"
// clause just before it ("…, as Roe echoed the criticism, saying"). After a document its subject sends ("Roe issued a
// statement saying", not "cited a report saying") the sender speaks and
// the document is Via.
//
// # Rules
//
// Quote.Rule names the rule that produced the attribution. The rules
// are one ordered table, rules in rules.go: for each direct or partial
// quote the first rule that matches wins. The names are stable; "<cue>"
// is the cue as written, lower-cased ("said", "quoted as saying"). In
// the table's order:
//
//	reported-chain:<cue>          X said Y said “Q” (Speaker Y, Reporter X)
//	cue-after:<cue>               the cue follows the quote: “Q,” X said / said X / X told reporters /
//	                              said the mayor, Elena Vasquez / “Q,” Argentina coach Lionel Scaloni said /
//	                              “Q,” said a longtime volunteer (an unnamed speaker after a comma or the
//	                              quote's own stop; a participle after a quote takes no inverted subject)
//	according-to                  “Q,” according to X / according to X, “Q”
//	dash-attribution              “Q” ― X, closing the paragraph
//	cue-before:<cue>              the cue precedes it: X said: “Q” / X said that “Q” / X slammed it as “Q”
//	possessive-noun               a speech noun's possessor: her remark that “Q” / Trump’s pledge to be “Q”
//	label                         a name and a colon open the paragraph: Tagliafico: “Q”
//	same-sentence                 a later quote in a sentence whose earlier quote is attributed
//	quoted-predicate              a headline name then the quote: China ‘fully supports’ Russia’s demand
//	sentence-tail:<cue>           a quote inside content that ends ", X said."
//	caption                       a name with no cue after the quote: “Q” Jane Roe, Party Leader; or a
//	                              paragraph holding only a name after a paragraph holding only the quote
//	intro-paragraph:<cue>         the paragraph before ends with a cue and no quote: "Nadella tweeted",
//	                              "The statement read;", "She said:", "Roe conceded on Sunday night."
//	colon-intro                   a clause with no cue ends in a colon before a direct quote; its subject,
//	                              a named person or organisation, speaks: Kasich resisted: “Q” / Roe
//	                              echoed: over a quote paragraph / "… - Jane Roe: “Q”"
//	same-paragraph-continuation   an uncued direct quote in the sentence after its speaker's, same paragraph
//	previous-sentence-speaker     an uncued direct quote right after a sentence with a speaker, new paragraph
//	previous-sentence-subject     an uncued direct quote right after a sentence with no quote and no cue
//	                              whose subject is a person: "Roe met reporters after the match."
//	subject-clause                a partial quote in the clause of a sentence whose subject is a named
//	                              person or organisation, no cue: Roe plans to stay “as a champion”
//
// The carry-over rules step over section headings (a paragraph of a few
// capitalised words and no stop), and treat a quote that opens its
// paragraph in lower case as direct. Outside the table:
//
//	next-quote-speaker            an uncued quote takes the speaker of the next quote of its paragraph,
//	                              whose cue follows it: “Q1” in the city, “Q2,” said X
//	indirect:<cue>                an indirect quote after its cue
//	indirect-content-first:<cue>  an indirect quote before its cue: CONTENT, X said
//	indirect:according-to         the clause after a sentence-opening "According to X,"
//	unresolved-pronoun            a cue with a pronoun and no antecedent: Mention set, Speaker empty
//	nested-quote                  a quote inside a quote: not attributed
//	no-cue                        nothing licenses an attribution: Speaker empty
//
// A passive cue ("it was revealed that", "he was told") credits nobody.
// A title written right before a name is kept whole ("Minnesota Attorney
// General", "Argentina coach"); its words need not be in the lexicon
// when a clause opens before them. Term quotes get no speaker and no
// rule. No speaker is better than a wrong one: when no rule applies,
// Speaker stays empty.
//
// Confidence is a heuristic score in [0, 1], not a probability: 0.95
// for a cue after the quote, 0.9 before it, 0.85 for chains, roles and
// labels, 0.8 for pronouns, captions and intro paragraphs, 0.75 for colon intros and
// paragraph continuation, 0.7 for same-sentence, sentence-tail and
// indirect quotes, 0.6 for quoted-predicate and next-quote-speaker, 0.5
// for previous-sentence-speaker, 0.45 for previous-sentence-subject, 0.4 for subject-clause, 0.1 for an unresolved pronoun and 0 for
// none. The values may change.
//
// # People
//
// Result.People lists each person, organisation, document or role the
// article names as a speaker or with a title, in order of first
// mention, with every mention resolved to it and every title written
// next to a mention ("Chinese Foreign Minister Wang Yi", "Andrey
// Denisov, the Russian ambassador to China", "Vladimir Putin’s foreign
// affairs adviser, Yuri Ushakov"). Titled people who are never quoted
// are listed too. Person.Kind is "person", "organization", "document",
// "role" or "group" (speakers named together, "Putin and Xi", whose Name
// joins the members' canonical names: "Vladimir Putin and Xi Jinping").
//
// # Lexicon
//
// The word lists live in internal/lexdata/lexicon.txt, the one lexicon every stage reads, embedded; its
// format is described at Lexicon. LexiconFrom, Cues, Titles and
// Roles extend it.
package attribute
