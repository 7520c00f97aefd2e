// Lexicon runs Verbatim with a custom cue lexicon: speech verbs and
// channels the built-in lexicon lacks, given as options and as a
// lexicon file in the format of attribute.Lexicon.
//
//	go run ./examples/lexicon [PATH...]
//
// It first shows the difference on a short news paragraph, then runs
// the custom pipeline over PATH (default: the bundled corpus, from the
// repository root).
package main

import (
	"fmt"
	"io"
	"log"
	"os"
	"strings"

	"github.com/verbatim-nlp/verbatim"
	"github.com/verbatim-nlp/verbatim/attribute"
)

// newsroomLexicon is what a newsroom might keep in a file: extra cues
// (first form names the cue) and wire services that relay, not speak.
const newsroomLexicon = `
[cue]
rue | rued | rues | ruing

[channel]
interfax
`

const paragraph = `“The harvest is lost for a second year,” rued Olena Marchenko, who farms 400 hectares near Kherson. “We planted, and then the rain never came,” she quipped, without smiling.`

func main() {
	paths := os.Args[1:]
	if len(paths) == 0 {
		paths = []string{"testdata/corpus"}
	}
	if err := run(os.Stdout, paths...); err != nil {
		log.Fatal(err)
	}
}

func run(w io.Writer, paths ...string) error {
	std, err := verbatim.New()
	if err != nil {
		return err
	}
	custom, err := verbatim.New(verbatim.AttributeOptions(
		attribute.LexiconFrom(strings.NewReader(newsroomLexicon)),
		attribute.Cues("decry", "decried", "decries", "decrying"),
	))
	if err != nil {
		return err // a malformed lexicon is reported here
	}
	for _, p := range []struct {
		name string
		pl   *verbatim.Pipeline
	}{{"built-in lexicon", std}, {"custom lexicon", custom}} {
		fmt.Fprintf(w, "%s:\n", p.name)
		res, err := p.pl.Extract([]byte(paragraph))
		if err != nil {
			fmt.Fprintln(w, "  warning:", err) // the result is whole all the same
		}
		for _, q := range res.Quotes {
			who := q.Speaker
			if who == "" {
				who = "(no speaker)"
			}
			fmt.Fprintf(w, "  %s <- %q (cue %q)\n", who, q.Text, q.Cue.Text)
		}
	}

	docs, err := verbatim.Load(paths...)
	if err != nil {
		log.Print(err)
	}
	results, err := custom.ExtractAll(docs)
	if err != nil {
		log.Print(err) // warnings: limits passed, text not UTF-8; results are whole
	}
	attributed, total := 0, 0
	for _, res := range results {
		for _, q := range res.Quotes {
			if q.IsSpeech() {
				total++
				if q.Speaker != "" {
					attributed++
				}
			}
		}
	}
	fmt.Fprintf(w, "\n%d articles: %d of %d quoted statements credited to a speaker\n", len(docs), attributed, total)
	return nil
}
