package compare

import (
	"strings"
	"sync"
	"time"
)

// evaluatives is the set of adjectives that describe or rate: the
// synonym table's lines that start with "~" (WordNet's satellite
// adjectives, see internal/genwordnet), built on first use.
var evaluatives = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, line := range strings.Split(wordnetSets, "\n") {
		if w, ok := strings.CutPrefix(line, "~"); ok && w != "" {
			m[w] = true
		}
	}
	return m
})

// evalPair is an evaluative adjective and the content word after it, as
// match tokens: "striking victory", the "shattering victory" of
// "earth-shattering victory".
type evalPair struct{ adj, noun string }

// appendEvalPairs appends to dst the evaluative pairs of a Key, in text
// order.
func appendEvalPairs(dst []evalPair, key string) []evalPair {
	ev := evaluatives()
	prev, prevTok := "", ""
	for rest := key; len(rest) > 0; {
		var w string
		w, rest = nextMatchWord(rest)
		t := matchToken(w)
		if t != "" && prevTok != "" && ev[prev] {
			dst = append(dst, evalPair{prevTok, t})
		}
		prev, prevTok = w, t
	}
	return dst
}

// maxEventDocs is how many of a rendering's articles sameEvent compares.
const maxEventDocs = 8

// maxEventDays is how far apart two dated articles on one event may be
// published.
const maxEventDays = 2

// datesApart reports whether articles a and b both carry a publication
// date (Document.Published, starting YYYY-MM-DD) and are more than
// maxEventDays apart: then they report different events, whatever
// names they share.
func (r *run) datesApart(a, b int32) bool {
	ta, errA := time.Parse(time.DateOnly, prefix(r.docs[a].doc.Published, len(time.DateOnly)))
	tb, errB := time.Parse(time.DateOnly, prefix(r.docs[b].doc.Published, len(time.DateOnly)))
	if errA != nil || errB != nil {
		return false
	}
	d := ta.Sub(tb)
	return d > maxEventDays*24*time.Hour || d < -maxEventDays*24*time.Hour
}

// prefix returns the first n bytes of s, or s when shorter.
func prefix(s string, n int) string { return s[:min(n, len(s))] }

// linkEvaluative links a short statement that is nothing but an
// evaluative adjective and its noun ("a shining victory") to each
// rendering credited to the same person, in another article on the
// same event (sameEvent; published within maxEventDays when both are
// dated), that holds the noun behind another evaluative adjective
// ("this represents a striking victory", "an earth-shattering
// victory"): one line translated three times, the
// adjective the translator's choice. Unlike attachShort it may join two
// clusters, since such renderings share no other word; the evidence is
// the phrase, the speaker and the event together.
func (r *run) linkEvaluative(off, post, qoff, qdoc []int32) {
	limit := 4 * r.cfg.postingCap
	var sp, hp []evalPair
	for si := range r.uniq {
		s := &r.uniq[si]
		if !s.short || s.alone || s.nspk == 0 || len(s.toks) != 2 || qoff[si] == qoff[si+1] {
			continue
		}
		sp = appendEvalPairs(sp[:0], s.key)
		if len(sp) != 1 || sp[0].adj == sp[0].noun {
			continue
		}
		// The statement's two content words are the pair's.
		noun, adj := s.toks[0], s.toks[1]
		if r.tokStr[noun] != sp[0].noun {
			noun, adj = adj, noun
		}
		if r.tokStr[noun] != sp[0].noun || r.tokStr[adj] != sp[0].adj {
			continue
		}
		sd := qdoc[qoff[si]]
		list := post[off[noun]:off[noun+1]]
		if len(list) > limit {
			list = list[:limit]
		}
		r.work += int64(len(list))
		for _, v := range list {
			u := &r.uniq[v]
			if !sameSpeaker(s, u) || r.parent.find(int32(si)) == r.parent.find(v) {
				continue
			}
			docs := qdoc[qoff[v]:qoff[v+1]]
			if len(docs) == 0 || docs[0] == sd {
				continue // its own article: attachShort's case
			}
			docs = docs[:min(len(docs), maxEventDocs)]
			near := docs[:0:0]
			for _, d := range docs {
				if !r.datesApart(sd, d) {
					near = append(near, d)
				}
			}
			if len(near) == 0 {
				continue
			}
			hp = appendEvalPairs(hp[:0], u.key)
			r.work += int64(len(hp))
			// Behind another adjective: the same one makes S a plain
			// fragment, attachShort's to place.
			held := false
			for _, p := range hp {
				held = held || p.noun == sp[0].noun && p.adj != sp[0].adj
			}
			if !held {
				continue
			}
			if r.sameEvent(sd, near) {
				r.parent.union(int32(si), v)
			}
		}
	}
}
