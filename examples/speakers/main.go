// Speakers lists everyone quoted across a folder of articles: their
// main title, every title the articles give them, how often they are
// quoted, and the flags about them.
//
//	go run ./examples/speakers [PATH...]
//
// PATH defaults to the bundled corpus; run it from the repository root.
package main

import (
	"fmt"
	"io"
	"log"
	"os"
	"slices"
	"sort"

	"github.com/verbatim-nlp/verbatim"
	"github.com/verbatim-nlp/verbatim/compare"
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

// run prints one block per speaker who is quoted at least once.
func run(w io.Writer, paths ...string) error {
	docs, err := verbatim.Load(paths...)
	if err != nil {
		log.Print(err) // unreadable inputs are listed; the others were loaded
	}
	if len(docs) == 0 {
		return fmt.Errorf("no articles in %v", paths)
	}
	report, err := verbatim.Check(docs)
	if err != nil {
		log.Print(err) // warnings (a limit passed): the report is whole
	}
	for _, s := range report.Speakers {
		quotes := report.SpeakerQuotes(s.ID)
		if len(quotes) == 0 {
			continue
		}
		fmt.Fprintf(w, "\n%s (%s), %d quotes", s.Name, s.ID, len(quotes))
		if s.Title != "" {
			fmt.Fprintf(w, ", mostly %q", s.Title)
		}
		fmt.Fprintln(w)
		titles := make([]string, 0, len(s.Titles))
		for t := range s.Titles {
			titles = append(titles, t)
		}
		sort.Strings(titles)
		for _, t := range titles {
			fmt.Fprintf(w, "  title %q in %d places\n", t, s.Titles[t])
		}
		for _, f := range about(report, &s) {
			fmt.Fprintf(w, "  [%s] %s: %s\n", f.Severity, f.Kind, f.Message)
		}
	}
	return nil
}

// about returns the flags, most severe first as the report holds them,
// that are about speaker s: on their name or their titles, or naming
// them among a statement's speakers.
func about(report *compare.Report, s *compare.Speaker) []compare.Flag {
	var out []compare.Flag
	for _, f := range report.Flags {
		if f.Subject == s.Name || slices.Contains(f.Values, s.Name) {
			out = append(out, f)
		}
	}
	return out
}
