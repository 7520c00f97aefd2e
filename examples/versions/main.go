// Versions prints each statement that more than one article quotes,
// with every version by outlet and the words that differ from the most
// common wording marked [like this].
//
//	go run ./examples/versions [PATH...]
//
// PATH defaults to the bundled corpus; run it from the repository root.
package main

import (
	"fmt"
	"io"
	"log"
	"os"
	"strings"
	"unicode"

	"github.com/verbatim-nlp/verbatim"
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

// run prints one block per statement quoted by two or more articles:
// the most common wording, then each version as "outlet (speaker): text".
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
	for _, c := range report.Clusters {
		if c.Docs < 2 {
			continue
		}
		fmt.Fprintf(w, "\n%s %q\n", c.ID, c.Text)
		for _, q := range report.ClusterQuotes(c.ID) {
			outlet := q.Doc
			if d, ok := report.Document(q.Doc); ok && d.Outlet != "" {
				outlet = d.Outlet
			}
			who := q.SpeakerName
			if who == "" {
				who = "unattributed"
			}
			fmt.Fprintf(w, "  %s (%s): %s\n", outlet, who, mark(q.Text, c.Text))
		}
	}
	return nil
}

// mark returns text with each word that the reference does not hold
// put in brackets; case and punctuation are ignored.
func mark(text, reference string) string {
	ref := map[string]bool{}
	for _, w := range strings.Fields(reference) {
		ref[norm(w)] = true
	}
	words := strings.Fields(text)
	for i, w := range words {
		if !ref[norm(w)] {
			words[i] = "[" + w + "]"
		}
	}
	return strings.Join(words, " ")
}

func norm(w string) string {
	return strings.ToLower(strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }))
}
