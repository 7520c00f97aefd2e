package compare

import (
	"math"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/verbatim-nlp/verbatim/quote"
)

// Key returns the normalised comparison key of a quote's text: its
// words in lower case, without punctuation or quote marks, British
// spellings made American, joined by single spaces. Two quotes with
// the same Key render a statement identically; a distributed run can
// group by Key first to collapse copies of a wire story.
func Key(q quote.Quote) string { return string(appendKey(nil, q.Text)) }

// Tokens returns the sorted, distinct match tokens of a quote: the
// stems of its content words after synonym folding. They are the keys
// of the inverted index that proposes candidate pairs, so a
// distributed run can group unique Keys by token (capping each group)
// and verify pairs within groups.
func Tokens(q quote.Quote) []string { return tokensOf(Key(q)) }

// tokensOf returns the sorted, distinct match tokens of the words of
// plain, a normalised text.
func tokensOf(plain string) []string {
	var out []string
	for rest := plain; len(rest) > 0; {
		var w string
		w, rest = nextMatchWord(rest)
		if t := matchToken(w); t != "" {
			out = append(out, t)
		}
	}
	return sortStrings(out)
}

// plainKey is one distinct Key and its number of content words.
type plainKey struct {
	key     string
	content int32
}

// utext is one distinct rendering (one Key) and the quotes that carry it.
type utext struct {
	key   string
	plain int32 // index in run.plain of key

	short   bool    // too few content words to link fuzzily
	alone   bool    // a wrapper: never linked
	toks    []int32 // sorted distinct token ids
	weight  float64 // sum of the tokens' IDF
	spk     [4]int32
	nspk    uint8
	cue     [2]int32 // specific cues (cueToken ids) of its quotes
	ncue    uint8
	reword  bool  // some quote is indirect: the reporter's words
	content int32 // number of distinct content tokens
}

func (u *utext) addSpeaker(p int32) {
	for i := uint8(0); i < u.nspk; i++ {
		if u.spk[i] == p {
			return
		}
	}
	if u.nspk < uint8(len(u.spk)) {
		u.spk[u.nspk] = p
		u.nspk++
	}
}

func sameSpeaker(a, b *utext) bool {
	for i := uint8(0); i < a.nspk; i++ {
		for j := uint8(0); j < b.nspk; j++ {
			if a.spk[i] == b.spk[j] {
				return true
			}
		}
	}
	return false
}

type edge struct {
	u, v  int32
	full  bool // similar length: union; otherwise u is a fragment of v
	score float32
}

// clusterQuotes groups speech quotes into clusters in three steps:
// identical Keys collapse; an inverted index on content tokens, with
// capped posting lists, proposes candidate pairs among distinct Keys;
// and a verified pair of similar length joins two clusters, while a
// fragment only attaches to its best match, so it cannot glue two
// statements together.
func (r *run) clusterQuotes() {
	r.renderings(r.wrappers())
	r.sides = r.buildSides()
	if r.cfg.given != nil {
		r.countTokens() // later steps read the renderings' tokens
		r.takeGiven()
		return
	}
	n := len(r.uniq)
	r.parent = newUnionFind(n)
	df, idf := r.countTokens()
	// Posting lists in one flat array (CSR), ascending by Key index.
	// Short Keys are left out: they only attach (attachShort).
	off := make([]int32, len(df)+1)
	for ui := range r.uniq {
		if !r.uniq[ui].short {
			for _, t := range r.uniq[ui].toks {
				off[t+1]++
			}
		}
	}
	for t := range df {
		off[t+1] += off[t]
	}
	post := make([]int32, off[len(df)])
	fill := append([]int32(nil), off[:len(df)]...)
	for ui := range r.uniq {
		u := &r.uniq[ui]
		for _, t := range u.toks {
			u.weight += idf[t]
			if !u.short {
				post[fill[t]] = int32(ui)
				fill[t]++
			}
		}
	}

	// Propose and verify candidates in parallel; the edges found do
	// not depend on scheduling, and union-find ignores their order.
	w := r.cfg.workers
	if w > n {
		w = 1
	}
	edges := make([][]edge, w)
	works := make([]int64, w)
	var wg sync.WaitGroup
	for k := 0; k < w; k++ {
		wg.Add(1)
		go func(k int) {
			defer wg.Done()
			edges[k], works[k] = r.candidates(k, w, df, off, post, idf)
		}(k)
	}
	wg.Wait()
	for _, n := range works {
		r.work += n
	}

	best := make([]edge, n) // best attachment of each fragment
	for i := range best {
		best[i].u = -1
	}
	var full []edge
	for _, es := range edges {
		r.work += int64(len(es))
		for _, e := range es {
			if e.full {
				full = append(full, e)
				continue
			}
			b := &best[e.u]
			if b.u < 0 || e.score > b.score || e.score == b.score &&
				(r.uniq[e.v].content > r.uniq[b.v].content ||
					r.uniq[e.v].content == r.uniq[b.v].content && e.v < b.v) {
				*b = e
			}
		}
	}
	// Strongest links first; two clusters join only if their
	// representatives (most quoted renderings) also match, so a quote
	// that splices two statements cannot chain them together.
	sort.Slice(full, func(i, j int) bool {
		a, b := full[i], full[j]
		if a.score != b.score {
			return a.score > b.score
		}
		if a.u != b.u {
			return a.u < b.u
		}
		return a.v < b.v
	})
	support := make([]int32, n)
	for _, o := range r.occs {
		support[o.u]++
	}
	rep := make([]int32, n)
	for i := range rep {
		rep[i] = int32(i)
	}
	better := func(a, b int32) bool { // a is a better representative than b
		if support[a] != support[b] {
			return support[a] > support[b]
		}
		if r.uniq[a].content != r.uniq[b].content {
			return r.uniq[a].content > r.uniq[b].content
		}
		return a < b
	}
	for _, e := range full {
		ra, rb := r.parent.find(e.u), r.parent.find(e.v)
		if ra == rb {
			continue
		}
		pa, pb := rep[ra], rep[rb]
		if !(pa == e.u && pb == e.v || pa == e.v && pb == e.u) {
			if _, ok := r.verifyAt(pa, pb, idf, repFactor); !ok {
				continue
			}
		}
		r.parent.union(ra, rb)
		nr := r.parent.find(ra)
		if better(pa, pb) {
			rep[nr] = pa
		} else {
			rep[nr] = pb
		}
	}
	// Attach larger fragments first, and only fragments whose cluster
	// holds nothing but fragments whose best match lies in the target's
	// cluster (two cuts of one sentence, "a turning point in history"
	// and "turning point in history", may have joined each other): a
	// fragment never glues two full renderings or two statements.
	nested := r.nestedPairs()
	members := map[int32][]int32{} // clusters of fragments only
	for i := range best {
		if best[i].u >= 0 {
			root := r.parent.find(int32(i))
			members[root] = append(members[root], int32(i))
		}
	}
	size := make([]int32, n)
	for i := range r.uniq {
		size[r.parent.find(int32(i))]++
	}
	frags := make([]int32, 0)
	for i := range best {
		if best[i].u >= 0 {
			frags = append(frags, int32(i))
		}
	}
	sort.Slice(frags, func(i, j int) bool {
		a, b := r.uniq[frags[i]].content, r.uniq[frags[j]].content
		if a != b {
			return a > b
		}
		return frags[i] < frags[j]
	})
	for _, f := range frags {
		rf, rv := r.parent.find(f), r.parent.find(best[f].v)
		ms := members[rf]
		if rf == rv || int(size[rf]) != len(ms) {
			continue // attached already, or holds a full rendering
		}
		ok := true
		for _, m := range ms {
			r.work++
			// A quote nested in another speaker's account is that
			// speaker's own statement, not a cut of the account.
			if r.parent.find(best[m].v) != rv || nested[[2]int32{m, best[m].v}] {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		r.parent.union(rf, rv)
		size[r.parent.find(rf)] = size[rf] + size[rv]
	}
	qoff, qdoc := r.docIndex()
	r.attachShort(df, off, post, qoff, qdoc)
	r.linkEvaluative(off, post, qoff, qdoc)
	// A quote holds its statements together: the quote-level cluster
	// (the group) is every statement linked through some quote.
	r.group = slices.Clone(r.parent)
	for i := range r.qs {
		rec := &r.qs[i]
		for k := int32(1); k < rec.nocc; k++ {
			r.group.union(r.occs[rec.occ0].u, r.occs[rec.occ0+k].u)
		}
	}
}

// docIndex returns the documents of each Key, in ascending order, as
// qdoc[qoff[u]:qoff[u+1]]; a Key may occur twice in one document.
func (r *run) docIndex() (qoff, qdoc []int32) {
	qoff = make([]int32, len(r.uniq)+1)
	for _, o := range r.occs {
		qoff[o.u+1]++
	}
	for u := range r.uniq {
		qoff[u+1] += qoff[u]
	}
	qdoc = make([]int32, qoff[len(r.uniq)])
	fill := append([]int32(nil), qoff[:len(r.uniq)]...)
	for _, o := range r.occs {
		qdoc[fill[o.u]] = r.qs[o.q].doc
		fill[o.u]++
	}
	return qoff, qdoc
}

// attachShort attaches a short quote ("reasonable concerns", "joint
// actions") to the rendering that holds all its content words, when
// the two share a document, or a speaker and the words run in the same
// order. It never joins two clusters: a short quote has no other links
// (but see linkEvaluative).
func (r *run) attachShort(df []int32, off, post, qoff, qdoc []int32) {
	// Quotes are loaded document by document, so each Key's documents
	// are in ascending order: binary search finds a shared one even
	// when a wire story's Key is carried by thousands of documents.
	docsOf := func(u int32) []int32 { return qdoc[qoff[u]:qoff[u+1]] }
	const maxDocsChecked = 64 // of the short quote's own documents
	sharesDocument := func(a, b int32) bool {
		da, db := docsOf(a), docsOf(b)
		if len(da) > maxDocsChecked {
			da = da[:maxDocsChecked]
		}
		for _, x := range da {
			if _, ok := slices.BinarySearch(db, x); ok {
				return true
			}
		}
		return false
	}
	limit := 4 * r.cfg.postingCap
	for si := range r.uniq {
		s := &r.uniq[si]
		if !s.short || s.alone || len(s.toks) == 0 {
			continue
		}
		// One word ("shortcomings", "unlock") is evidence only with
		// its speaker, and only when that speaker's renderings holding
		// it are one statement; in its own article it is plain.
		single := len(s.toks) == 1
		var roots []int32
		rare := s.toks[0]
		for _, t := range s.toks[1:] {
			if df[t] < df[rare] {
				rare = t
			}
		}
		list := post[off[rare]:off[rare+1]]
		if len(list) > limit {
			list = list[:limit]
		}
		r.work += int64(len(list))
		// The short quote's words are split once, and only when a
		// candidate passes the cheap tests.
		var sw, sc []string
		best, bestRank := int32(-1), 0
		for _, v := range list {
			u := &r.uniq[v]
			if !subset32(s.toks, u.toks) {
				continue
			}
			shared := sharesDocument(int32(si), v)
			if !shared && !sameSpeaker(s, u) {
				continue
			}
			if sw == nil {
				sw = words(s.key)
			}
			run := containsRun(words(u.key), sw)
			rank := 0
			switch {
			case shared && run:
				rank = 3
			case shared:
				rank = 2
			case run || containsRun(contentTokens(u.key), contentOf(&sc, s.key)):
				// In order by content words, not letter for letter: a
				// translation's small words and endings differ ("I will not
				// retire" in "I'm not going to retiring"; "so much doubt, so
				// much division" in "so many doubts, so many divisions").
				rank = 1
				if single && len(roots) < 2 {
					roots = appendUnique(roots, r.parent.find(v))
				}
			default:
				continue
			}
			if rank > bestRank || rank == bestRank && u.content < r.uniq[best].content {
				best, bestRank = v, rank
			}
		}
		if best >= 0 && !(single && bestRank == 1 && len(roots) > 1) {
			r.parent.union(int32(si), best)
		}
	}
}

// contentOf returns contentTokens(key), made on the first call and
// kept in *memo.
func contentOf(memo *[]string, key string) []string {
	if *memo == nil {
		if *memo = contentTokens(key); *memo == nil {
			*memo = []string{} // made: no content words
		}
	}
	return *memo
}

// contentTokens returns the match tokens of a Key's words in text
// order, stop words left out.
func contentTokens(key string) []string {
	var out []string
	for rest := key; len(rest) > 0; {
		var w string
		w, rest = nextMatchWord(rest)
		if t := matchToken(w); t != "" {
			out = append(out, t)
		}
	}
	return out
}

// subset32 reports whether every id in a (sorted) is in b (sorted).
func subset32(a, b []int32) bool {
	j := 0
	for _, x := range a {
		for j < len(b) && b[j] < x {
			j++
		}
		if j == len(b) || b[j] != x {
			return false
		}
	}
	return true
}

// candidates verifies the pairs proposed for the Keys k, k+w, k+2w…
// It also returns the units of work it did (see run.work): it runs
// beside other workers, so it counts on its own.
func (r *run) candidates(k, w int, df []int32, off, post []int32, idf []float64) ([]edge, int64) {
	var work int64
	n := len(r.uniq)
	stamp := make([]int32, n)
	cnt := make([]int32, n)
	for i := range stamp {
		stamp[i] = -1
	}
	var out []edge
	var sig, cands []int32
	var mine []edge
	const maxEdges = 8
	half := r.cfg.postingCap / 2
	for ui := k; ui < n; ui += w {
		u := &r.uniq[ui]
		if u.short || len(u.toks) == 0 {
			continue
		}
		// The rarest tokens carry the evidence; common ones only cost.
		sig = append(sig[:0], u.toks...)
		sort.Slice(sig, func(i, j int) bool {
			if df[sig[i]] != df[sig[j]] {
				return df[sig[i]] < df[sig[j]]
			}
			return sig[i] < sig[j]
		})
		if len(sig) > r.cfg.maxTokens {
			sig = sig[:r.cfg.maxTokens]
		}
		cands = cands[:0]
		visit := func(v int32) {
			work++
			if int(v) == ui {
				return
			}
			if stamp[v] != int32(ui) {
				stamp[v] = int32(ui)
				cnt[v] = 0
				cands = append(cands, v)
			}
			cnt[v]++
		}
		for _, t := range sig {
			list := post[off[t]:off[t+1]]
			if len(list) <= r.cfg.postingCap {
				for _, v := range list {
					visit(v)
				}
				continue
			}
			// A long list: its head (shared by every Key, so copies
			// meet one hub) and the Keys next to this one.
			for _, v := range list[:half] {
				visit(v)
			}
			p := sort.Search(len(list), func(i int) bool { return list[i] >= int32(ui) })
			lo, hi := p-half/2, p+half/2+1
			if lo < half {
				lo = half
			}
			if hi > len(list) {
				hi = len(list)
			}
			for _, v := range list[max(lo, 0):max(hi, lo)] {
				visit(v)
			}
		}
		need := int32(r.cfg.minShared)
		if u.reword && u.ncue > 0 && need > minParaphraseShared {
			need = minParaphraseShared // see verifyAt
		}
		// A WordNet synonym counts as a shared word in verify
		// ("ready" / "prepared"), so a pair one word short of the bar
		// is verified too.
		byWords := need
		if need > minParaphraseShared && len(r.tokSyn) > 0 {
			need--
		}
		need, byWords = min(need, int32(len(sig))), min(byWords, int32(len(sig)))
		for _, v := range cands {
			if cnt[v] < need {
				continue
			}
			// A pair a word short links only through a synonym, and
			// only for one side (see verifyAt): skip the others before
			// scoring them.
			if cnt[v] < byWords && !r.sameSide(u, &r.uniq[v]) {
				continue
			}
			work += int64(len(u.toks) + len(r.uniq[v].toks))
			if e, ok := r.verify(int32(ui), v, idf); ok {
				mine = append(mine, e)
			}
		}
		// Keep the best few links of each Key: enough to connect
		// it, and memory stays linear in the number of Keys.
		if len(mine) > maxEdges {
			sort.Slice(mine, func(i, j int) bool {
				a, b := mine[i], mine[j]
				if a.score != b.score {
					return a.score > b.score
				}
				return a.u+a.v < b.u+b.v || a.u+a.v == b.u+b.v && a.u < b.u
			})
			mine = mine[:maxEdges]
		}
		out = append(out, mine...)
		mine = mine[:0]
	}
	return out, work
}

// verify scores a candidate pair: the IDF-weighted share of the
// smaller rendering's content words that the other one has.
// repFactor scales the threshold for the representatives of two
// clusters about to join: they may differ more than a linked pair, but
// not be unrelated.
const repFactor = 0.75

func (r *run) verify(a, b int32, idf []float64) (edge, bool) { return r.verifyAt(a, b, idf, 1) }

// verifyAt is verify with the thresholds scaled by f.
func (r *run) verifyAt(a, b int32, idf []float64, f float64) (edge, bool) {
	ua, ub := &r.uniq[a], &r.uniq[b]
	var shared, rarest float64
	nshared := 0
	i, j := 0, 0
	for i < len(ua.toks) && j < len(ub.toks) {
		switch {
		case ua.toks[i] == ub.toks[j]:
			shared += idf[ua.toks[i]]
			rarest = math.Max(rarest, idf[ua.toks[i]])
			nshared++
			i++
			j++
		case ua.toks[i] < ub.toks[j]:
			i++
		default:
			j++
		}
	}
	// Words left unmatched may still be synonyms ("attempt" / "try",
	// "assistance" / "help"): each counts, at synonymWeight of its
	// IDF, once.
	if nshared > 0 && len(r.tokSyn) > 0 {
		s, n := r.synonymShare(ua.toks, ub.toks, idf)
		// A synonym that makes up the count of shared words is
		// evidence only for one side: "keep playing" by a coach and
		// "continue playing" by his player are two statements.
		if nshared < r.cfg.minShared && nshared+n >= r.cfg.minShared && !r.sameSide(ua, ub) {
			n = 0
		}
		shared += s
		nshared += n
	}
	if nshared < r.cfg.minShared && !r.paraphrase(ua, ub, nshared, rarest) {
		return edge{}, false
	}
	small, large := a, b
	if ua.content > ub.content || ua.content == ub.content && a > b {
		small, large = b, a
	}
	minW := math.Min(ua.weight, ub.weight)
	if minW <= 0 {
		return edge{}, false
	}
	score := shared / minW
	// The speaker only lowers the bar, and only with one more shared
	// word: it is supporting evidence, never the only evidence.
	t := r.cfg.threshold
	if nshared < r.cfg.minShared {
		// A paraphrase (see paraphrase): the evidence beyond the words
		// has lowered the bar already.
		t = r.cfg.speakerThreshold
	} else if (nshared > r.cfg.minShared || f < 1) && r.sameSide(ua, ub) {
		t = r.cfg.speakerThreshold
	}
	if score < t*f {
		return edge{}, false
	}
	ratio := float64(r.uniq[small].content) / float64(r.uniq[large].content)
	return edge{u: small, v: large, full: ratio >= r.cfg.fragmentRatio, score: float32(score)}, true
}

// synonymWeight is the share of a word's IDF that a synonym in the
// other rendering counts for: a re-translation's word choice is weaker
// evidence than the same word.
const synonymWeight = 0.8

// maxSynonymChecks bounds the unmatched words of a rendering that
// synonymShare compares.
const maxSynonymChecks = 32

// synonymShare returns the IDF weight and the count of the tokens of a
// absent from b that have a WordNet synonym among the tokens of b
// absent from a, each token of b used once.
func (r *run) synonymShare(a, b []int32, idf []float64) (float64, int) {
	var onlyA, onlyB [maxSynonymChecks]int32
	na, nb := 0, 0
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case i < len(a) && j < len(b) && a[i] == b[j]:
			i++
			j++
		case j == len(b) || i < len(a) && a[i] < b[j]:
			if na < maxSynonymChecks && len(r.tokSyn[a[i]]) > 0 {
				onlyA[na] = a[i]
				na++
			}
			i++
		default:
			if nb < maxSynonymChecks && len(r.tokSyn[b[j]]) > 0 {
				onlyB[nb] = b[j]
				nb++
			}
			j++
		}
	}
	var w float64
	n := 0
	var used uint32 // bit k: onlyB[k] matched
	for _, x := range onlyA[:na] {
		for k, y := range onlyB[:nb] {
			if used&(1<<k) == 0 && sharesSet(r.tokSyn[x], r.tokSyn[y]) {
				used |= 1 << k
				w += synonymWeight * math.Min(idf[x], idf[y])
				n++
				break
			}
		}
	}
	return w, n
}

// minParaphraseShared is the fewest content words a paraphrase pair
// may share (see paraphrase).
const minParaphraseShared = 2

// paraphrase reports whether a pair sharing fewer than minShared words
// has the supporting evidence to be verified at all: one side, the
// same specific cue ("denied", "demanded"), the reporter's wording on
// at least one side, at least half of each rendering's content words
// shared, and among them a rare word (rarest is its IDF; see
// rareIDF). Each kind of evidence alone is common; together they mark
// one statement told in other words ("denied harbouring plans to
// invade Ukraine" / "denies harbouring plans to storm its neighbour"),
// while topic words alone ("plans", "Ukraine") tie nothing.
func (r *run) paraphrase(a, b *utext, nshared int, rarest float64) bool {
	return nshared >= minParaphraseShared && rarest >= r.rareIDF &&
		2*nshared >= int(a.content) && 2*nshared >= int(b.content) &&
		(r.loose || (a.reword || b.reword) && sharedCue(a, b) && r.sameSide(a, b))
}

// rareIDF is the IDF of a word found in at most max(2, n/1000) of n
// distinct renderings: in a small run only the pair itself may share
// it, in a million quotes a thousand may.
func rareIDF(n int, prior int) float64 {
	return math.Log(1 + float64(max(n, prior))/float64(max(2, n/1000)))
}

func dedupe32(s []int32) []int32 {
	out := s[:0]
	for i, v := range s {
		if i == 0 || v != s[i-1] {
			out = append(out, v)
		}
	}
	return out
}

// maxNested is how many quotes after a quote are checked for nesting
// inside it.
const maxNested = 16

// byDocOuterFirst groups the quotes that keep selects by document, each
// group in text order with an outer quote before the quotes inside it.
func (r *run) byDocOuterFirst(keep func(i int) bool) map[int32][]int32 {
	byDoc := map[int32][]int32{}
	for i := range r.qs {
		if keep(i) {
			byDoc[r.qs[i].doc] = append(byDoc[r.qs[i].doc], int32(i))
		}
	}
	for _, qs := range byDoc {
		sort.Slice(qs, func(a, b int) bool {
			x, y := r.qs[qs[a]].q, r.qs[qs[b]].q
			if x.Start != y.Start {
				return x.Start < y.Start
			}
			return x.End > y.End
		})
	}
	return byDoc
}

// wrappers finds the quotes that are a reporter's framing of another
// speaker's words in the same document ("Ushakov said Xi acknowledged
// … and stated that he fully supported …"): a speech quote whose span
// holds a nested speech quote, credited to someone else, that covers
// most of its content words.
func (r *run) wrappers() map[int32]bool {
	out := map[int32]bool{}
	for _, qs := range r.byDocOuterFirst(func(i int) bool { return r.qs[i].q.IsSpeech() }) {
		for i, a := range qs {
			qa := r.qs[a].q
			var aw map[string]bool
			for j := i + 1; j < len(qs) && j <= i+maxNested; j++ {
				r.work++
				qb := r.qs[qs[j]].q
				if qb.Start >= qa.End {
					break
				}
				if qb.End > qa.End || qb.End-qb.Start >= qa.End-qa.Start || qb.Speaker == "" || qb.Speaker == qa.Speaker {
					continue
				}
				if aw == nil {
					aw = contentSet(qa.Text)
				}
				bw := contentSet(qb.Text)
				covered := 0
				for w := range bw {
					if aw[w] {
						covered++
					}
				}
				if len(aw) > 0 && 5*covered >= 3*len(aw) {
					out[a] = true
					break
				}
			}
		}
	}
	return out
}

// nestedPairs returns the pairs (statement of a quote, statement of
// the quote around it) for quotes nested in the same document inside a
// quote credited to another speaker ("Price said Blinken noted that
// “de-escalation and diplomacy are the way forward”").
func (r *run) nestedPairs() map[[2]int32]bool {
	out := map[[2]int32]bool{}
	for _, qs := range r.byDocOuterFirst(func(i int) bool { return r.qs[i].nocc > 0 }) {
		for i, a := range qs {
			qa := r.qs[a].q
			for j := i + 1; j < len(qs) && j <= i+maxNested; j++ {
				r.work++
				b := qs[j]
				qb := r.qs[b].q
				if qb.Start >= qa.End {
					break
				}
				if qb.End > qa.End || qb.Speaker == "" || qa.Speaker == "" || qb.Speaker == qa.Speaker {
					continue
				}
				for k := int32(0); k < r.qs[b].nocc; k++ {
					for l := int32(0); l < r.qs[a].nocc; l++ {
						out[[2]int32{r.occs[r.qs[b].occ0+k].u, r.occs[r.qs[a].occ0+l].u}] = true
					}
				}
			}
		}
	}
	return out
}

func contentSet(s string) map[string]bool {
	m := map[string]bool{}
	for rest := string(appendKey(nil, s)); len(rest) > 0; {
		var w string
		w, rest = nextMatchWord(rest)
		if t := matchToken(w); t != "" {
			m[t] = true
		}
	}
	return m
}

// nextWord splits the first word off a Key made by appendKey.
func nextWord(b []byte) (w, rest []byte) {
	for i, c := range b {
		if c == ' ' {
			return b[:i], b[i+1:]
		}
	}
	return b, nil
}

func nextWordString(s string) (w, rest string) {
	if i := strings.IndexByte(s, ' '); i >= 0 {
		return s[:i], s[i+1:]
	}
	return s, ""
}
