// Package verbatim answers three questions about news text: what was
// quoted, who said it, and do the outlets agree?
//
// The pipeline has three stages, each a package that can be used alone,
// with dependencies pointing one way:
//
//   - package quote finds quoted statements — direct, partial and
//     quoted terms — with exact byte offsets, in any quote-mark style;
//   - package attribute credits each quote to its speaker, keeps the
//     title the article gives and the channel that relayed the words,
//     and adds indirect (reported) speech;
//   - package compare clusters the quotes of many articles that render
//     the same statement and flags variant wordings, truncations,
//     conflicting speakers and titles, and misspelled names.
//
// This package ties them together: a Pipeline runs the stages over
// Documents read by Load, Extract returns one article's quotes, and
// Check returns the cross-outlet Report. Package input reads the files,
// one Reader per format (text, JSON Lines); saved web pages are read
// once the program imports package input/html, so that a program that
// analyses text does not carry an HTML parser.
//
// # Tasks
//
// Find the quotes of one article and their speakers: Extract(text), or
// Pipeline.Extract for a Pipeline built with Options; each quote.Quote
// gives its span, Kind, Speaker, Title, Cue and Via.
//
// Read articles: Load(paths...) for files and folders (.txt, .jsonl;
// .html and .htm once input/html is imported), Documents for one at a
// time; a Document you build yourself needs only Name and Text.
//
// Compare outlets: Check(docs) returns a compare.Report. Report.Flags,
// most severe first, say where articles disagree; each Flag's Evidence
// holds the versions it compares, each with its words (Text), who
// printed it (Outlet) and whom they credit (Speaker). Report.Clusters
// hold the statements and their quotes, Report.Speakers the people with
// their names and titles.
//
// Join without maps: Report.Quote, Cluster, Speaker, SpeakerNamed and
// Document look entries up by id or name; ClusterQuotes and
// SpeakerQuotes list a statement's or a person's quotes
// (examples/flags, examples/versions, examples/speakers).
//
// Write the report: package report, as HTML, CSV or JSON.
//
// Read a corpus larger than memory: Documents with Pipeline.ExtractEach
// (quotes as they are found) or Pipeline.CheckEach (the report, holding
// quotes and names but no texts).
//
// Tune: QuoteOptions, AttributeOptions (a lexicon of cues and titles)
// and CompareOptions (thresholds), checked by New.
//
// # Terms
//
// A quote is a span of an article presented as someone's words: between
// quote marks (direct, partial) or reported without them (indirect). A
// term is a quoted name or title that is not speech. A speaker is the
// person, organisation or document the article credits with a quote,
// named by the fullest name the article gives; the mention is the words
// that name the speaker at that quote ("Wang", "He"); the cue is the
// verb or phrase that ties them ("was quoted as saying"); the channel
// (Via) is whoever relayed the words (CCTV). A statement is what a
// speaker said once; a cluster is the set of quotes, across articles,
// that render one statement; a variant is a rendering whose words differ
// from the others in its cluster.
//
// # Offsets
//
// Every Start and End in Verbatim is a half-open byte offset into the
// document's Text, counted from 0, and the reported text equals those
// bytes.
//
// # Errors
//
// One policy holds in every package of the module:
//
//   - Options are checked once, by New (verbatim.New, quote.New,
//     attribute.New, compare.New), which returns an error wrapping the
//     package's ErrBadOption, or a lexicon's syntax error, and no value.
//     The zero Pipeline, Extractor, Attributor and Clusterer use the
//     defaults.
//   - Analysis never fails: Extract, ExtractDoc, ExtractAll and Check
//     return whole results, and beside them the warnings as an
//     ErrorList (nil when there are none), as go/scanner does. Each
//     warning is an *Error holding a *Warning (a document split at the
//     size limit, a quote over the length limit, text that is not
//     UTF-8): nothing was dropped.
//   - Reading inputs (Load, Documents, ReadJSONL) returns what could be
//     read and an ErrorList of what could not, by file and line;
//     IsWarning tells a warning (a name used twice) from an input left
//     unread.
//
// An *Error prints as "path:line:col: message", the form compilers
// use: the line and the byte column are derived from the byte offset
// (Warning.Offset) in Document.Text, counted from 1; parts not known are
// left out.
//
// # Example
//
//	docs, err := verbatim.Load("testdata/corpus")
//	if err != nil {
//		log.Print(err) // unreadable inputs; the others were loaded
//	}
//	report, err := verbatim.Check(docs)
//	if err != nil {
//		log.Print(err) // warnings at file:line:col; the report is whole
//	}
//	for _, f := range report.Flags { // most severe first
//		fmt.Println(f.Severity, f.Kind, f.Message)
//		if c, ok := report.Cluster(f.Cluster); ok {
//			for _, q := range report.ClusterQuotes(c.ID) {
//				fmt.Println("  ", q.Doc, q.SpeakerName, q.Text)
//			}
//		}
//	}
//
// The report looks up quotes, clusters, speakers and documents by id
// (compare.Report's Quote, Cluster, Speaker, SpeakerNamed, Document,
// ClusterQuotes, SpeakerQuotes); package report writes it as HTML, CSV
// or JSON. Quote and cluster ids are stable: they hash what identifies
// the article (Document.Key), not the path it was read through.
package verbatim
