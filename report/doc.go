// Package report renders a compare.Report for people: one
// self-contained HTML page (HTML) and a spreadsheet-ready CSV with one
// row per quote (CSV). WordDiff computes the word-level differences
// the page highlights between renderings of one statement.
//
// "verbatim check -format html|csv|json" writes its report with these
// same calls. All functions are safe for concurrent use, and the same
// report always gives the same bytes.
package report
