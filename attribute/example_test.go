package attribute_test

import (
	"fmt"

	"github.com/verbatim-nlp/verbatim/attribute"
	"github.com/verbatim-nlp/verbatim/quote"
)

func Example() {
	src := []byte("Chinese Foreign Minister Wang Yi spoke to Antony Blinken on Thursday.\n\n" +
		"“We urge all parties to show restraint,” Wang was quoted as saying by the Chinese Foreign Ministry. " +
		"He said that regional security cannot be guaranteed by expanding military blocs.")
	a, err := attribute.New()
	if err != nil {
		panic(err)
	}
	r := a.Attribute(src, quote.Extract(src))
	for _, q := range r.Quotes {
		fmt.Printf("%s [%d:%d] %q\n  speaker %q (mention %q, title %q, via %q) rule %s\n",
			q.Kind, q.Start, q.End, q.Text, q.Speaker, q.Mention.Text, q.Title, q.Via, q.Rule)
	}
	// Output:
	// direct [74:111] "We urge all parties to show restraint"
	//   speaker "Wang Yi" (mention "Wang", title "Chinese Foreign Minister", via "Chinese Foreign Ministry") rule cue-after:quoted as saying
	// indirect [188:254] "regional security cannot be guaranteed by expanding military blocs"
	//   speaker "Wang Yi" (mention "He", title "Chinese Foreign Minister", via "") rule indirect:said
}
