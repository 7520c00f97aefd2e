// Flags checks a folder of articles and prints where outlets disagree.
//
//	go run ./examples/flags [PATH...]
//
// PATH defaults to the bundled corpus; run it from the repository root.
// Folders are searched for .txt, .html, .htm and .jsonl articles.
package main

import (
	"fmt"
	"io"
	"log"
	"os"

	"github.com/verbatim-nlp/verbatim"
	_ "github.com/verbatim-nlp/verbatim/input/html" // read saved web pages too
)

func main() {
	paths := os.Args[1:]
	if len(paths) == 0 {
		paths = []string{"testdata/corpus"}
	}
	if err := run(os.Stdout, paths...); err != nil {
		log.Fatal(err)
	}
}

// run prints one paragraph per flag, most severe first: severity, kind,
// subject and message, then each version the flag compares — who
// printed it, whom they credit with the speaker's main title, the words
// — and where it is. The report's lookups (Document, SpeakerNamed)
// join the ids; no map is built here.
func run(w io.Writer, paths ...string) error {
	docs, err := verbatim.Load(paths...)
	if err != nil {
		// Unreadable inputs are listed; the others were loaded.
		log.Print(err)
	}
	if len(docs) == 0 {
		return fmt.Errorf("no articles in %v", paths)
	}
	report, err := verbatim.Check(docs)
	if err != nil {
		log.Print(err) // warnings (a limit passed): the report is whole
	}
	fmt.Fprintf(w, "%d articles, %d flags\n", len(docs), len(report.Flags))
	for _, f := range report.Flags {
		fmt.Fprintf(w, "\n%s %s: %s\n  %s\n", f.Severity, f.Kind, f.Subject, f.Message)
		for _, e := range f.Evidence {
			source := e.Outlet
			if d, ok := report.Document(e.Doc); ok && source == "" {
				source = d.Outlet
			}
			if source == "" {
				source = e.Doc
			}
			fmt.Fprintf(w, "  %s", source)
			if s, ok := report.SpeakerNamed(e.Speaker); ok && s.Title != "" {
				fmt.Fprintf(w, " (%s, %s)", s.Name, s.Title)
			} else if e.Speaker != "" {
				fmt.Fprintf(w, " (%s)", e.Speaker)
			}
			if e.Text != "" {
				fmt.Fprintf(w, ": %q", e.Text)
			}
			fmt.Fprintf(w, "\n    at %s bytes %d-%d\n", e.Doc, e.Start, e.End)
		}
		if f.Diff != "" {
			fmt.Fprintf(w, "  diff: %s\n", f.Diff)
		}
	}
	return nil
}
