package archive

import (
	"fmt"
	"math/rand"
	"strings"

	"github.com/verbatim-nlp/verbatim"
)

// synth makes synthetic news articles for the tests and benchmarks
// that need many: made-up words drawn from a Zipf distribution (a few
// common, most rare, as in news), between common English function
// words, quoted and credited to made-up people in the shapes of wire
// copy. Article i is the same on every run. Every fifth article
// re-quotes, cut short, a statement of an earlier one, as outlets do.
type synth struct {
	vocab  []string
	people []string
}

var synthGlue = strings.Fields("the of to and in that for on with at by from as its their this will would not")

func newSynth(vocab int) *synth {
	rng := rand.New(rand.NewSource(1))
	s := &synth{}
	syll := strings.Fields("ba ko ri ven tal mo su per lin dra ek os ul zan fi ber nor qui ham")
	seen := map[string]bool{}
	for len(s.vocab) < vocab {
		var b strings.Builder
		for n := 2 + rng.Intn(3); n > 0; n-- {
			b.WriteString(syll[rng.Intn(len(syll))])
		}
		if w := b.String(); !seen[w] {
			seen[w] = true
			s.vocab = append(s.vocab, w)
		}
	}
	for range 400 {
		first, last := s.vocab[vocab/30+rng.Intn(vocab/3)], s.vocab[vocab/30+rng.Intn(vocab*2/3)]
		s.people = append(s.people, strings.ToUpper(first[:1])+first[1:]+" "+strings.ToUpper(last[:1])+last[1:])
	}
	return s
}

// sentence returns n words, content words between function words.
func (s *synth) sentence(rng *rand.Rand, n int) string {
	zipf := rand.NewZipf(rng, 1.1, 3, uint64(len(s.vocab)-1))
	ws := make([]string, n)
	for i := range ws {
		if i%3 == 1 {
			ws[i] = synthGlue[rng.Intn(len(synthGlue))]
			continue
		}
		ws[i] = s.vocab[zipf.Uint64()]
	}
	return strings.Join(ws, " ")
}

// statement returns the quote of article i's j-th statement.
func (s *synth) statement(i, j int) string {
	rng := rand.New(rand.NewSource(int64(i)*7919 + int64(j)))
	q := s.sentence(rng, 12+rng.Intn(10))
	return strings.ToUpper(q[:1]) + q[1:]
}

// article returns synthetic article i.
func (s *synth) article(i int) verbatim.Document {
	rng := rand.New(rand.NewSource(int64(i)))
	var b strings.Builder
	for j := range 3 {
		q := s.statement(i, j)
		if j == 0 && i%5 == 4 && i > 5 {
			// Re-quote an earlier article's statement, cut short.
			ws := strings.Fields(s.statement(rng.Intn(i-1), 0))
			q = strings.Join(ws[:len(ws)*2/3], " ")
		}
		who := s.people[rng.Intn(len(s.people))]
		lead := s.sentence(rng, 14)
		fmt.Fprintf(&b, "%s.\n\"%s,\" %s said on %s.\n", strings.ToUpper(lead[:1])+lead[1:], q, who, []string{"Monday", "Tuesday", "Friday"}[rng.Intn(3)])
	}
	return verbatim.Document{
		Name: fmt.Sprintf("synth/%06d.txt", i), Outlet: fmt.Sprintf("Outlet %d", i%37),
		URL:       fmt.Sprintf("https://news.example/%d", i),
		Published: fmt.Sprintf("2024-%02d-%02d", 1+i%12, 1+i%28), Text: []byte(b.String()),
	}
}

func (s *synth) articles(from, to int) []verbatim.Document {
	out := make([]verbatim.Document, 0, to-from)
	for i := from; i < to; i++ {
		out = append(out, s.article(i))
	}
	return out
}
