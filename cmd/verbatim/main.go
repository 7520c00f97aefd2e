// Command verbatim finds quotes in news articles, credits them to their
// speakers, and checks whether outlets agree.
//
// Usage:
//
//	verbatim extract [-format jsonl|text] PATH...
//	verbatim check [-format text|json|html|csv] [-archive DB] PATH...
//	verbatim index [-batch N] DB PATH...
//	verbatim find DB [-speaker NAME] [-format text|json] [-limit N] "quote text"
//	verbatim eval [-gold FILE.jsonl] [flags]
//
// Run "verbatim COMMAND -h" for the flags of each command.
package main

import (
	"fmt"
	"io"
	"os"

	_ "github.com/verbatim-nlp/verbatim/input/html" // read saved web pages (.html, .htm)
)

type command struct {
	name, summary string
	run           func(args []string, stdout, stderr io.Writer) int
}

func commands() []command {
	return []command{
		{"extract", "print every quote of the articles, one JSON object per line", runExtract},
		{"check", "cluster the quotes of many articles and flag where outlets differ", runCheck},
		{"index", "store the quotes of articles in an archive (one SQLite file) for find and check -archive", runIndex},
		{"find", "look up a quote in an archive: who said it, in which words, first reported where", runFind},
		{"eval", "score extract against a gold file in the PolNeAR JSON Lines format", runEval},
	}
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "-help" || args[0] == "--help" || args[0] == "help" {
		usage(stderr)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	for _, c := range commands() {
		if c.name == args[0] {
			return c.run(args[1:], stdout, stderr)
		}
	}
	fmt.Fprintf(stderr, "verbatim: unknown command %q\n", args[0])
	usage(stderr)
	return 2
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "Verbatim finds what news articles quote, who said it, and whether outlets agree.")
	fmt.Fprintln(w, "\nUsage:\n\n\tverbatim COMMAND [flags] PATH...\n\nCommands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "\t%-8s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nPATH is a file or a folder searched recursively for .txt, .html, .htm and .jsonl articles.")
	fmt.Fprintln(w, `Run "verbatim COMMAND -h" for the flags of a command.`)
}
