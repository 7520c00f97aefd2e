package verbatim_test

import (
	"fmt"
	"log"

	"github.com/verbatim-nlp/verbatim"
)

func ExampleExtract() {
	text := []byte(`“We urge all parties to show restraint,” Wang was quoted as saying by the Chinese Foreign Ministry.`)
	res, err := verbatim.Extract(text)
	if err != nil {
		log.Print(err) // warnings: the result is whole
	}
	for _, q := range res.Quotes {
		fmt.Printf("%s [%d:%d] %q\n", q.Kind, q.Start, q.End, q.Text)
		fmt.Printf("  speaker %q via %q, cue %q\n", q.Speaker, q.Via, q.Cue.Text)
	}
	// Output:
	// direct [3:40] "We urge all parties to show restraint"
	//   speaker "Wang" via "Chinese Foreign Ministry", cue "was quoted as saying"
}

func ExampleCheck() {
	docs := []verbatim.Document{
		{Name: "a.txt", Text: []byte("US Secretary of State Antony Blinken spoke to reporters.\n\n" +
			"“The document includes concerns of the United States and our allies about Russia’s actions,” Blinken said.")},
		{Name: "b.txt", Text: []byte("Anthony Blinken, the US Secretary of State, spoke on Wednesday.\n\n" +
			"“The document includes concerns of the United States and our allies about Russia’s actions,” Blinken told reporters.")},
		{Name: "c.txt", Text: []byte("Secretary of State Antony Blinken met his Chinese counterpart on Thursday.\n\n" +
			"“De-escalation and diplomacy are the way forward,” Blinken said after the call.")},
	}
	report, err := verbatim.Check(docs)
	if err != nil {
		log.Print(err) // warnings: the report is whole
	}
	for _, c := range report.Clusters {
		if c.Docs > 1 {
			fmt.Printf("%s, in %d documents: %q\n", c.Speaker, c.Docs, c.Text)
		}
	}
	for _, f := range report.Flags {
		fmt.Printf("%s %s: %q\n", f.Severity, f.Kind, f.Values)
	}
	// Output:
	// Antony Blinken, in 2 documents: "The document includes concerns of the United States and our allies about Russia’s actions"
	// low name-variant: ["Antony Blinken" "Anthony Blinken"]
}
