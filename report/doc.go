// Package report renders a compare.Report for people: one
// self-contained HTML page (HTML) and a spreadsheet-ready CSV with one
// row per quote (CSV). WordDiff computes the word-level differences
// the page highlights between renderings of one statement, and Labels
// the names the page gives the articles (their outlet, else a readable
// name from the file name).
//
// The page shows each quote inside its sentence when WithText gives it
// the articles' text (see the example of HTML).
//
// "verbatim check -format html|csv|json" writes its report with these
// same calls. All functions are safe for concurrent use, and the same
// report always gives the same bytes.
package report
