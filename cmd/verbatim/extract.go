package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"

	"github.com/verbatim-nlp/verbatim"
	"github.com/verbatim-nlp/verbatim/attribute"
	"github.com/verbatim-nlp/verbatim/quote"
)

// record is one line of "verbatim extract": the quote's fields (see
// quote.Quote) after "doc", the document's name as given.
type record struct {
	Doc       string `json:"doc"`
	Outlet    string `json:"outlet,omitempty"`
	URL       string `json:"url,omitempty"`
	Published string `json:"published,omitempty"`
	Headline  string `json:"headline,omitempty"` // the article's own title
	quote.Quote
}

func runExtract(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "jsonl", "output `format`: jsonl (one JSON object per quote, the public contract) or text (one readable line per quote)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: verbatim extract [-format jsonl|text] PATH...")
		fmt.Fprintln(stderr, "\nExtract prints every quote in the articles at PATH (files, or folders searched")
		fmt.Fprintln(stderr, "recursively for .txt, .html, .htm and .jsonl) with its speaker, cue and byte offsets.")
		fmt.Fprintln(stderr, "For HTML pages, offsets index the article text extracted from the page, not the HTML.")
		fmt.Fprintln(stderr, "A progress bar is drawn on stderr when it is a terminal and the run takes over 2s.")
		fmt.Fprintln(stderr, "Unreadable paths are reported on stderr and the exit status is 1; the rest are still processed.")
		fmt.Fprintln(stderr, "\nFlags:")
		fs.PrintDefaults()
	}
	if status, ok := parseFlags(fs, args); !ok {
		return status
	}
	if *format != "jsonl" && *format != "text" {
		fmt.Fprintf(stderr, "verbatim extract: unknown format %q (want jsonl or text)\n", *format)
		return 2
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return 2
	}
	// Documents in, quotes out: one document at a time is read, and
	// each one's quotes are written as soon as it and those before it
	// are done, so memory does not grow with the corpus.
	bar := newProgress(stderr, -1, "reading articles")
	p, err := verbatim.New(verbatim.Progress(bar.update))
	if err != nil {
		warnf(stderr, "verbatim extract: %v\n", err)
		return 1
	}
	out := newOutput(stdout)
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	status := 0
	var werr error
	p.ExtractEach(verbatim.Documents(fs.Args()...), func(d verbatim.Document, res *attribute.Result, err error) bool {
		if res == nil { // the document could not be read
			status = max(status, reportErrors(stderr, "extract", err))
			return true
		}
		reportErrors(stderr, "extract", err) // limits passed; nothing was dropped
		for i := range res.Quotes {
			q := &res.Quotes[i]
			if *format == "text" {
				werr = writeText(out, d.Name, q)
			} else {
				werr = enc.Encode(record{Doc: d.Name, Outlet: d.Outlet, URL: d.URL, Published: d.Published, Headline: d.Headline, Quote: *q})
			}
			if werr != nil {
				return false // the output is gone: stop reading
			}
		}
		return true
	})
	bar.finish()
	return closeOutput(out, stderr, "extract", status)
}

// writeText prints one quote as a line for a terminal: the document's
// name and the speaker with control characters escaped, the text
// quoted in Go syntax.
func writeText(w io.Writer, doc string, q *quote.Quote) error {
	who := q.Speaker
	if who == "" {
		who = "?"
	}
	_, err := fmt.Fprintf(w, "%s:%d-%d\t%s\t%s\t%q\n", termSafe(doc), q.Start, q.End, q.Kind, termSafe(who), q.Text)
	return err
}

// parseFlags parses args into fs. On -h it returns status 0 and false,
// on a bad flag 2 and false: the caller returns the status.
func parseFlags(fs *flag.FlagSet, args []string) (int, bool) {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0, false
		}
		return 2, false
	}
	return 0, true
}

// reportErrors prints each input error on its own line and returns the
// exit status they call for: 1 for an input that could not be read, 0
// when all are warnings (a limit passed, a name used twice: the
// document was read).
func reportErrors(stderr io.Writer, cmd string, err error) int {
	errs := []error{err}
	if list, ok := err.(verbatim.ErrorList); ok {
		errs = list.Unwrap()
	}
	status := 0
	for _, e := range errs {
		var w *verbatim.Warning
		switch {
		case e == nil:
		case errors.As(e, &w) || verbatim.IsWarning(e):
			warnf(stderr, "verbatim %s: warning: %v\n", cmd, e)
		default:
			warnf(stderr, "verbatim %s: %v\n", cmd, e)
			status = 1
		}
	}
	return status
}

// pipelineQuotes runs quote extraction and attribution on one text; the
// eval command scores it.
func pipelineQuotes(src []byte) []quote.Quote {
	res, _ := verbatim.Extract(src) // warnings leave the result whole
	if res == nil {
		return nil
	}
	return res.Quotes
}
