// Package compare clusters quotes from many articles that render the
// same statement, and flags where the articles disagree.
//
// # Reading a Report
//
// Compare takes one Document per article (the article's quotes and
// people, as package attribute finds them; verbatim.Check builds them)
// and returns a Report, whose JSON is the output of "verbatim check":
//
//   - Flags, most severe first (Severity High, Medium, Low): what to look
//     at. A Flag's Evidence lists the versions it compares, each with
//     its words (Text), the outlet that printed it (Outlet) and whom it
//     credits (Speaker, the name across articles); Diff marks the words
//     that differ; Cluster names the statement, if any.
//   - Clusters: one per statement, its most quoted wording (Text) and
//     its quotes' ids. Report.ClusterQuotes lists the quotes themselves.
//   - Speakers: one per person across articles, with the spellings
//     (Aliases), titles and main Title. Report.SpeakerNamed finds one
//     from a name a Flag, Cluster or QuoteEntry gives;
//     Report.SpeakerQuotes lists a speaker's quotes.
//   - Quotes: every quote with its document, cluster and speaker.
//     Report.Quote finds one by id, Report.Document the article's
//     outlet, URL and headline.
//
// No lookup needs a map built by hand. Compare never fails: the
// options were checked by New, and quotes of an unknown Kind are skipped
// and counted (DocSummary.Skipped).
//
// # Terms
//
//   - A rendering is one quote's words as an outlet printed them. Its
//     Key is the words normalised: lower case, no punctuation or quote
//     marks, British spellings made American ("neighbour" → "neighbor"),
//     possessive 's dropped, "U.S." → "us", an adjective negated by its
//     prefix split into "not" and its WordNet antonym ("impossible" →
//     "not possible").
//   - A statement is what a speaker said once: one sentence of a quote
//     (a sentence with fewer than three content words joins its
//     neighbour). A quote of several sentences holds several
//     statements, and each is linked on its own, so outlets that cut
//     one speech in different places still meet, and a fragment links
//     to the sentence it was cut from.
//   - A cluster is the set of quotes, from one or more articles, that
//     render one statement, or several statements that some quote
//     prints together: a quote belongs to one cluster (its "cluster"
//     field), and flags compare renderings of one statement only.
//     Term quotes (scare quotes, names) are never clustered.
//   - A variant is a rendering of a clustered statement in other words
//     than the most quoted rendering; a truncation is a variant whose
//     words run, in order, inside another rendering.
//   - A Speaker is one person across articles: the spellings the
//     articles use ("Anthony Blinken", "Antony Blinken", "Blinken") and
//     the titles they give. Within one article the same person is an
//     attribute.Person, and a quote names its speaker as the article does
//     (quote.Quote.Speaker); QuoteEntry.SpeakerName is the name across
//     articles (Speaker.Name).
//
// How quotes are linked (the scores and thresholds are heuristics,
// tunable through Options, and may change). Each quote is first cut
// into statements at sentence ends (. ! ? … before a capital, a digit
// or an opening mark; not after a short capitalised word such as
// "Mr."); the steps below link statements:
//
//  1. Identical Keys collapse first, so 2,000 copies of a wire story
//     cost one comparison. Quotes with fewer than three content words
//     collapse only with the same speaker.
//  2. Two adjacent words whose joining is a word of another rendering
//     ("open ai" beside "OpenAI") count as that word. Candidate pairs
//     come from an inverted index on content-word stems
//     (after folding a few news synonyms: urge/call, strongly/firmly;
//     a form of several words reads as one where its words run, so the
//     quantifier "all of us" is "everyone" and the possessive
//     "everyone's president" meets "the president of all of us"),
//     scanning each word's posting list up to a cap: never all pairs.
//     A pair one shared word short of step 3's count is verified too,
//     since a synonym may make up the word.
//  3. A candidate pair is one statement when the IDF-weighted share of
//     the smaller rendering's content words found in the other (a word
//     absent from the other counts at 0.8 of its weight when the other
//     holds a WordNet synonym of it among its first two senses:
//     "assistance" / "help"; the table is wordnet.txt, written from
//     WordNet 3.0 by internal/genwordnet, its licence at its head) reaches
//     the threshold (0.6), or a lower one (0.45) when both are credited
//     to the same person and they share one more word (a synonym counts
//     as a shared word towards the three only for one person or side).
//     Pairs of similar length join clusters, strongest first, and only when the two
//     clusters' most quoted renderings also match; a much shorter
//     rendering only attaches to its best match, also when another cut
//     of the same words joined it first, but never to the account of
//     another speaker it is nested in. A short fragment ("reasonable
//     concerns") attaches to a rendering holding all its words in the
//     same article, or by the same speaker with its content words in
//     the same order, small words and endings aside ("I will not
//     retire" in "I'm not going to retiring"). A
//     one-word quote ("shortcomings") needs its own article, or its
//     speaker and a single statement of that speaker holding the word.
//     Evidence a link needs, in short: shared rare words in proportion
//     (step 3); for a fragment, all its words inside the statement and
//     its article or its speaker; for a paraphrase, the speaker and the
//     speech act as well (step 4); for a rated noun, the speaker and
//     the event (step 5).
//  4. A paraphrase sharing only two content words ("denied harbouring
//     plans to invade Ukraine" / "denies harbouring plans to storm its
//     neighbour") is linked at the lower threshold only with all of:
//     one side (one person, or a state and someone titled for it:
//     Russia, the Kremlin, "Russian President Vladimir Putin"), the
//     same specific cue (denied, demanded; never said or told), an
//     indirect rendering on one side, half of each rendering's words
//     shared, and a rare shared word. The same side also lowers the
//     bar of step 3 as one person does.
//  5. A re-translated line whose translators chose other adjectives ("a
//     striking victory" / "an earth-shattering victory" / "a shining
//     victory") shares one word. A short statement that is only an
//     evaluative adjective and its noun ("a shining victory") links
//     to every rendering that holds the same noun behind an evaluative
//     adjective of its own, with all of: one person credited, another
//     article on the same event (the articles' rare capitalised words,
//     and publication dates at most two days apart when both are
//     given). Evaluative adjectives are WordNet's satellites, less
//     those also filed as relating to a noun ("electoral"); the table
//     is wordnet.txt's "~" lines. Such a link may join two clusters.
//
// The event tests (step 5, and the one-word surname below) weigh the
// capitalised words two articles share, from an index built once per
// run: each article's distinct capitalised words and, per word, the
// articles writing it. A test reads the postings of one article's rare
// words (and for step 5 the words of the at most eight articles it is
// asked about), never the whole corpus, so a run makes every test its
// candidates ask for: no budget per run makes a large corpus, or one
// split over many machines, answer otherwise than a small one. One
// bound remains, per article and the same whatever the corpus's size:
// an article's scores read only its rarest capitalised words whose
// postings total at most 16,384 (all the words of one document
// frequency or none), the whole article while the corpus has fewer
// articles than 16,384 over the article's distinct capitalised words.
// The words left out are the commonest, each weighing less than any
// word read; on PolNeAR train as one corpus the bound left out words of
// one article tested, whose closest articles stayed the same.
//
// The IDF weights come from the corpus's Stats: distinct renderings and
// the renderings holding each word. A run over more than one machine
// counts them without holding the corpus (StatKeys per document, made
// distinct across the corpus, then Stats.Add and Merge; AddArticle per
// document for the event test's name counts) and gives them to each
// Compare through CorpusStats, which then weighs words and names as one
// run over the whole corpus does; the module beam does so.
//
// Such a run also links statements in parts: StatementKeys cuts each
// document's quotes into statements, Links (called per group of
// statements sharing a word) gives the pairs any run might link, and no
// run links statements of two components of those pairs and of each
// quote's statements. Each component is linked apart (Statements, with
// its quotes and all its documents' people) and one Compare given the
// labels (GivenStatements) reports without linking anything itself.
//
// Flags (kind, severity high/medium/low, a one-sentence message, the
// values that differ and where they are):
//
//   - variant-wording: a rendering in other words than the most quoted
//     one, with a word diff; medium when over 40% of the words change
//     and neither is under half the other's length (a fragment in
//     other words is low),
//     high when a negation appears or disappears. An article that
//     reports in its own words (indirect speech) what another quotes
//     directly gets a low one, high if the negation changes.
//   - truncated: a rendering whose words run inside a longer one;
//     medium when it keeps under half of them, high when it drops a
//     negation.
//   - speaker-conflict: one statement credited to different speakers
//     (high), a joint credit against one of its members (medium), or a
//     person against an organisation (low); a state and someone whose
//     title names it are one side, and name variants one person. The
//     reporter of a reported chain ("Ushakov said Xi supported …",
//     Quote.Reporter) is no rival of the speaker it quotes.
//   - title-conflict: a person given a title that more articles give
//     someone else ("Foreign Minister" for Xi Jinping), or a title that
//     names another office than the one other articles give: the same
//     office words under another head ("General Manager" for a
//     Director-General) or an office not yet taken ("President Elect"
//     for a re-elected president; the lexicon's pending words). Shared
//     words must be office words of the lexicon; honorifics (Mr, Dr)
//     are no titles.
//   - name-variant: one person spelled differently across articles;
//     letter case and possessives ("EMMANUEL MACRON", "OpenAI’s board")
//     are no spelling. The texts (or, when the caller let them go, the
//     quotes and titles) are also read for a one-word name with an
//     inner capital written as two words ("OpenAI" as "Open AI") and a
//     capitalised word one edit from the surname of a person the same
//     article names, no word of any name and no plural ("Altmann").
//
// Speakers across articles are one person when their names differ by
// one edit in a given name (Yuri/Yury), or by up to two edits with a
// shared title or statement; never when both spellings appear in one
// article. Names that differ only in case or a possessive are one, and
// a name of two or more words is the only longer name that starts with
// all its words ("Recep Tayyip", cut by a line break). A
// name written behind office words ("Director-General Tedros Adhanom
// Ghebreyesus") is the name written alone elsewhere, and the words are
// a title. A one-word name joins the only full name holding it; a one
// word no full name holds joins a full name of another article whose
// word it spells closely (same first letter, at most two edits, one
// per three letters) when both are credited with one statement, and is
// flagged as a spelling of it ("Philonise" / "Philonese Floyd"); one
// that starts a word of the full name ("Nad", a stored page cut off
// mid-name) joins it unflagged. A one-word speaker with no shared
// statement ("Scaroni", the only name an article gives) joins the full
// name whose surname it misspells ("Lionel Scaloni") only with three
// kinds of evidence, and is flagged as a spelling of it: the spelling
// (one changed, added or dropped letter, or two neighbouring letters
// swapped, in a surname of five letters or more with the same first
// letter; no English word, no plural; the word in no full name of the
// corpus, and the surname of no other person one slip from it), the
// speech (its quotes and the quotes one
// article credits to the full name share at least MinShared content
// words) and the event (that article is among the closest to the word's
// by the capitalised words both write, each weighted by its IDF over
// articles: at least half the best article's score, two words or more;
// words every article writes weigh nothing, so a corpus of one event
// gives no such evidence). A given name is no surname ("Obama" is not
// Osama bin Laden), and two people one letter apart in unrelated
// articles (Berger / Borger) fail the speech and the event. An article
// that writes the full name and misspells it alone ("Sweeny said"
// after "Steve Sweeney") is its own evidence: the word joins the only
// person of that article one slip from it, flagged. Apostrophes are
// one ("O’Neill" / "O'Neill"). A
// quote that its article credits to a role or a description ("the
// General Manager", "the statement") goes to the one named speaker
// other articles credit with the same statements, and the role's
// office words become a title that article gives; roles and documents
// that speak nowhere are left out of Speakers.
//
// Output is deterministic: documents are sorted by name, quote ids are
// hashes of document name and span, cluster ids derive from their
// smallest quote id, and every list is sorted.
package compare
