package report_test

import (
	"fmt"
	"log"
	"strings"

	"github.com/verbatim-nlp/verbatim"
	"github.com/verbatim-nlp/verbatim/report"
)

// The page for a folder of articles, each quote shown in its sentence.
func ExampleHTML() {
	docs, err := verbatim.Load("../testdata/corpus")
	if err != nil {
		log.Fatal(err)
	}
	texts := map[string][]byte{}
	for _, d := range docs {
		texts[d.Name] = d.Text
	}
	rep, err := verbatim.Check(docs)
	if err != nil {
		log.Fatal(err)
	}
	var page strings.Builder
	err = report.HTML(&page, rep, report.WithTitle("Ukraine crisis: what the outlets quote"),
		report.WithText(func(doc string) []byte { return texts[doc] }))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(strings.Contains(page.String(), `<section id="summary"`))
	fmt.Println(report.Labels(rep)["../testdata/corpus/000_de00b857d2019a86.txt"])
	// Output:
	// true
	// Article 000
}
