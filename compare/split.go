package compare

// This file lets a run over many machines split the linking of
// statements (the module beam does): Links proposes the pairs a run may
// link, components over those pairs are compared apart (Statements), and
// one Compare given the result (GivenStatements) reports as if it had
// linked the statements itself.

// Links (not to be confused with Linked, one pair's test) returns the
// pairs (i, j), i < j, of statement Keys (as
// StatKeys gives them, or plain Keys) that a Compare run weighing words
// by st might link, whatever the speakers, cues and documents of their
// quotes: the pair's words pass the lowest bar Compare applies (the
// speaker's, with synonyms and paraphrases counted), or one is a short
// statement whose words the other holds. A run links no two statements
// that Links, given every statement sharing a word with them, keeps
// apart; so the components of the graph of Links pairs and of the
// statements of each quote can be compared one by one. st is the
// corpus's Stats (nil: counted over keys).
func (c *Clusterer) Links(keys []string, st *Stats) [][2]int {
	r := &run{cfg: c.config(), loose: true}
	if st != nil && st.Renderings > 0 {
		r.cfg.stats = st
	}
	for _, k := range keys {
		k = statPlain(k)
		content := 0
		for rest := k; len(rest) > 0; {
			var w string
			w, rest = nextWordString(rest)
			if matchToken(w) != "" {
				content++
			}
		}
		r.uniq = append(r.uniq, utext{key: k, short: content < r.cfg.minContent})
		r.statU = append(r.statU, int32(len(r.uniq)-1))
	}
	_, idf := r.countTokens()
	for ui := range r.uniq {
		u := &r.uniq[ui]
		for _, t := range u.toks {
			u.weight += idf[t]
		}
	}
	var out [][2]int
	for i := range r.uniq {
		for j := i + 1; j < len(r.uniq); j++ {
			if r.mayLink(int32(i), int32(j), idf) {
				out = append(out, [2]int{i, j})
			}
		}
	}
	return out
}

// mayLink is Links' test of one pair.
func (r *run) mayLink(a, b int32, idf []float64) bool {
	ua, ub := &r.uniq[a], &r.uniq[b]
	if len(ua.toks) == 0 || len(ub.toks) == 0 {
		return false
	}
	switch {
	case ua.short && ub.short:
		return false // a short statement attaches to a longer one only
	case ua.short:
		return subset32(ua.toks, ub.toks)
	case ub.short:
		return subset32(ub.toks, ua.toks)
	}
	// verifyAt is not quite symmetric: synonyms pair up greedily.
	_, ok := r.verifyAt(a, b, idf, 1)
	if !ok {
		_, ok = r.verifyAt(b, a, idf, 1)
	}
	return ok
}

// Statements returns how c links the statements of docs, as Compare
// does: for docs[d].Quotes[k], out[d][k] holds a label per statement of
// the quote (none when the quote renders no statement: a term, or an
// invalid Kind). Statements with one label render one statement; labels
// mean nothing across calls. GivenStatements takes them back.
func (c *Clusterer) Statements(docs []Document) [][][]int {
	r := &run{cfg: c.config()}
	r.load(docs)
	r.resolvePeople()
	r.clusterQuotes()
	out := make([][][]int, len(docs))
	r.eachQuote(func(qi int32, d, k int) {
		rec := &r.qs[qi]
		if out[d] == nil {
			out[d] = make([][]int, len(docs[d].Quotes))
		}
		if rec.occ0 < 0 || rec.nocc == 0 {
			return
		}
		ls := make([]int, rec.nocc)
		for i := range ls {
			ls[i] = int(r.parent.find(r.occs[rec.occ0+int32(i)].u))
		}
		out[d][k] = ls
	})
	return out
}

// GivenStatements makes Compare take the statements of its documents as
// label labels them instead of linking them itself: label(d, k) gives a
// label per statement of docs[d].Quotes[k] (see Statements, whose int
// labels a caller that compares parts apart makes unique, for example
// by prefixing the part). Statements with one label render one
// statement; the statements of one quote share its cluster, as ever. A quote
// with fewer labels than statements has the rest linked to nothing.
func GivenStatements(label func(d, k int) []string) Option {
	return func(c *config) { c.given = label }
}

// takeGiven links the statements as the GivenStatements option says.
func (r *run) takeGiven() {
	r.parent = newUnionFind(len(r.uniq))
	first := map[string]int32{}
	r.eachQuote(func(qi int32, d, k int) {
		rec := &r.qs[qi]
		if rec.occ0 < 0 || rec.nocc == 0 {
			return
		}
		ls := r.cfg.given(d, k)
		r.work += int64(rec.nocc)
		for i := int32(0); i < rec.nocc && int(i) < len(ls); i++ {
			u := r.occs[rec.occ0+i].u
			if v, ok := first[ls[i]]; ok {
				r.parent.union(u, v)
			} else {
				first[ls[i]] = u
			}
		}
	})
	r.group = append(unionFind(nil), r.parent...)
	for i := range r.qs {
		rec := &r.qs[i]
		for k := int32(1); k < rec.nocc; k++ {
			r.group.union(r.occs[rec.occ0].u, r.occs[rec.occ0+k].u)
		}
	}
}

// eachQuote calls f for every loaded quote with its index in r.qs and
// its place in Compare's argument (document d, Quotes[k]).
func (r *run) eachQuote(f func(qi int32, d, k int)) {
	qi := int32(0)
	for _, dr := range r.docs {
		for k := range dr.doc.Quotes {
			if qi < int32(len(r.qs)) && r.qs[qi].q == &dr.doc.Quotes[k] {
				f(qi, dr.in, k)
				qi++
			}
		}
	}
}

// StatementKeys returns the Keys of the statements of each quote of d,
// as Compare cuts it: for d.Quotes[k], out[k] (none for a quote that
// renders no statement). A run over many machines joins the statements
// of one quote when it takes components over Links pairs.
func (c *Clusterer) StatementKeys(d Document) [][]string {
	r := &run{cfg: c.config()}
	r.load([]Document{d})
	r.plainIdx = map[string]int32{}
	r.splits = map[string]*split{}
	out := make([][]string, len(d.Quotes))
	r.eachQuote(func(qi int32, _, k int) {
		if !r.qs[qi].q.IsSpeech() {
			return
		}
		for _, pc := range r.splitText(r.qs[qi].q.Text).pieces {
			out[k] = append(out[k], r.plain[pc.plain].key)
		}
	})
	return out
}
