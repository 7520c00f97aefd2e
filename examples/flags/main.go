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
// subject, message and the places to look.
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
			fmt.Fprintf(w, "  %s bytes %d-%d\n", e.Doc, e.Start, e.End)
		}
	}
	return nil
}
