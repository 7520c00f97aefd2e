package archive

import (
	"context"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/verbatim-nlp/verbatim/internal/cputime"
)

// BenchmarkIndexSynthetic indexes 2,000 synthetic articles (see synth)
// in batches of 64 and reports articles per CPU-second.
func BenchmarkIndexSynthetic(b *testing.B) {
	s := newSynth(50000)
	a, _ := open(b)
	ctx := context.Background()
	const n = 2000
	cpu0, t0 := cputime.Used(), time.Now()
	for i := 0; i < n; i += 64 {
		if _, err := a.Add(ctx, s.articles(i, min(i+64, n))); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n)/(cputime.Used()-cpu0).Seconds(), "articles/cpu-s")
	b.ReportMetric(float64(n)/time.Since(t0).Seconds(), "articles/s")
}

// BenchmarkFindLatency measures Find on a synthetic archive of
// VERBATIM_ARCHIVE_N articles (default 100,000; see synth): 500 stored
// statements cut to 60 % of their words and 500 sentences never said,
// one query at a time. It reports p50 and p99 latency in milliseconds,
// wall and CPU, and the database size per article. The archive is built once into
// VERBATIM_ARCHIVE_DB (default: in the system's temporary folder) and
// reused while it holds N articles: building 100,000 takes minutes.
func BenchmarkFindLatency(b *testing.B) {
	n := 100000
	if v, err := strconv.Atoi(os.Getenv("VERBATIM_ARCHIVE_N")); err == nil && v > 0 {
		n = v
	}
	path := os.Getenv("VERBATIM_ARCHIVE_DB")
	if path == "" {
		path = filepath.Join(os.TempDir(), fmt.Sprintf("verbatim-archive-synth-%d.db", n))
	}
	s := newSynth(50000)
	a, err := Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer a.Close()
	ctx := context.Background()
	var have int
	if err := a.db.QueryRow("SELECT count(*) FROM articles").Scan(&have); err != nil {
		b.Fatal(err)
	}
	if have < n {
		cpu0, t0 := cputime.Used(), time.Now()
		for i := have - have%256; i < n; i += 256 {
			if _, err := a.Add(ctx, s.articles(i, min(i+256, n))); err != nil {
				b.Fatal(err)
			}
		}
		b.Logf("built %s: %d articles in %v wall, %v CPU", path, n-have, time.Since(t0), cputime.Used()-cpu0)
		if _, err := a.db.Exec("PRAGMA wal_checkpoint(TRUNCATE)"); err != nil {
			b.Fatal(err)
		}
	}
	info, err := os.Stat(path)
	if err != nil {
		b.Fatal(err)
	}
	rng := rand.New(rand.NewSource(7))
	var queries []string
	for range 500 {
		ws := strings.Fields(s.statement(rng.Intn(n), rng.Intn(3)))
		k := len(ws) * 6 / 10
		from := rng.Intn(len(ws) - k + 1)
		queries = append(queries, strings.Join(ws[from:from+k], " "))
		queries = append(queries, s.sentence(rng, 14))
	}
	b.ResetTimer()
	var lat, cpu []time.Duration
	type slow struct {
		d       time.Duration
		i, hits int
	}
	var slows []slow
	found := 0
	for range b.N {
		for i, q := range queries {
			t0, c0 := time.Now(), cputime.Used()
			res, err := a.Find(ctx, q, FindOptions{})
			lat = append(lat, time.Since(t0))
			cpu = append(cpu, cputime.Used()-c0)
			if err != nil {
				b.Fatal(err)
			}
			slows = append(slows, slow{lat[len(lat)-1], i, len(res.Matches)})
			if i%2 == 0 && len(res.Matches) > 0 {
				found++
			}
		}
	}
	b.StopTimer()
	if testing.Verbose() {
		sort.Slice(slows, func(i, j int) bool { return slows[i].d > slows[j].d })
		for _, q := range slows[:5] {
			b.Logf("slow: %v, query %d (stored: %v), %d matches, %d words", q.d, q.i, q.i%2 == 0, q.hits, len(strings.Fields(queries[q.i])))
		}
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	sort.Slice(cpu, func(i, j int) bool { return cpu[i] < cpu[j] })
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
	b.ReportMetric(ms(lat[len(lat)/2]), "p50-ms")
	b.ReportMetric(ms(lat[len(lat)*99/100]), "p99-ms")
	// CPU time per query (of the whole process, which runs only the
	// queries now): on a shared machine, wall time also counts the
	// neighbours.
	b.ReportMetric(ms(cpu[len(cpu)/2]), "p50-cpu-ms")
	b.ReportMetric(ms(cpu[len(cpu)*99/100]), "p99-cpu-ms")
	b.ReportMetric(float64(info.Size())/float64(n), "bytes/article")
	b.ReportMetric(100*float64(found)/float64(b.N*len(queries)/2), "stored-found-%")
}
