package archive

import (
	"bufio"
	"context"
	"encoding/json"
	"math/rand"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/verbatim-nlp/verbatim"
	"github.com/verbatim-nlp/verbatim/internal/cputime"
)

// evalDir is the shared evaluation data, beside the repository.
const evalDir = "../../shared/eval"

// loadEval reads PolNeAR train and dev and the two news sets, or skips.
func loadEval(b *testing.B) []verbatim.Document {
	var docs []verbatim.Document
	for _, f := range []string{"polnear/polnear_train.jsonl", "polnear/polnear_dev.jsonl"} {
		path := filepath.Join(evalDir, f)
		file, err := os.Open(path)
		if err != nil {
			b.Skipf("needs %s (the shared PolNeAR files): %v", path, err)
		}
		sc := bufio.NewScanner(file)
		sc.Buffer(nil, 1<<26)
		for sc.Scan() {
			var a struct {
				ID, Publisher, Title, Text string
				Date                       string `json:"publication_date"`
			}
			if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
				b.Fatal(err)
			}
			docs = append(docs, verbatim.Document{Name: f + "#" + a.ID, Outlet: a.Publisher, Published: a.Date, Headline: a.Title, Text: []byte(a.Text)})
		}
		file.Close()
	}
	for _, set := range []string{"a", "b"} {
		dir := filepath.Join(evalDir, "news", set, "articles")
		ds, err := verbatim.Load(dir)
		if err != nil && len(ds) == 0 {
			b.Skipf("needs %s (the shared news sets): %v", dir, err)
		}
		docs = append(docs, ds...)
	}
	return docs
}

// rewordings are swaps a user's paraphrase might make; the queries
// built from them test Find, not any stage's lexicon.
var rewordings = map[string]string{
	"said": "stated", "big": "large", "help": "assist", "think": "believe", "want": "wish",
	"important": "crucial", "need": "require", "very": "really", "people": "folks", "get": "obtain",
	"country": "nation", "going": "about", "make": "create", "believe": "think", "job": "work",
	"good": "fine", "bad": "poor", "many": "numerous", "start": "begin", "end": "finish",
}

// BenchmarkArchiveEval indexes PolNeAR train and dev and the news sets,
// then asks Find 100 queries made from stored quotes (cut short,
// reworded, re-cased) and 100 reporter's sentences that no article
// quotes. It reports the share with the right statement first
// (found-%), the share of never-quoted sentences with no result
// (none-%), articles indexed per CPU-second and bytes of database per
// article. Run with -benchtime 1x.
func BenchmarkArchiveEval(b *testing.B) {
	docs := loadEval(b)
	ctx := context.Background()
	path := filepath.Join(b.TempDir(), "eval.db")
	a, err := Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer a.Close()
	cpu0, t0 := cputime.Used(), time.Now()
	for i := 0; i < len(docs); i += 64 {
		if _, err := a.Add(ctx, docs[i:min(i+64, len(docs))]); err != nil {
			b.Fatal(err)
		}
	}
	cpu, wall := cputime.Used()-cpu0, time.Since(t0)
	if _, err := a.db.Exec("PRAGMA wal_checkpoint(TRUNCATE)"); err != nil {
		b.Fatal(err)
	}
	info, err := os.Stat(path)
	if err != nil {
		b.Fatal(err)
	}
	var arts, quotes, stmts int
	a.db.QueryRow("SELECT count(*) FROM articles").Scan(&arts)
	a.db.QueryRow("SELECT count(*) FROM quotes").Scan(&quotes)
	a.db.QueryRow("SELECT count(*) FROM statements").Scan(&stmts)
	b.Logf("indexed %d articles (%d quotes, %d statements) in %v wall, %v CPU; %d bytes", arts, quotes, stmts, wall, cpu, info.Size())

	rng := rand.New(rand.NewSource(16))
	pos := positives(b, a, rng, 100)
	neg := negatives(b, a, docs, rng, 100)
	found, none := 0, 0
	for i, q := range pos {
		res, err := a.Find(ctx, q.text, FindOptions{})
		if err != nil {
			b.Fatal(err)
		}
		if len(res.Matches) > 0 && res.Matches[0].Statement == q.stmt {
			found++
		} else if testing.Verbose() {
			b.Logf("positive %d (%s) missed: %q", i, q.how, q.text)
		}
	}
	for i, q := range neg {
		res, err := a.Find(ctx, q, FindOptions{})
		if err != nil {
			b.Fatal(err)
		}
		if len(res.Matches) == 0 {
			none++
		} else if testing.Verbose() {
			b.Logf("negative %d matched at score %.2f: %q ~ %q", i, res.Matches[0].Score, q, res.Matches[0].Text)
		}
	}
	b.ReportMetric(100*float64(found)/float64(len(pos)), "found-%")
	b.ReportMetric(100*float64(none)/float64(len(neg)), "none-%")
	b.ReportMetric(float64(arts)/cpu.Seconds(), "articles/cpu-s")
	b.ReportMetric(float64(info.Size())/float64(arts), "bytes/article")
}

type positive struct {
	text, how string
	stmt      int64
}

// positives draws n stored direct quotes of 10 words or more, each in
// a statement of its own words, and makes a query of each: cut to its
// middle 60 %, reworded (a word dropped, synonyms swapped, two words
// swapped) or re-cased without punctuation, in turn, with the other
// changes sometimes added.
func positives(b *testing.B, a *Archive, rng *rand.Rand, n int) []positive {
	rows, err := a.db.Query(`SELECT q.text, r.statement FROM quotes q JOIN renderings r ON r.id = q.rendering
		WHERE q.kind = 'direct' AND r.content >= 6 GROUP BY r.id ORDER BY r.id`)
	if err != nil {
		b.Fatal(err)
	}
	var all []positive
	for rows.Next() {
		var p positive
		if err := rows.Scan(&p.text, &p.stmt); err != nil {
			b.Fatal(err)
		}
		if len(strings.Fields(p.text)) >= 10 {
			all = append(all, p)
		}
	}
	rows.Close()
	rng.Shuffle(len(all), func(i, j int) { all[i], all[j] = all[j], all[i] })
	var out []positive
	for i, p := range all[:min(n, len(all))] {
		ws := strings.Fields(p.text)
		switch i % 3 {
		case 0:
			k := len(ws) * 6 / 10
			from := rng.Intn(len(ws) - k + 1)
			ws = ws[from : from+k]
			p.how = "truncated"
		case 1:
			ws = append(ws[:0:0], ws...)
			drop := rng.Intn(len(ws))
			ws = append(ws[:drop], ws[drop+1:]...)
			for j, w := range ws {
				if r, ok := rewordings[strings.ToLower(w)]; ok {
					ws[j] = r
				}
			}
			j := rng.Intn(len(ws) - 1)
			ws[j], ws[j+1] = ws[j+1], ws[j]
			p.how = "reworded"
		case 2:
			p.how = "re-cased"
		}
		text := strings.Join(ws, " ")
		if i%3 == 2 || rng.Intn(3) == 0 {
			text = strings.Map(func(r rune) rune {
				if unicode.IsPunct(r) {
					return -1
				}
				return r
			}, text)
			if rng.Intn(2) == 0 {
				text = strings.ToUpper(text)
			} else {
				text = strings.ToLower(text)
			}
			if i%3 != 2 {
				p.how += "+re-cased"
			}
		}
		p.text = text
		out = append(out, p)
	}
	return out
}

// negatives picks n reporter's sentences of 10 to 40 words that hold no
// quote mark and overlap no quote stored for their article (direct,
// partial or indirect): words nobody is reported to have said.
func negatives(b *testing.B, a *Archive, docs []verbatim.Document, rng *rand.Rand, n int) []string {
	order := rng.Perm(len(docs))
	var out []string
	for _, di := range order {
		if len(out) == n {
			break
		}
		d := docs[di]
		var spans [][2]int
		rows, err := a.db.Query(`SELECT q.start, q."end" FROM quotes q JOIN articles a ON a.id = q.article WHERE a.name = ?`, d.Name)
		if err != nil {
			b.Fatal(err)
		}
		for rows.Next() {
			var s [2]int
			rows.Scan(&s[0], &s[1])
			spans = append(spans, s)
		}
		rows.Close()
		text := string(d.Text)
		var cands []string
		for start := 0; start < len(text); {
			end := strings.IndexAny(text[start:], ".?!\n")
			if end < 0 {
				end = len(text) - start
			}
			s, e := start, start+end
			start = e + 1
			sent := strings.TrimSpace(text[s:e])
			if nw := len(strings.Fields(sent)); nw < 10 || nw > 40 || strings.ContainsAny(sent, "\"“”‘’'«»") {
				continue
			}
			overlaps := false
			for _, sp := range spans {
				if sp[0] < e && s < sp[1] {
					overlaps = true
					break
				}
			}
			if !overlaps {
				cands = append(cands, sent)
			}
		}
		if len(cands) > 0 {
			out = append(out, cands[rng.Intn(len(cands))])
		}
	}
	sort.Strings(out)
	return out
}
