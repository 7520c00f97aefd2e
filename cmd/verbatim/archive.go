package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/verbatim-nlp/verbatim"
	"github.com/verbatim-nlp/verbatim/archive"
	"github.com/verbatim-nlp/verbatim/compare"
)

// parseDBFlags parses the flags of a command whose first operand is an
// archive, written before or after the flags ("find DB -speaker X
// TEXT" and "find -speaker X DB TEXT"); it returns the operands.
func parseDBFlags(fs *flag.FlagSet, args []string) ([]string, int, bool) {
	var db []string
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		db, args = args[:1], args[1:]
	}
	if status, ok := parseFlags(fs, args); !ok {
		return nil, status, false
	}
	return append(db, fs.Args()...), 0, true
}

func runIndex(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("index", flag.ContinueOnError)
	fs.SetOutput(stderr)
	batch := fs.Int("batch", 64, "articles per `transaction`: a run killed midway keeps every batch committed before")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: verbatim index [-batch N] DB PATH...")
		fmt.Fprintln(stderr, "\nIndex reads the articles at PATH (files, or folders searched recursively for .txt,")
		fmt.Fprintln(stderr, ".html, .htm and .jsonl), finds their quotes and speakers, and stores them in the archive")
		fmt.Fprintln(stderr, "DB (one SQLite file, created if missing), clustering statements with everything stored.")
		fmt.Fprintln(stderr, "Articles stored already with the same text are skipped, so an interrupted run resumes;")
		fmt.Fprintln(stderr, "a changed article (same URL, else same name) replaces its earlier version.")
		fmt.Fprintln(stderr, "A progress bar is drawn on stderr when it is a terminal and the run takes over 2s.")
		fmt.Fprintln(stderr, "\nExample: verbatim index news.db testdata/corpus")
		fmt.Fprintln(stderr, "\nFlags:")
		fs.PrintDefaults()
	}
	ops, status, ok := parseDBFlags(fs, args)
	if !ok {
		return status
	}
	if len(ops) < 2 || *batch < 1 {
		fs.Usage()
		return 2
	}
	docs, loadErr := verbatim.Load(ops[1:]...)
	status = reportErrors(stderr, "index", loadErr)
	a, err := archive.Open(ops[0])
	if err != nil {
		warnf(stderr, "verbatim index: %v\n", err)
		return 1
	}
	defer a.Close()
	bar := newProgress(stderr, len(docs), "indexing articles")
	var total archive.Stats
	for i := 0; i < len(docs); i += *batch {
		st, err := a.Add(context.Background(), docs[i:min(i+*batch, len(docs))])
		if err != nil {
			bar.finish()
			warnf(stderr, "verbatim index: %v (the %d articles before were stored)\n", err, i)
			return 1
		}
		total.Added += st.Added
		total.Replaced += st.Replaced
		total.Unchanged += st.Unchanged
		total.Quotes += st.Quotes
		total.Statements += st.Statements
		bar.set(min(i+*batch, len(docs)))
	}
	bar.finish()
	out := newOutput(stdout)
	fmt.Fprintf(out, "%d articles: %d added, %d replaced, %d unchanged; %d quotes stored, %d new statements\n",
		len(docs), total.Added, total.Replaced, total.Unchanged, total.Quotes, total.Statements)
	return closeOutput(out, stderr, "index", status)
}

func runFind(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("find", flag.ContinueOnError)
	fs.SetOutput(stderr)
	speaker := fs.String("speaker", "", "the `name` the quote is claimed to be by: adds a verdict (credited to them, credited to someone else, not found)")
	format := fs.String("format", "text", "output `format`: text, or json (the archive.Result object)")
	limit := fs.Int("limit", 5, "the most `statements` listed")
	fs.Usage = func() {
		fmt.Fprintln(stderr, `Usage: verbatim find DB [-speaker NAME] [-format text|json] [-limit N] "quote text"`)
		fmt.Fprintln(stderr, "\nFind looks up a quote, as pasted (truncated, reworded, in any case), in the archive DB")
		fmt.Fprintln(stderr, "that \"verbatim index\" wrote, and lists the stored statements it renders, best first: each")
		fmt.Fprintln(stderr, "with its versions (text, outlet, date, URL, speaker, title) and its earliest dated report.")
		fmt.Fprintln(stderr, "Several words after DB are joined into one quote.")
		fmt.Fprintln(stderr, `\nExample: verbatim find news.db -speaker "Wang Yi" "we firmly support Russia"`)
		fmt.Fprintln(stderr, "\nFlags:")
		fs.PrintDefaults()
	}
	ops, status, ok := parseDBFlags(fs, args)
	if !ok {
		return status
	}
	if *format != "text" && *format != "json" {
		fmt.Fprintf(stderr, "verbatim find: unknown format %q (want text or json)\n", *format)
		return 2
	}
	if len(ops) < 2 {
		fs.Usage()
		return 2
	}
	if _, err := os.Stat(ops[0]); err != nil {
		warnf(stderr, "verbatim find: %v (make one with \"verbatim index\")\n", err)
		return 1
	}
	a, err := archive.Open(ops[0])
	if err != nil {
		warnf(stderr, "verbatim find: %v\n", err)
		return 1
	}
	defer a.Close()
	res, err := a.Find(context.Background(), strings.Join(ops[1:], " "), archive.FindOptions{Speaker: *speaker, Limit: *limit})
	if err != nil {
		warnf(stderr, "verbatim find: %v\n", err)
		return 1
	}
	out := newOutput(stdout)
	if *format == "json" {
		enc := json.NewEncoder(out)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		err = enc.Encode(res)
	} else {
		writeFind(termWriter{out}, res)
	}
	if err != nil {
		warnf(stderr, "verbatim find: %v\n", err)
		return 1
	}
	return closeOutput(out, stderr, "find", 0)
}

// writeFind prints a Find result for a reader.
func writeFind(w io.Writer, res *archive.Result) {
	if len(res.Matches) == 0 {
		fmt.Fprintln(w, "No stored statement matches.")
	}
	for i, m := range res.Matches {
		var who []string
		for _, c := range m.Speakers {
			s := c.Speaker
			if s == "" {
				s = "unattributed"
			}
			who = append(who, fmt.Sprintf("%s (%d)", s, c.Articles))
		}
		fmt.Fprintf(w, "%d. statement %d, score %.2f, %d articles: %s\n", i+1, m.Statement, m.Score, m.Articles, strings.Join(who, ", "))
		fmt.Fprintf(w, "   %q\n", m.Text)
		if e := m.Earliest; e != nil {
			fmt.Fprintf(w, "   earliest: %s %s\n", e.Published, source(e))
		}
		for _, v := range m.Versions {
			by := v.Speaker
			if by == "" {
				by = "unattributed"
			}
			if v.Title != "" {
				by += ", " + v.Title
			}
			date := v.Published
			if date == "" {
				date = "undated"
			}
			fmt.Fprintf(w, "   - %s %s, %s: %q\n", date, source(&v), by, v.Text)
		}
	}
	if v := res.Verdict; v != nil {
		fmt.Fprintf(w, "\nverdict: %s: %s\n", v.Status, v.Message)
	}
}

func source(v *archive.Version) string {
	s := v.Doc
	if v.Outlet != "" {
		s = v.Outlet + " (" + v.Doc + ")"
	}
	if v.URL != "" {
		s += " " + v.URL
	}
	return s
}

// archiveFlags checks rep against the archive at path and adds the
// flags it raises to rep, keeping rep.Flags most severe first.
func archiveFlags(path string, rep *compare.Report) error {
	if _, err := os.Stat(path); err != nil {
		return fmt.Errorf("%w (make one with \"verbatim index\")", err)
	}
	a, err := archive.Open(path)
	if err != nil {
		return err
	}
	defer a.Close()
	fl, err := a.Check(context.Background(), rep)
	if err != nil {
		return err
	}
	rep.Flags = append(rep.Flags, fl...)
	compare.SortFlags(rep.Flags)
	return nil
}
