package compare

import (
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/verbatim-nlp/verbatim/quote"
)

// Stats is what Compare counts over the whole corpus before it links
// renderings: how many distinct renderings of statements there are and
// how many of them hold each match token. The IDF weights of every
// comparison come from it, so a run over part of a corpus that is given
// the whole corpus's Stats (CorpusStats) weighs words as a run over the
// whole corpus does.
//
// A corpus's Stats is built without holding the corpus: StatKeys gives
// each document's keys; the shared ones are made distinct across the
// corpus (a distributed run groups by key), the own ones are distinct
// already; Add counts each key once, given the corpus's vocabulary (the
// union of KeyTokens over all keys); Stats of disjoint key sets Merge by
// addition.
//
// Stats also counts, for the event test (same event by rare names, read
// by the evaluative link and the misspelt-surname join), the articles
// and, per capitalised word, the articles writing it: AddArticle counts
// one article, and Merge adds these counts too.
type Stats struct {
	// Renderings counts the distinct renderings.
	Renderings int
	// DF maps a match token to the number of renderings holding it.
	DF map[string]int
	// Articles counts the articles given to AddArticle.
	Articles int
	// NameDF maps a capitalised word, in lower case, to the number of
	// articles writing it.
	NameDF map[string]int
}

// AddArticle counts one article of the corpus and its capitalised
// words in s, as the event test reads them.
func (s *Stats) AddArticle(d Document) {
	s.Articles++
	for _, w := range ArticleNames(d) {
		if s.NameDF == nil {
			s.NameDF = map[string]int{}
		}
		s.NameDF[w]++
	}
}

// ArticleNames returns the distinct capitalised words of d, in lower
// case: what AddArticle counts for it.
func ArticleNames(d Document) []string {
	seen := map[string]bool{}
	var out []string
	docCapWords(d.Text, &d, func(w []byte) {
		if !seen[string(w)] {
			seen[string(w)] = true
			out = append(out, string(w))
		}
	})
	return out
}

// Add counts one distinct rendering, given by its key (from StatKeys),
// in s. vocab reports whether a token is in the corpus's vocabulary:
// two adjacent words whose joining is in it ("open ai" where another
// outlet writes "OpenAI") count as that one word, as Compare counts
// them; a nil vocab joins no words.
func (s *Stats) Add(key string, vocab func(token string) bool) {
	if s.DF == nil {
		s.DF = map[string]int{}
	}
	if vocab == nil {
		vocab = func(string) bool { return false }
	}
	s.Renderings++
	toks := appendRenderingTokens(nil, statPlain(key), vocab)
	sort.Strings(toks)
	for i, t := range toks {
		if i == 0 || t != toks[i-1] {
			s.DF[t]++
		}
	}
}

// Merge adds the counts of o, made over other renderings, to s.
func (s *Stats) Merge(o Stats) {
	if s.DF == nil {
		s.DF = make(map[string]int, len(o.DF))
	}
	s.Renderings += o.Renderings
	for t, c := range o.DF {
		s.DF[t] += c
	}
	if s.NameDF == nil && len(o.NameDF) > 0 {
		s.NameDF = make(map[string]int, len(o.NameDF))
	}
	s.Articles += o.Articles
	for w, c := range o.NameDF {
		s.NameDF[w] += c
	}
}

// idfPrior is the fewest distinct renderings IDF assumes, so that two
// or three quotes are not weighed as a whole corpus.
const idfPrior = 100

// IDF returns the inverse document frequency of token over the
// renderings counted: the weight Compare gives it. A token s has not
// seen counts as seen once.
func (s *Stats) IDF(token string) float64 { return idfOf(s.Renderings, max(s.DF[token], 1)) }

func idfOf(n, df int) float64 {
	return math.Log(1 + float64(max(n, idfPrior))/float64(df))
}

// KeyTokens returns the match tokens of the words of a key from
// StatKeys, each once, without joining adjacent words: the union of
// KeyTokens over a corpus's keys is the vocabulary that Stats.Add reads.
func KeyTokens(key string) []string { return tokensOf(statPlain(key)) }

// CorpusStats makes Compare weigh words by s, the Stats of the whole
// corpus, instead of counting them over the documents it is given: a
// run over one part of a corpus then scores pairs as the run over the
// whole corpus does. Tokens that s does not hold keep the run's counts.
// When s counts articles (AddArticle), the event test weighs names by
// s's article counts too.
func CorpusStats(s *Stats) Option { return func(c *config) { c.stats = s } }

// Stats returns the Stats that Compare counts over docs.
func (c *Clusterer) Stats(docs []Document) Stats {
	r := &run{cfg: c.config()}
	r.load(docs)
	r.cfg.stats = nil // count this run's own
	r.renderings(r.wrappers())
	df, _ := r.countTokens()
	out := Stats{Renderings: len(r.statU), DF: make(map[string]int, len(df))}
	for id, c := range df {
		if c > 0 {
			out.DF[r.tokStr[id]] = int(c)
		}
	}
	for _, d := range docs {
		out.AddArticle(d)
	}
	return out
}

// StatKeys returns the keys under which the statements of document d
// count in Stats: shared keys, which other documents may hold too and
// count once across the corpus, and own keys, which no other document
// holds (the statements of a quote that must stay alone). Either kind
// is the statement's Key, then, after a zero byte, what tells it apart.
func (c *Clusterer) StatKeys(d Document) (shared, own []string) {
	r := &run{cfg: c.config()}
	r.load([]Document{d})
	wrappers := r.wrappers()
	r.plainIdx = map[string]int32{}
	r.splits = map[string]*split{}
	seen := map[string]bool{}
	var buf []byte
	for i := range r.qs {
		rec := &r.qs[i]
		if !rec.q.IsSpeech() {
			continue
		}
		for _, pc := range r.splitText(rec.q.Text).pieces {
			var isOwn bool
			buf, isOwn = r.statKey(buf[:0], rec, pc.plain, wrappers[int32(i)])
			if seen[string(buf)] {
				continue
			}
			seen[string(buf)] = true
			if isOwn {
				own = append(own, string(buf))
			} else {
				shared = append(shared, string(buf))
			}
		}
	}
	return shared, own
}

// statKey appends to dst the key under which one statement (Key pk) of
// quote rec counts in Stats, and reports whether it is the quote's own:
// a wrapper's statement, or a short one with no speaker, is never
// collapsed with another quote's (see renderings). A short statement
// with a speaker counts once per set of credited names, as written: the
// key does not wait for the corpus-wide resolution of names.
func (r *run) statKey(dst []byte, rec *qrec, pk int32, wrapper bool) ([]byte, bool) {
	dst = append(dst, r.plain[pk].key...)
	short := int(r.plain[pk].content) < r.cfg.minContent
	switch {
	case wrapper || short && len(rec.speaker) == 0:
		return append(append(dst, 0), rec.id...), true
	case short && len(rec.speaker) == 1: // the usual case
		dst = append(append(dst, 0), r.forms[rec.speaker[0]].text...)
	case short:
		names := make([]string, 0, len(rec.speaker))
		for _, f := range rec.speaker {
			names = append(names, r.forms[f].text)
		}
		sort.Strings(names)
		for i, n := range names {
			if i == 0 || n != names[i-1] {
				dst = append(append(dst, 0), n...)
			}
		}
	}
	return dst, false
}

// statPlain returns the Key part of a key from StatKeys.
func statPlain(key string) string {
	if i := strings.IndexByte(key, 0); i >= 0 {
		return key[:i]
	}
	return key
}

// appendRenderingTokens appends the match tokens of the words of a Key
// to dst, in order, a word joined with the one before it when their
// joining is a known token.
func appendRenderingTokens(dst []string, key string, known func(string) bool) []string {
	var scratch [64]byte
	joinBuf := scratch[:0]
	prevW, prev := "", false
	for rest := key; len(rest) > 0; {
		var w string
		w, rest = nextMatchWord(rest)
		t := matchToken(w)
		if t == "" {
			prev = false
			continue
		}
		if prev {
			joinBuf = append(append(joinBuf[:0], prevW...), w...)
			if j := matchToken(string(joinBuf)); j != "" && known(j) {
				dst[len(dst)-1] = j
				prev = false
				continue
			}
		}
		dst = append(dst, t)
		prevW, prev = w, true
	}
	return dst
}

// renderings collapses the statements of speech quotes into distinct
// renderings (run.uniq) and records which of them count in the
// corpus's Stats (run.statU, see statKey).
func (r *run) renderings(wrappers map[int32]bool) {
	keyIdx := make(map[string]int32, len(r.qs)/2+1)
	r.plainIdx = make(map[string]int32, len(r.qs)/2+1)
	r.splits = map[string]*split{}
	var buf, cueBuf, sk []byte
	statSeen := map[string]bool{}
	cueIDs := map[string]int32{}
	r.work += int64(len(r.qs))
	for i := range r.qs {
		rec := &r.qs[i]
		if !rec.q.IsSpeech() {
			continue
		}
		// Copies of one quote text share its split into statements
		// and their Keys: each is made once.
		sp := r.splitText(rec.q.Text)
		rec.plain = sp.plain
		rec.occ0 = int32(len(r.occs))
		ps := r.persons(i)
		ct := ""
		if rec.q.Cue.Text != "" {
			ct, cueBuf = cueToken(cueBuf, rec.q.Cue.Text)
		}
		for _, pc := range sp.pieces {
			pk := pc.plain
			buf = append(buf[:0], r.plain[pk].key...)
			short := int(r.plain[pk].content) < r.cfg.minContent
			if wrappers[int32(i)] {
				// Reported framing around another speaker's words: the
				// nested quote carries the statement, the wrapper stays alone.
				buf = append(append(buf, "\x00wrap\x00"...), rec.id...)
				short = true
			}
			if short {
				// A short quote collapses only with the same words from
				// the same speaker; without a speaker it stays alone.
				if len(ps) == 0 {
					buf = append(append(buf, 0), rec.id...)
				} else {
					for _, p := range ps {
						buf = append(append(buf, 0), r.forms[p].text...)
					}
				}
			}
			// Most statements repeat a Key already seen (wire copies):
			// look up without allocating.
			u, ok := keyIdx[string(buf)]
			if !ok {
				u = int32(len(r.uniq))
				keyIdx[string(buf)] = u
				r.uniq = append(r.uniq, utext{key: r.plain[pk].key, plain: pk, short: short, alone: wrappers[int32(i)]})
			}
			// A short statement with a speaker counts in Stats by the
			// names as written (statKey); any other by its rendering.
			if short && len(ps) > 0 && !wrappers[int32(i)] {
				sk, _ = r.statKey(sk[:0], rec, pk, false)
				if !statSeen[string(sk)] {
					statSeen[string(sk)] = true
					r.statU = append(r.statU, u)
				}
			} else if !ok {
				r.statU = append(r.statU, u)
			}
			r.occs = append(r.occs, occurrence{q: int32(i), u: u, start: pc.start, end: pc.end})
			for _, p := range ps {
				r.uniq[u].addSpeaker(p)
			}
			if rec.q.Kind == quote.Indirect {
				r.uniq[u].reword = true
			}
			if ct != "" {
				c, ok := cueIDs[ct]
				if !ok {
					c = int32(len(cueIDs))
					cueIDs[ct] = c
				}
				r.uniq[u].addCue(c)
			}
		}
		rec.nocc = int32(len(r.occs)) - rec.occ0
	}
}

// countTokens interns the match tokens of the distinct renderings,
// gives each rendering its tokens, and returns the document frequency
// and IDF of each token: counted over the renderings of run.statU, or
// taken from the corpus's Stats when the run was given them.
func (r *run) countTokens() (df []int32, idf []float64) {
	tokID := map[string]int32{}
	for ui := range r.uniq {
		r.work++
		for rest := r.uniq[ui].key; len(rest) > 0; {
			var w string
			w, rest = nextMatchWord(rest)
			t := matchToken(w)
			if t == "" {
				continue
			}
			if _, ok := tokID[t]; !ok {
				tokID[t] = int32(len(df))
				df = append(df, 0)
				r.tokStr = append(r.tokStr, t)
				r.tokSyn = append(r.tokSyn, synsetsOf(w))
			}
		}
	}
	// A run over part of a corpus joins words ("open ai") as the whole
	// corpus does: the corpus's tokens are known too.
	known := func(t string) bool {
		_, ok := tokID[t]
		return ok || r.cfg.stats != nil && r.cfg.stats.DF[t] > 0
	}
	var toks []string
	for ui := range r.uniq {
		u := &r.uniq[ui]
		r.work++
		toks = appendRenderingTokens(toks[:0], u.key, known)
		ids := make([]int32, len(toks))
		for i, t := range toks {
			ids[i] = tokID[t]
		}
		slices.Sort(ids)
		ids = dedupe32(ids)
		u.toks = ids
		u.content = int32(len(ids))
	}
	for _, ui := range r.statU {
		for _, id := range r.uniq[ui].toks {
			df[id]++
		}
	}
	n := len(r.statU)
	if s := r.cfg.stats; s != nil && s.Renderings > 0 {
		n = s.Renderings
		for id, t := range r.tokStr {
			if c := s.DF[t]; c > 0 {
				df[id] = int32(c)
			}
		}
	}
	idf = make([]float64, len(df))
	for t, c := range df {
		idf[t] = idfOf(n, int(c))
	}
	r.rareIDF = rareIDF(n, idfPrior) - 1e-9
	return df, idf
}
