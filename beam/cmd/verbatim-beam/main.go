// Command verbatim-beam runs "verbatim check" as an Apache Beam
// pipeline: articles are read and their quotes extracted on many
// workers, then clustered and flagged, and the report is written as
// sharded JSON Lines plus a summary (see package pipeline).
//
// Usage:
//
//	verbatim-beam -input PATH[,PATH...] -output DIR [-shards N] [-rounds N] [-max-group N] [Beam flags]
//
// Locally it runs on Beam's Prism runner (the default); the same binary
// is submitted to Dataflow, Flink or Spark with --runner and that
// runner's flags (BENCHMARKS.md lists them).
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	"github.com/verbatim-nlp/verbatim/beam/pipeline"
)

var (
	input  = flag.String("input", "", "comma-separated files, folders or globs (gs://bucket/news/*.jsonl.gz) of articles: .txt, .html, .htm, .jsonl, .jsonl.gz")
	output = flag.String("output", "", "folder for the report: KIND-SSSSS-of-NNNNN.jsonl for documents, speakers, quotes, clusters and flags, and summary.json")
	shards = flag.Int("shards", 4, "files per kind of record")
	rounds = flag.Int("rounds", 4, "rounds of label propagation before one union-find finishes the components of statements (0: none)")
	group  = flag.Int("max-group", 256, "statements of one word's group whose pairs are all checked; a larger group is checked in windows")
)

func main() {
	flag.Parse()
	beam.Init() // a worker started by the runner returns only at exit
	if *input == "" || *output == "" {
		fmt.Fprintln(os.Stderr, "Usage: verbatim-beam -input PATH[,PATH...] -output DIR [-shards N] [--runner=prism|dataflow|flink|spark ...]")
		flag.PrintDefaults()
		os.Exit(2)
	}
	if !strings.Contains(*output, "://") {
		if err := os.MkdirAll(*output, 0o755); err != nil {
			fmt.Fprintf(os.Stderr, "verbatim-beam: %v\n", err)
			os.Exit(1)
		}
	}
	p, s := beam.NewPipelineWithRoot()
	r := *rounds
	if r == 0 {
		r = -1 // Config's zero is the default
	}
	pipeline.Build(s, pipeline.Config{Inputs: strings.Split(*input, ","), Output: *output, Shards: *shards, Rounds: r, MaxGroup: *group})
	if err := beamx.Run(context.Background(), p); err != nil {
		fmt.Fprintf(os.Stderr, "verbatim-beam: %v\n", err)
		os.Exit(1)
	}
}
