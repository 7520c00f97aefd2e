package compare

import (
	"fmt"
	"math/rand"
	"os"
	"strconv"
	"testing"

	"github.com/verbatim-nlp/verbatim/attribute"
	"github.com/verbatim-nlp/verbatim/internal/cputime"
	"github.com/verbatim-nlp/verbatim/quote"
)

// Input shapes that once made Compare superlinear. The benchmarks and
// the complexity guard (complexity_test.go) share them.

// shape builds n articles of one kind.
type shape struct {
	name string
	docs func(n int) []Document
}

var shapes = []shape{
	// Each article has its own titled speaker and statement: sides
	// were once rebuilt per cluster, over every speaker's titles.
	{"titled-speakers", titledSpeakers},
	// One speaker says something different in every article.
	{"popular-speaker", popularSpeaker},
	// Every article credits one statement to someone else: the
	// credits of one cluster were once compared pairwise.
	{"many-credits", manyCredits},
	// One speaker known by one word ("Russia") in every article.
	{"one-word-speaker", oneWordSpeaker},
	// Every article but one quotes a statement in two pieces: each
	// article's pieces were once looked up over the whole cluster.
	{"quoted-in-pieces", quotedInPieces},
	// One speaker rates one noun in every article, with a short
	// statement or a long one: every pair is a candidate of
	// linkEvaluative, whose event tests once read every article.
	{"rated-noun", ratedNoun},
	// Every other article misspells, throughout, the surname of the
	// person the article before it quotes, on the same event: every
	// such word is a candidate of joinSurnameVariants, and each asks
	// for an event test.
	{"misspelt-surnames", misspeltSurnames},
}

// gibberish returns k random lower-case words, distinct enough that two
// statements of a shape share no content word by chance.
func gibberish(rng *rand.Rand, k int) string {
	b := make([]byte, 0, 8*k)
	for i := range k {
		if i > 0 {
			b = append(b, ' ')
		}
		for range 6 + rng.Intn(4) {
			b = append(b, byte('a'+rng.Intn(26)))
		}
	}
	return string(b)
}

// article writes `<title> <name> said: "<said>"` with its speaker,
// title and quote filled in as attribute would.
func article(doc, name, kind, title, said string) Document {
	lead := name
	if title != "" {
		lead = title + " " + name
	}
	text := lead + " said: \u201c" + said + "\u201d"
	k := len(lead) - len(name)
	start := len(lead) + len(" said: \u201c")
	p := attribute.Person{Name: name, Kind: kind, Mentions: []quote.Mention{{Text: name, Start: k, End: k + len(name)}}}
	if title != "" {
		p.Titles = []quote.Mention{{Text: title, Start: 0, End: len(title)}}
	}
	q := quote.Quote{Start: start, End: start + len(said), Text: said, Kind: quote.Direct,
		Speaker: name, Title: title, Mention: quote.Mention{Text: name, Start: k, End: k + len(name)}}
	return Document{Name: doc, Text: []byte(text), Quotes: []quote.Quote{q}, People: []attribute.Person{p}}
}

// personName returns a two-word name that no other i gives, and no
// other i spells one edit apart.
func personName(rng *rand.Rand, i int) string {
	return "Alex " + capital(gibberish(rng, 1)) + strconv.Itoa(i)
}

func capital(s string) string { return string(s[0]-'a'+'A') + s[1:] }

var stateTitles = []string{"Russian Foreign Minister", "Chinese Ambassador", "French President",
	"German Chancellor", "Kremlin aide", "Brazilian Senator"}

func titledSpeakers(n int) []Document {
	rng := rand.New(rand.NewSource(1))
	out := make([]Document, n)
	for i := range out {
		out[i] = article(fmt.Sprintf("t%07d", i), personName(rng, i), "person",
			stateTitles[i%len(stateTitles)], gibberish(rng, 12))
	}
	return out
}

func popularSpeaker(n int) []Document {
	rng := rand.New(rand.NewSource(2))
	out := make([]Document, n)
	for i := range out {
		out[i] = article(fmt.Sprintf("p%07d", i), "Dana Whitfield", "person", "Senator", gibberish(rng, 12))
	}
	return out
}

func manyCredits(n int) []Document {
	rng := rand.New(rand.NewSource(3))
	said := gibberish(rng, 12)
	out := make([]Document, n)
	for i := range out {
		out[i] = article(fmt.Sprintf("m%07d", i), personName(rng, i), "person",
			stateTitles[i%len(stateTitles)], said)
	}
	return out
}

func oneWordSpeaker(n int) []Document {
	rng := rand.New(rand.NewSource(4))
	out := make([]Document, n)
	for i := range out {
		out[i] = article(fmt.Sprintf("o%07d", i), "Russia", "organization", "", gibberish(rng, 12))
	}
	return out
}

// ratingWords are evaluative adjectives of the synonym table.
var ratingWords = []string{"dazzling", "stunning", "remarkable", "brilliant", "sweeping", "crushing"}

func ratedNoun(n int) []Document {
	rng := rand.New(rand.NewSource(5))
	out := make([]Document, n)
	for i := range out {
		said := "a " + ratingWords[i%len(ratingWords)] + " victory"
		if i%2 == 1 {
			said = gibberish(rng, 6) + " " + said + " " + gibberish(rng, 4)
		}
		out[i] = article(fmt.Sprintf("v%07d", i), "Ana Lutz", "person", "Mayor", said)
	}
	return out
}

// letters writes i in lower-case letters, two at least.
func letters(i int) string {
	b := []byte{byte('a' + i%26)}
	for i /= 26; i > 0 || len(b) < 2; i /= 26 {
		b = append(b, byte('a'+i%26))
	}
	return string(b)
}

// misspeltSurnames pairs articles: the first quotes "Tomas Ber<i>ondo",
// the second "Ber<i>nodo" alone, with four words of the first's quote
// among others; both name the pair's own town and region.
func misspeltSurnames(n int) []Document {
	rng := rand.New(rand.NewSource(7))
	out := make([]Document, 0, n)
	for i := 0; len(out) < n; i++ {
		code := letters(i)
		lead := "Voters in Valm" + code + " and Ostr" + code + " went to the polls on Sunday."
		shared := gibberish(rng, 4)
		full := story{doc: fmt.Sprintf("s%07da", i), lead: lead, speaker: "Tomas Ber" + code + "ondo",
			quotes: []string{shared + " " + gibberish(rng, 3) + "."}}
		one := story{doc: fmt.Sprintf("s%07db", i), lead: "Ostr" + code + " counted in Valm" + code + " late on Sunday.",
			speaker: "Ber" + code + "nodo", quotes: []string{gibberish(rng, 5) + " " + shared + " " + gibberish(rng, 5) + "."}}
		out = append(out, full.document(), one.document())
	}
	return out[:n]
}

func quotedInPieces(n int) []Document {
	whole := "We loved every year we spent building this newsroom with such talented people, and it changed all of us for good."
	q := func(text string) quote.Quote {
		return quote.Quote{Text: text, Kind: quote.Direct, Speaker: "Nora Hale"}
	}
	rs := []rendering{{doc: "p0000000", prefix: "Nora Hale wrote: “", suffix: "”\n\n", q: q(whole)}}
	for i := 1; i < n; i++ {
		doc := fmt.Sprintf("p%07d", i)
		rs = append(rs,
			rendering{doc: doc, prefix: "Hale wrote: “", suffix: "” She went on: “", q: q("We loved every year we spent building this newsroom with such talented people")},
			rendering{doc: doc, suffix: "”\n\n", q: q("it changed all of us for good.")})
	}
	return place(rs)
}

// BenchmarkShapes runs Compare on each shape; ns/doc stays flat from
// the first size to the second when the cost is linear.
func BenchmarkShapes(b *testing.B) {
	for _, s := range shapes {
		for _, n := range []int{2_000, 8_000} {
			b.Run(s.name+"/docs="+strconv.Itoa(n), func(b *testing.B) {
				docs := s.docs(n)
				b.ReportAllocs()
				b.ResetTimer()
				for range b.N {
					mustNew().Compare(docs)
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/doc")
			})
		}
	}
}

// BenchmarkShapeCurve is the size curve of BENCHMARKS.md: each shape,
// the synthetic quotes (synthetic, n quotes) and wire copies of the
// corpus at 1×, 2×, 4× and 8× a base size. It runs only with
// VERBATIM_BENCH_CURVE=1; run one point per process to read its peak
// RSS, e.g.
//
//	go test -c -o /tmp/compare.test ./compare
//	VERBATIM_BENCH_CURVE=1 /usr/bin/time -f '%U %S %M' /tmp/compare.test \
//	    -test.run '^$' -test.bench 'ShapeCurve/titled-speakers/x=8$' -test.benchtime 1x
//
// cpu-s/op is Compare's CPU time alone, without making the input.
func BenchmarkShapeCurve(b *testing.B) {
	if os.Getenv("VERBATIM_BENCH_CURVE") == "" {
		b.Skip("set VERBATIM_BENCH_CURVE=1 to run")
	}
	curve := append([]shape{}, shapes...)
	curve = append(curve,
		shape{"synthetic-quotes", func(n int) []Document { return synthetic(n*50, 1) }},
		shape{"wire-copies", func(n int) []Document { return wireCopies(b, n) }})
	const base = 2_500 // documents (synthetic-quotes: 125,000 quotes)
	for _, s := range curve {
		for _, x := range []int{1, 2, 4, 8} {
			b.Run(s.name+"/x="+strconv.Itoa(x), func(b *testing.B) {
				docs := s.docs(base * x)
				c := mustNew()
				b.ResetTimer()
				c0 := cputime.Used()
				for range b.N {
					c.Compare(docs)
				}
				b.ReportMetric((cputime.Used()-c0).Seconds()/float64(b.N), "cpu-s/op")
			})
		}
	}
}
