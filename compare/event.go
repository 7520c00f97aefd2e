package compare

import (
	"math"
	"slices"
)

// maxEventPostings bounds what one article's event scores read: its
// rarest capitalised words, by document frequency, whose postings
// together stay within the bound (all of a frequency or none, so
// that the words read depend on the corpus's counts alone, not on how
// it is split or ordered). The bound is per article and does not
// depend on the corpus's size; the rarest words carry the most weight.
// A corpus of N articles reads all of an article's words while
// N × its distinct capitalised words ≤ maxEventPostings.
const maxEventPostings = 1 << 14

// eventIndex holds each article's distinct capitalised words and, per
// word, the articles writing it: built once per run, on the first
// sameEvent, in time linear in the corpus's text, so that an event
// test costs the postings of one article's rare words, not the corpus.
type eventIndex struct {
	n       int
	wordOff []int32 // article d's words are words[wordOff[d]:wordOff[d+1]]
	words   []int32 // word ids, each article's in first-use order
	df      []int32 // per word, the articles writing it (in the corpus, given CorpusStats)
	cnt     []int32 // per word, the run's articles writing it
	postOff []int32 // word k's postings are post[postOff[k]:postOff[k+1]]
	post    []uint64
	best    []float64 // per article, its best score against another; -1 until computed
	mark    []int32   // per word, 1 + the article whose read words hold it
	keys    []uint64  // scratch
	dfs     []int32   // scratch
}

// eventIndex returns the run's index, building it on first use.
func (r *run) eventIndex() *eventIndex {
	if r.event != nil {
		return r.event
	}
	x := &eventIndex{n: len(r.docs)}
	ids := map[string]int32{}
	var names []string // per word, the word, when the corpus counts
	st := r.cfg.stats
	if st == nil || st.Articles == 0 {
		st = nil
	}
	x.wordOff = make([]int32, len(r.docs)+1)
	var seen []int32 // per word, 1 + the last article that wrote it
	for d := range r.docs {
		r.capWords(int32(d), func(w []byte) {
			k, ok := ids[string(w)]
			if !ok {
				k = int32(len(ids))
				ids[string(w)] = k
				seen = append(seen, 0)
				x.cnt = append(x.cnt, 0)
				if st != nil {
					names = append(names, string(w))
				}
			}
			if seen[k] != int32(d)+1 {
				seen[k] = int32(d) + 1
				x.cnt[k]++
				x.words = append(x.words, k)
			}
		})
		x.wordOff[d+1] = int32(len(x.words))
	}
	// Weigh names by the corpus's counts when given, so that a run over
	// part of the corpus reads and weighs the words the whole run does.
	x.df = slices.Clone(x.cnt)
	if st != nil {
		x.n = max(st.Articles, x.n)
		for k, w := range names {
			x.df[k] = max(x.df[k], int32(min(st.NameDF[w], math.MaxInt32)))
		}
	}
	// Postings (article, rank of the word in the article) of the words
	// an event test may read.
	x.postOff = make([]int32, len(x.df)+1)
	for k, c := range x.cnt {
		x.postOff[k+1] = x.postOff[k]
		if x.eligible(int32(k)) {
			x.postOff[k+1] += c
		}
	}
	x.post = make([]uint64, x.postOff[len(x.df)])
	fill := slices.Clone(x.postOff[:len(x.df)])
	for d := range r.docs {
		ws := x.words[x.wordOff[d]:x.wordOff[d+1]]
		r.work += int64(len(ws))
		for rank, k := range ws {
			if x.eligible(k) {
				x.post[fill[k]] = uint64(d)<<32 | uint64(rank)
				fill[k]++
			}
		}
	}
	x.best = make([]float64, len(r.docs))
	for i := range x.best {
		x.best[i] = -1
	}
	x.mark = make([]int32, len(x.df))
	r.event = x
	return x
}

// eligible reports whether word k may count as evidence of an event:
// a word every article writes weighs nothing.
func (x *eventIndex) eligible(k int32) bool { return int(x.df[k]) < x.n }

// weight is word k's IDF over articles.
func (x *eventIndex) weight(k int32) float64 {
	return math.Log(float64(x.n) / float64(x.df[k]))
}

// readBound returns the highest document frequency of the words of
// article d that its event scores read (see maxEventPostings).
func (x *eventIndex) readBound(r *run, d int32) int32 {
	x.dfs = x.dfs[:0]
	for _, k := range x.words[x.wordOff[d]:x.wordOff[d+1]] {
		if x.eligible(k) {
			x.dfs = append(x.dfs, x.df[k])
		}
	}
	r.work += int64(len(x.dfs))
	slices.Sort(x.dfs)
	sum, bound := 0, int32(0)
	for i := 0; i < len(x.dfs); {
		g := 0
		j := i
		for ; j < len(x.dfs) && x.dfs[j] == x.dfs[i]; j++ {
			g += int(x.dfs[j])
		}
		if sum+g > maxEventPostings {
			break
		}
		sum += g
		bound = x.dfs[i]
		i = j
	}
	return bound
}

// score fills x.keys with the postings, sorted by article and rank,
// of the words of article d read (at most bound by document frequency)
// in articles other than d, and returns the highest score of those
// articles: the sum of the weights of d's read words each writes, added
// in its order of first use.
func (x *eventIndex) score(r *run, d, bound int32) float64 {
	x.keys = x.keys[:0]
	for _, k := range x.words[x.wordOff[d]:x.wordOff[d+1]] {
		if !x.eligible(k) || x.df[k] > bound {
			continue
		}
		ps := x.post[x.postOff[k]:x.postOff[k+1]]
		r.work += int64(len(ps))
		for _, p := range ps {
			if int32(p>>32) != d {
				x.keys = append(x.keys, p)
			}
		}
	}
	slices.Sort(x.keys)
	best := 0.0
	x.walk(func(_ int32, score float64, _ int) { best = math.Max(best, score) })
	x.best[d] = best
	return best
}

// walk calls fn with each article of x.keys, its score and the words
// it shares.
func (x *eventIndex) walk(fn func(o int32, score float64, shared int)) {
	for i := 0; i < len(x.keys); {
		o := x.keys[i] >> 32
		score, shared := 0.0, 0
		for ; i < len(x.keys) && x.keys[i]>>32 == o; i++ {
			score += x.weight(x.words[x.wordOff[o]+int32(uint32(x.keys[i]))])
			shared++
		}
		fn(int32(o), score, shared)
	}
}

// closeTo reports whether an article sharing shared of the words an
// event test read, with that score, is among those closest to the
// article tested, whose best score is best.
func closeTo(score, best float64, shared int) bool {
	return shared >= 2 && score > 0 && score*2 >= best
}

// eventNear appends to dst the articles that report what article d
// does (see sameEvent), in order, and returns it.
func (r *run) eventNear(dst []int32, d int32) []int32 {
	x := r.eventIndex()
	best := x.score(r, d, x.readBound(r, d))
	x.walk(func(o int32, score float64, shared int) {
		if closeTo(score, best, shared) {
			dst = append(dst, o)
		}
	})
	return dst
}

// sameEvent reports whether one of the articles near reports what
// article d does, by the rare capitalised words they both write (see
// joinSurnameVariants): an article of near shares at least two of the
// words d's scores read and scores at least half the best article's
// score. It reads the postings of d's rare words once per run and the
// words of each article of near.
func (r *run) sameEvent(d int32, near []int32) bool {
	x := r.eventIndex()
	bound := x.readBound(r, d)
	best := x.best[d]
	if best < 0 {
		best = x.score(r, d, bound)
	}
	for _, k := range x.words[x.wordOff[d]:x.wordOff[d+1]] {
		if x.eligible(k) && x.df[k] <= bound {
			x.mark[k] = d + 1
		}
	}
	found := false
	for _, o := range near {
		if o == d {
			continue
		}
		ws := x.words[x.wordOff[o]:x.wordOff[o+1]]
		r.work += int64(len(ws))
		score, shared := 0.0, 0
		for _, k := range ws {
			if x.mark[k] == d+1 {
				score += x.weight(k)
				shared++
			}
		}
		if closeTo(score, best, shared) {
			found = true
			break
		}
	}
	// Clear the marks: d's next test may read other words.
	for _, k := range x.words[x.wordOff[d]:x.wordOff[d+1]] {
		x.mark[k] = 0
	}
	return found
}
