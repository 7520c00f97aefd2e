// Extract prints the quotes of one article with their speakers.
//
//	go run ./examples/extract [FILE]
//
// FILE defaults to the first article of the bundled corpus; run it from
// the repository root.
package main

import (
	"fmt"
	"io"
	"log"
	"os"

	"github.com/verbatim-nlp/verbatim"
)

const defaultFile = "testdata/corpus/000_de00b857d2019a86.txt"

func main() {
	file := defaultFile
	if len(os.Args) > 1 {
		file = os.Args[1]
	}
	if err := run(os.Stdout, file); err != nil {
		log.Fatal(err)
	}
}

// run prints one line per quote: byte offsets, kind, speaker and text.
func run(w io.Writer, file string) error {
	text, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	res, err := verbatim.Extract(text)
	if err != nil {
		log.Print(err) // warnings, at line:col (text not UTF-8, a quote over the limit): res is whole
	}
	for _, q := range res.Quotes {
		who := q.Speaker
		if who == "" {
			who = "(no speaker)"
		}
		// text[q.Start:q.End] is exactly q.Text: offsets are bytes.
		fmt.Fprintf(w, "%d-%d %s %s: %q\n", q.Start, q.End, q.Kind, who, q.Text)
	}
	return nil
}
