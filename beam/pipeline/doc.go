// Package pipeline runs "verbatim check" as an Apache Beam pipeline, so
// that a corpus too large for one machine is read by many workers.
//
// The stages are:
//
//  1. list: a local file or folder is read as "verbatim check" reads it
//     (verbatim.Documents); a glob on any Beam filesystem (gs://…) and
//     gzipped JSON Lines become file names;
//  2. read: each such file becomes documents — text, HTML, JSON Lines,
//     or gzipped JSON Lines (a name ending in .gz);
//  3. extract: verbatim's Extract per document (quotes and speakers),
//     on as many workers as the runner gives;
//  4. stats: the corpus's word statistics (compare.Stats), from
//     which compare weighs words, computed with grouping steps and a
//     combiner over each document's keys (compare.Clusterer.StatKeys):
//     shared keys made distinct, the vocabulary as a side input, tokens
//     counted per token, the counts combined into one Stats; the same
//     combiner counts the articles and, per capitalised word, the
//     articles writing it (compare.ArticleNames), by which the event
//     test of every compare run weighs names;
//  5. link (split.go): each quote is cut into statements
//     (compare.Clusterer.StatementKeys); the distinct statements are
//     grouped by word (GroupByKey) and each group's pairs that any
//     compare run might link are kept (compare.Clusterer.Links, a ParDo;
//     a group over Config.MaxGroup is checked in overlapping windows);
//     components over those pairs and over each quote's statements are
//     labelled by Config.Rounds rounds of label propagation (a join and
//     a combine each), and one union-find over the label pairs the rounds
//     leave finishes them exactly; each document is cut into one part
//     per component its quotes fall in (with the quotes overlapping
//     them and all its people), and each component is linked apart,
//     strongest link first, by the library (compare.Clusterer.Statements,
//     weighing words by the stats);
//  6. compare: the documents' quotes and people (not their texts), with
//     their statements' labels, go to one compare run, as
//     verbatim.CheckEach ("verbatim check") gives them to
//     compare.Clusterer.Compare, which takes the labels instead of
//     linking (compare.GivenStatements), resolves speakers and name forms
//     across the corpus, and raises the flags;
//  7. write: the report as sharded JSON Lines files (documents,
//     speakers, quotes, clusters, flags) and a summary.
//
// Steps 1–5 and 7 scale with workers: no worker holds more than one
// component's parts, one word's group (capped) or one document. Step 6
// holds every quote (not the article texts) in one worker's memory, but
// does no pair work: speakers by surname and flags per cluster and
// person are what remains to split (BENCHMARKS.md). The result equals
// "verbatim check" as long as no word's group exceeds MaxGroup (the
// tests assert it on the bundled corpus and the shared news sets).
package pipeline
