package compare

import (
	"fmt"
	"math/rand"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/verbatim-nlp/verbatim/attribute"
	"github.com/verbatim-nlp/verbatim/internal/cputime"
	"github.com/verbatim-nlp/verbatim/quote"
)

// The size curve of Compare on synthetic quotes (see synthetic):
//
//	go test -run '^$' -bench CompareCurve -benchtime 1x -count 6 ./compare/
//	VERBATIM_BENCH_1M=1 go test -run '^$' -bench 'CompareCurve/n=1000000' -benchtime 1x ./compare/
//
// The 1,000,000-quote point needs about a minute and a gigabyte or two,
// so it runs only when VERBATIM_BENCH_1M is set. Besides time it
// reports compare-MB: the peak memory the Go runtime holds during
// Compare minus what it held before (the input), sampled every few
// milliseconds, and ns/quote, which stays flat when cost is linear.
func BenchmarkCompareCurve(b *testing.B) {
	for _, n := range []int{10_000, 100_000, 1_000_000} {
		b.Run("n="+strconv.Itoa(n), func(b *testing.B) {
			if n >= 1_000_000 && os.Getenv("VERBATIM_BENCH_1M") == "" {
				b.Skip("set VERBATIM_BENCH_1M=1 to run")
			}
			docs := synthetic(n, 1)
			c := mustNew()
			b.ReportAllocs()
			var peak float64
			var cpu time.Duration
			b.ResetTimer()
			for range b.N {
				b.StopTimer()
				docsAlive := docs
				runtime.GC()
				debug.FreeOSMemory()
				s := startSampler()
				c0 := cputime.Used()
				b.StartTimer()
				rep := c.Compare(docsAlive)
				b.StopTimer()
				cpu += cputime.Used() - c0
				peak = max(peak, s.stop())
				runtime.KeepAlive(rep)
				b.StartTimer()
			}
			b.ReportMetric(peak/1e6, "compare-MB")
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/quote")
			b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/op")
		})
	}
}

// A sampler records the peak of the memory the Go runtime has mapped
// and not released (close to the resident set) above its level at
// start.
type sampler struct {
	base float64
	peak float64
	done chan struct{}
	wg   sync.WaitGroup
}

var memSamples = []metrics.Sample{{Name: "/memory/classes/total:bytes"}, {Name: "/memory/classes/heap/released:bytes"}}

func heldBytes(s []metrics.Sample) float64 {
	metrics.Read(s)
	return float64(s[0].Value.Uint64()) - float64(s[1].Value.Uint64())
}

func startSampler() *sampler {
	s := &sampler{done: make(chan struct{})}
	buf := append([]metrics.Sample(nil), memSamples...)
	s.base = heldBytes(buf)
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		t := time.NewTicker(5 * time.Millisecond)
		defer t.Stop()
		for {
			s.peak = max(s.peak, heldBytes(buf))
			select {
			case <-s.done:
				return
			case <-t.C:
			}
		}
	}()
	return s
}

// stop ends sampling and returns the peak above the start, in bytes.
func (s *sampler) stop() float64 {
	close(s.done)
	s.wg.Wait()
	s.peak = max(s.peak, heldBytes(append([]metrics.Sample(nil), memSamples...)))
	return max(s.peak-s.base, 0)
}

// BenchmarkNameVariants: one person spelt two ways ("Antony Blinken",
// "Anthony Blinken"), each in half of n articles that mention the name
// three times. The name-variant flag looks up one mention per article;
// the cost must grow linearly with n.
func BenchmarkNameVariants(b *testing.B) {
	for _, n := range []int{1_000, 10_000} {
		b.Run("docs="+strconv.Itoa(n), func(b *testing.B) {
			docs := make([]Document, n)
			for i := range docs {
				name := "Antony Blinken"
				if i%2 == 1 {
					name = "Anthony Blinken"
				}
				text := "Secretary of State " + name + " met his counterpart. " + name + " said talks went well. " + name + " left."
				var ms []quote.Mention
				for off := 0; ; {
					k := strings.Index(text[off:], name)
					if k < 0 {
						break
					}
					ms = append(ms, quote.Mention{Text: name, Start: off + k, End: off + k + len(name)})
					off += k + len(name)
				}
				docs[i] = Document{Name: fmt.Sprintf("d%06d", i), Text: []byte(text),
					People: []attribute.Person{{Name: name, Kind: "person", Mentions: ms}}}
			}
			b.ReportAllocs()
			b.ResetTimer()
			for range b.N {
				rep := mustNew().Compare(docs)
				if len(rep.Flags) == 0 {
					b.Fatal("no name-variant flag")
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/doc")
		})
	}
}

// BenchmarkSurnames: half of n articles name "Joe Biden", the other
// half only "Biden", who joins the one full name holding the word. The
// cost must grow linearly with n.
func BenchmarkSurnames(b *testing.B) {
	for _, n := range []int{1_000, 10_000, 100_000} {
		b.Run("docs="+strconv.Itoa(n), func(b *testing.B) {
			docs := make([]Document, n)
			for i := range docs {
				name := "Joe Biden"
				if i%2 == 1 {
					name = "Biden"
				}
				text := "President " + name + " said the talks went well."
				k := strings.Index(text, name)
				docs[i] = Document{Name: fmt.Sprintf("d%06d", i), Text: []byte(text),
					People: []attribute.Person{{Name: name, Kind: "person", Mentions: []quote.Mention{{Text: name, Start: k, End: k + len(name)}}}}}
			}
			b.ReportAllocs()
			b.ResetTimer()
			for range b.N {
				rep := mustNew().Compare(docs)
				if len(rep.Speakers) != 1 {
					b.Fatalf("%d speakers, want Biden once", len(rep.Speakers))
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/doc")
		})
	}
}

// BenchmarkTitledVariants: "John Kerry, Secretary of State" and "John
// Kerri, chief of staff", each in half of n articles. Surnames one edit
// apart need a shared title to merge; finding that they share none must
// not compare every title of one with every title of the other.
func BenchmarkTitledVariants(b *testing.B) {
	for _, n := range []int{1_000, 10_000} {
		b.Run("docs="+strconv.Itoa(n), func(b *testing.B) {
			docs := make([]Document, n)
			for i := range docs {
				name, title := "John Kerry", "Secretary of State"
				if i%2 == 1 {
					name, title = "John Kerri", "chief of staff"
				}
				text := title + " " + name + " said the talks went well."
				k := len(title) + 1
				docs[i] = Document{Name: fmt.Sprintf("d%06d", i), Text: []byte(text),
					People: []attribute.Person{{Name: name, Kind: "person",
						Mentions: []quote.Mention{{Text: name, Start: k, End: k + len(name)}},
						Titles:   []quote.Mention{{Text: title, Start: 0, End: len(title)}}}}}
			}
			b.ReportAllocs()
			b.ResetTimer()
			for range b.N {
				rep := mustNew().Compare(docs)
				if len(rep.Speakers) != 2 {
					b.Fatalf("%d speakers, want Kerry and Kerri apart", len(rep.Speakers))
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/doc")
		})
	}
}

// BenchmarkSharedRoles: n people, each called "minister" in two
// articles and "senator" in a third. Checking each one's minor title
// against everyone else holding it must not cost n² (title-conflict).
func BenchmarkSharedRoles(b *testing.B) {
	for _, n := range []int{1_000, 4_000} {
		b.Run("people="+strconv.Itoa(n), func(b *testing.B) {
			var docs []Document
			rng := rand.New(rand.NewSource(1))
			for i := range n {
				// Random surnames: no two a spelling apart.
				sur := make([]byte, 9)
				for k := range sur {
					sur[k] = byte('a' + rng.Intn(26))
				}
				sur[0] -= 'a' - 'A'
				name := "Alex " + string(sur)
				for k, title := range []string{"Minister", "Minister", "Senator"} {
					text := title + " " + name + " spoke."
					s := len(title) + 1
					docs = append(docs, Document{Name: fmt.Sprintf("d%05d-%d", i, k), Text: []byte(text),
						People: []attribute.Person{{Name: name, Kind: "person",
							Mentions: []quote.Mention{{Text: name, Start: s, End: s + len(name)}},
							Titles:   []quote.Mention{{Text: title, Start: 0, End: len(title)}}}}})
				}
			}
			b.ReportAllocs()
			b.ResetTimer()
			for range b.N {
				if rep := mustNew().Compare(docs); len(rep.Speakers) != n {
					b.Fatalf("%d speakers, want %d", len(rep.Speakers), n)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/person")
		})
	}
}
