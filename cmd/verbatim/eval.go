package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/verbatim-nlp/verbatim/internal/eval"
	"github.com/verbatim-nlp/verbatim/quote"
)

// defaultGold is PolNeAR's dev split where the project keeps it, next to
// the repository; it is used when -gold is not given and it exists.
var defaultGold = filepath.Join("..", "shared", "eval", "polnear", "polnear_dev.jsonl")

const evalUsage = `Usage: verbatim eval [-gold FILE.jsonl] [-baseline] [-v] [-format text|json]

Scores Verbatim's quotes against gold annotations in JSON Lines (the
PolNeAR format of ../shared/eval/README.md): quoted segments (exact and
lenient matching), indirect quotes, and speaker and cue accuracy. The
method is described in EVALUATION.md and in package internal/eval.

Flags:
`

// runEval implements "verbatim eval". It returns the exit status: 0 on
// success, 1 when the gold cannot be read, 2 on a usage error.
func runEval(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	gold := fs.String("gold", "", "gold `FILE` in JSON Lines (default "+defaultGold+" when it exists)")
	baseline := fs.Bool("baseline", false, "score the regular-expression baseline (\"…\" and “…”) instead of the pipeline")
	verbose := fs.Bool("v", false, "also list every false positive, false negative and wrong speaker, with context")
	format := fs.String("format", "text", "output `format`: text (a table) or json")
	context := fs.Int("context", 50, "bytes of surrounding text to show with each mistake in -v")
	skipArchive := fs.Bool("skip-archive-marks", false, "leave out gold documents that write quotes with doubled apostrophes (''…''), which PolNeAR's conversion did not read as quote marks")
	fs.Usage = func() {
		fmt.Fprint(stderr, evalUsage)
		fs.PrintDefaults()
	}
	if status, ok := parseFlags(fs, args); !ok {
		return status
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "verbatim eval: unexpected argument %q\n", fs.Arg(0))
		fs.Usage()
		return 2
	}
	if *format != "text" && *format != "json" {
		fmt.Fprintf(stderr, "verbatim eval: unknown format %q (want text or json)\n", *format)
		return 2
	}
	path := *gold
	if path == "" {
		if _, err := os.Stat(defaultGold); err != nil {
			fmt.Fprintf(stderr, "verbatim eval: no -gold given and %s not found\n", defaultGold)
			return 2
		}
		path = defaultGold
	}
	docs, err := loadGold(path)
	if err != nil {
		fmt.Fprintf(stderr, "verbatim eval: %s: %v\n", path, err)
		return 1
	}

	if *skipArchive {
		docs = slices.DeleteFunc(docs, func(d eval.Doc) bool { return strings.Contains(d.Text, "''") })
	}

	predict, name := pipelineQuotes, "pipeline"
	if *baseline {
		predict, name = eval.Baseline, "baseline"
	}
	var scores eval.Scores
	var mistakes []eval.Mistake
	for i := range docs {
		preds := predict([]byte(docs[i].Text))
		scores.Add(&docs[i], preds)
		if *verbose {
			mistakes = append(mistakes, eval.Mistakes(&docs[i], preds, max(*context, 0))...)
		}
	}

	if *format == "json" {
		out := struct {
			Gold      string         `json:"gold"`
			Predictor string         `json:"predictor"`
			Scores    *eval.Scores   `json:"scores"`
			Mistakes  []eval.Mistake `json:"mistakes,omitempty"`
		}{path, name, &scores, mistakes}
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(out); err != nil {
			fmt.Fprintf(stderr, "verbatim eval: %v\n", err)
			return 1
		}
		return 0
	}
	out := newOutput(stdout)
	tw := termWriter{out} // mistakes quote the gold file's text
	for _, m := range mistakes {
		fmt.Fprintln(tw, m)
	}
	if len(mistakes) > 0 {
		fmt.Fprintln(out)
	}
	writeTable(tw, path, name, &scores)
	return closeOutput(out, stderr, "eval", 0)
}

func loadGold(path string) ([]eval.Doc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return eval.LoadJSONL(f)
}

// writeTable prints the scores as aligned columns.
func writeTable(w io.Writer, path, name string, s *eval.Scores) {
	fmt.Fprintf(w, "%s on %s (%d documents)\n\n", name, path, s.Docs)
	fmt.Fprintf(w, "%-22s %6s %6s %6s %6s %6s %6s\n", "", "TP", "FP", "FN", "P", "R", "F1")
	prf := func(label string, p eval.PRF) {
		fmt.Fprintf(w, "%-22s %6d %6d %6d %6.3f %6.3f %6.3f\n", label, p.TP, p.FP, p.FN, p.Precision(), p.Recall(), p.F1())
	}
	prf("segments, exact", s.SegmentsExact)
	prf("segments, lenient", s.SegmentsLenient)
	prf("indirect, lenient", s.Indirect)
	prf("indirect, any overlap", s.IndirectAny)
	fmt.Fprintf(w, "\n%-22s %6s %6s %6s %8s\n", "", "right", "total", "none", "accuracy")
	acc := func(label string, a eval.Accuracy) {
		fmt.Fprintf(w, "%-22s %6d %6d %6d %8.3f\n", label, a.Correct, a.Total, a.Missing, a.Value())
	}
	acc("speaker, all", s.Speaker)
	acc("speaker, direct", s.SpeakerDirect)
	acc("speaker, mixed", s.SpeakerMixed)
	acc("speaker, indirect", s.SpeakerIndirect)
	acc("cue", s.Cue)
}

// Keep the predictor's type in step with the pipeline's.
var _ func([]byte) []quote.Quote = pipelineQuotes
