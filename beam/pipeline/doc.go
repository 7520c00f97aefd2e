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
//     counted per token, the counts combined into one Stats;
//  5. compare: the documents' quotes and people (not their texts) go to
//     one compare run, as verbatim.CheckEach ("verbatim check") gives
//     them to compare.Clusterer.Compare,
//     which clusters them, resolves speakers and name forms across the
//     corpus, and raises the flags, weighing words by the stats (side
//     input: compare.CorpusStats);
//  6. write: the report as sharded JSON Lines files (documents,
//     speakers, quotes, clusters, flags) and a summary.
//
// Steps 1–4 and 6 scale with workers; step 5 holds every quote (not
// the article texts) in one worker's memory, as "verbatim check" does.
// It is one step so that the result equals "verbatim check" exactly;
// BENCHMARKS.md says how it splits further and what that would cost.
package pipeline
