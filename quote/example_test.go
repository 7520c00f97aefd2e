package quote_test

import (
	"fmt"

	"github.com/verbatim-nlp/verbatim/quote"
)

func ExampleExtract() {
	src := []byte(`Without naming NATO, Wang said that “regional security cannot be guaranteed by strengthening or expanding military blocs.” They criticised the Asia-Pacific “Quad” of Australia, India, Japan and the US.`)
	for _, q := range quote.Extract(src) {
		fmt.Printf("%s [%d:%d] %q\n", q.Kind, q.Start, q.End, q.Text)
	}
	// Output:
	// partial [39:123] "regional security cannot be guaranteed by strengthening or expanding military blocs."
	// term [163:167] "Quad"
}

func ExampleExtractor_Marks() {
	src := []byte(`“Russia’s concerns,” he said.`)
	for _, m := range new(quote.Extractor).Marks(src) {
		fmt.Printf("%c %s at %d\n", m.Rune, m.Role, m.Start)
	}
	// Output:
	// “ opening at 0
	// ’ apostrophe at 9
	// ” closing at 23
}
