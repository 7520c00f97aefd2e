package compare_test

import (
	"fmt"
	"log"
	"strings"

	"github.com/verbatim-nlp/verbatim/compare"
	"github.com/verbatim-nlp/verbatim/quote"
)

// doc places each quote in a small article and returns the Document.
func doc(name, speaker, title string, quotes ...string) compare.Document {
	d := compare.Document{Name: name}
	var b strings.Builder
	for _, q := range quotes {
		b.WriteString(title + " " + speaker + " said: “")
		start := b.Len()
		b.WriteString(q)
		d.Quotes = append(d.Quotes, quote.Quote{Start: start, End: b.Len(), Text: q, Kind: quote.Direct, Speaker: speaker, Title: title})
		b.WriteString("”\n")
	}
	d.Text = []byte(b.String())
	return d
}

func Example() {
	docs := []compare.Document{
		doc("amna.txt", "Wang Yi", "Chinese Foreign Minister",
			"We urge all parties to show restraint, refrain from escalating tensions and exacerbating the crisis"),
		doc("scmp.txt", "Wang Yi", "Foreign Minister",
			"We call on all parties to remain calm and refrain from doing things that stimulate tension and hype up the crisis"),
	}
	c, err := compare.New(compare.Threshold(0.6)) // options are checked here
	if err != nil {
		log.Fatal(err)
	}
	rep := c.Compare(docs)
	for _, c := range rep.Clusters {
		fmt.Printf("%s: %d quotes from %d articles\n", c.Speaker, len(c.Quotes), c.Docs)
	}
	for _, f := range rep.Flags {
		fmt.Printf("%s (%s): %s\n", f.Kind, f.Severity, f.Diff)
	}
	// Output:
	// Wang Yi: 2 quotes from 2 articles
	// variant-wording (medium): we [-call on-] {+urge+} all parties to [-remain calm and-] {+show restraint+} refrain from [-doing things that stimulate tension-] {+escalating tensions+} and [-hype up-] {+exacerbating+} the crisis
}
