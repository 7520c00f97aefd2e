// Command verbatim-synth writes synthetic articles for scale runs: each
// is some paragraphs of an article of a corpus, in order, sometimes with
// two neighbouring words swapped in one paragraph, so that wire copies,
// excerpts and variant renderings all occur. Its output is JSON Lines,
// gzipped when the name ends in .gz.
//
// Usage:
//
//	verbatim-synth -n 100000 -corpus testdata/corpus -out /tmp/synth.jsonl
package main

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"strings"

	"github.com/verbatim-nlp/verbatim"
)

func main() {
	n := flag.Int("n", 100000, "number of articles")
	corpus := flag.String("corpus", "testdata/corpus", "folder of articles to draw paragraphs from")
	out := flag.String("out", "", "output file (.jsonl or .jsonl.gz)")
	seed := flag.Uint64("seed", 1, "random seed: the same seed writes the same file")
	flag.Parse()
	if *out == "" {
		flag.Usage()
		os.Exit(2)
	}
	if err := run(*n, *corpus, *out, *seed); err != nil {
		fmt.Fprintf(os.Stderr, "verbatim-synth: %v\n", err)
		os.Exit(1)
	}
}

func run(n int, corpus, out string, seed uint64) error {
	docs, err := verbatim.Load(corpus)
	if err != nil {
		return err
	}
	if len(docs) == 0 {
		return fmt.Errorf("%s: no articles", corpus)
	}
	paras := make([][]string, len(docs))
	for i, d := range docs {
		for _, p := range strings.Split(string(d.Text), "\n\n") {
			if strings.TrimSpace(p) != "" {
				paras[i] = append(paras[i], p)
			}
		}
	}
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	defer f.Close()
	var w io.Writer = f
	var zw *gzip.Writer
	if strings.HasSuffix(out, ".gz") {
		zw = gzip.NewWriter(f)
		w = zw
	}
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	r := rand.New(rand.NewPCG(seed, 0))
	for i := range n {
		src := paras[r.IntN(len(paras))]
		var keep []string
		for _, p := range src {
			if r.IntN(2) == 0 {
				keep = append(keep, p)
			}
		}
		if len(keep) == 0 {
			keep = append(keep, src[r.IntN(len(src))])
		}
		if r.IntN(10) < 3 { // a variant rendering
			k := r.IntN(len(keep))
			ws := strings.Split(keep[k], " ")
			if len(ws) > 2 {
				j := r.IntN(len(ws) - 1)
				ws[j], ws[j+1] = ws[j+1], ws[j]
				keep[k] = strings.Join(ws, " ")
			}
		}
		a := map[string]string{
			"id":     fmt.Sprintf("s%07d", i),
			"outlet": fmt.Sprintf("outlet-%02d", i%50),
			"text":   strings.Join(keep, "\n\n"),
		}
		if err := enc.Encode(a); err != nil {
			return err
		}
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	if zw != nil {
		if err := zw.Close(); err != nil {
			return err
		}
	}
	return f.Close()
}
