package main

import (
	"flag"
	"fmt"
	"io"
	"iter"
	"sort"
	"strings"

	"github.com/verbatim-nlp/verbatim"
	"github.com/verbatim-nlp/verbatim/compare"
	"github.com/verbatim-nlp/verbatim/report"
)

func runCheck(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "text", "output `format`: text (a readable report), json (one JSON document, the public contract),\nhtml (one self-contained page: a summary, flags by severity with the versions they compare and the\nsentence around each quote, statements' versions side by side; it keeps the articles' text in memory)\nor csv (one row per quote with its cluster and flags, for spreadsheets)")
	archivePath := fs.String("archive", "", "an archive `DB` written by \"verbatim index\": also flag a statement credited to someone\nthe archive never credits it to (archive-speaker) and a title the archive never gives a person\n(archive-title); today's articles are left out of the record if they were indexed")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: verbatim check [-format text|json|html|csv] [-archive DB] PATH...")
		fmt.Fprintln(stderr, "\nCheck runs the whole pipeline over the articles at PATH (files, or folders")
		fmt.Fprintln(stderr, "searched recursively for .txt, .html, .htm and .jsonl): it clusters the quotes that render")
		fmt.Fprintln(stderr, "the same statement and flags variant wordings, truncations, speaker and title")
		fmt.Fprintln(stderr, "conflicts and misspelled names.")
		fmt.Fprintln(stderr, "Unreadable paths are reported on stderr and the exit status is 1; the rest are still processed.")
		fmt.Fprintln(stderr, "For HTML pages, offsets index the article text extracted from the page, not the HTML.")
		fmt.Fprintln(stderr, "A progress bar is drawn on stderr when it is a terminal and the run takes over 2s.")
		fmt.Fprintln(stderr, "\nExample: verbatim check -format html testdata/corpus > report.html")
		fmt.Fprintln(stderr, "\nFlags:")
		fs.PrintDefaults()
	}
	if status, ok := parseFlags(fs, args); !ok {
		return status
	}
	if *format != "text" && *format != "json" && *format != "html" && *format != "csv" {
		fmt.Fprintf(stderr, "verbatim check: unknown format %q (want text, json, html or csv)\n", *format)
		return 2
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return 2
	}
	docs := verbatim.Documents(fs.Args()...)
	var texts map[string][]byte
	if *format == "html" {
		texts = map[string][]byte{}
		docs = keepText(docs, texts)
	}
	rep, status, err := check(docs, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "verbatim check: %v\n", err)
		return 1
	}
	if *archivePath != "" {
		if err := archiveFlags(*archivePath, rep); err != nil {
			warnf(stderr, "verbatim check: %v\n", err)
			return 1
		}
	}
	out := newOutput(stdout)
	switch *format {
	case "html":
		err = report.HTML(out, rep, report.WithText(func(doc string) []byte { return texts[doc] }))
	case "csv":
		err = report.CSV(out, rep)
	case "json":
		err = report.JSON(out, rep)
	default:
		writeReport(termWriter{out}, rep)
	}
	if err != nil {
		warnf(stderr, "verbatim check: %v\n", err)
		return 1
	}
	return closeOutput(out, stderr, "check", status)
}

// keepText passes docs on and keeps each one's text in texts by name,
// for the page to show the sentence around each quote. Only the HTML
// report needs it: the other formats let each text go once read. Two
// documents of one name (the report calls the second NAME~2) keep no
// text, since which is which is settled later.
func keepText(docs iter.Seq2[verbatim.Document, error], texts map[string][]byte) iter.Seq2[verbatim.Document, error] {
	return func(yield func(verbatim.Document, error) bool) {
		for d, err := range docs {
			if err == nil {
				if _, dup := texts[d.Name]; dup {
					texts[d.Name] = nil
				} else {
					texts[d.Name] = d.Text
				}
			}
			if !yield(d, err) {
				return
			}
		}
	}
}

// check is verbatim.CheckEach with a progress bar on stderr: documents
// are read one at a time and only their quotes and people are kept. It
// prints on stderr the inputs that could not be read and the warnings
// (limits passed, text that is not UTF-8, a name used twice), and
// returns the exit status they call for.
func check(docs iter.Seq2[verbatim.Document, error], stderr io.Writer) (*compare.Report, int, error) {
	bar := newProgress(stderr, -1, "reading articles")
	p, err := verbatim.New(verbatim.Progress(bar.update))
	if err != nil {
		return nil, 1, err
	}
	status := 0
	rep := p.CheckEach(docs, func(_ verbatim.Document, err error) {
		status = max(status, reportErrors(stderr, "check", err))
	})
	bar.finish()
	return rep, status, nil
}

// writeReport prints the report for a reader: flags first, most severe
// first, then the clusters that more than one document quotes.
func writeReport(w io.Writer, rep *compare.Report) {
	labels := report.Labels(rep)
	relabel := docLabeler(rep, labels)
	nq := 0
	for _, d := range rep.Documents {
		nq += d.Quotes
	}
	fmt.Fprintf(w, "%d documents, %d quotes, %d speakers, %d clusters, %d flags\n",
		len(rep.Documents), nq, len(rep.Speakers), len(rep.Clusters), len(rep.Flags))
	if len(rep.Flags) > 0 {
		fmt.Fprintln(w, "\nFLAGS")
	}
	for _, f := range rep.Flags { // most severe first (compare.SortFlags)
		fmt.Fprintf(w, "\n[%s] %s: %s\n  %s\n", f.Severity, f.Kind, f.Subject, relabel.Replace(f.Message))
		if len(f.Values) > 0 {
			fmt.Fprintf(w, "  values: %s\n", strings.Join(quoteAll(f.Values), " | "))
		}
		if f.Diff != "" {
			fmt.Fprintf(w, "  diff: %s\n", f.Diff)
		}
		for _, e := range f.Evidence {
			fmt.Fprintf(w, "  at %s:%d-%d", e.Doc, e.Start, e.End)
			if e.Text != "" {
				fmt.Fprintf(w, " %q", e.Text)
			}
			outlet := labels[e.Doc]
			if outlet == "" {
				outlet = e.Outlet
			}
			switch {
			case e.Speaker != "" && outlet != "":
				fmt.Fprintf(w, " (%s, in %s)", e.Speaker, outlet)
			case e.Speaker != "":
				fmt.Fprintf(w, " (%s)", e.Speaker)
			case outlet != "":
				fmt.Fprintf(w, " (in %s)", outlet)
			}
			fmt.Fprintln(w)
		}
	}
	header := false
	for _, c := range rep.Clusters {
		if c.Docs < 2 {
			continue
		}
		if !header {
			fmt.Fprintln(w, "\nSTATEMENTS QUOTED BY MORE THAN ONE DOCUMENT")
			header = true
		}
		who := c.Speaker
		if who == "" {
			who = "unattributed"
		}
		fmt.Fprintf(w, "\n%s (%s, %d documents)\n", c.ID, who, c.Docs)
		for _, id := range c.Quotes {
			if q, ok := rep.Quote(id); ok {
				fmt.Fprintf(w, "  %s:%d-%d %s %q\n", q.Doc, q.Start, q.End, q.Kind, q.Text)
			}
		}
	}
}

// docLabeler replaces the document names in a flag's message with
// their labels, as the HTML report does: a fact-checker reads "bbc news
// quotes only part of what reuters quotes in full", and finds the files
// on the flag's "at" lines, which keep the paths. Longer names go first
// so that a name inside another is not half replaced.
func docLabeler(rep *compare.Report, labels map[string]string) *strings.Replacer {
	names := make([]string, 0, len(rep.Documents))
	for _, d := range rep.Documents {
		if d.Doc != "" && labels[d.Doc] != "" {
			names = append(names, d.Doc)
		}
	}
	sort.SliceStable(names, func(i, j int) bool { return len(names[i]) > len(names[j]) })
	pairs := make([]string, 0, 2*len(names))
	for _, n := range names {
		pairs = append(pairs, n, labels[n])
	}
	return strings.NewReplacer(pairs...)
}

func quoteAll(s []string) []string {
	out := make([]string, len(s))
	for i, v := range s {
		out[i] = fmt.Sprintf("%q", v)
	}
	return out
}
