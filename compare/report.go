package compare

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/verbatim-nlp/verbatim/quote"
)

// report assembles the sorted Report and its flags.
func (r *run) report() *Report {
	r.freezePersons()
	r.resolveRoles()
	r.sides = r.buildSides() // person groups are final now: once per report
	rep := &Report{
		Documents: []DocSummary{},
		Speakers:  []Speaker{},
		Quotes:    make([]QuoteEntry, 0, len(r.qs)),
		Clusters:  []Cluster{},
		Flags:     []Flag{},
	}
	for i, d := range r.docs {
		rep.Documents = append(rep.Documents, DocSummary{Doc: d.name, Quotes: len(d.doc.Quotes) - r.skipped[i], Skipped: r.skipped[i],
			Outlet: d.doc.Outlet, URL: d.doc.URL, Published: d.doc.Published, Headline: d.doc.Headline})
	}

	// Clusters: members by root, id from the smallest member quote id.
	members := map[int32][]int32{}
	var roots []int32
	r.work += int64(len(r.qs))
	for i := range r.qs {
		c := r.clusterOf(int32(i))
		if c < 0 {
			continue
		}
		if _, ok := members[c]; !ok {
			roots = append(roots, c)
		}
		members[c] = append(members[c], int32(i))
	}
	cid := make(map[int32]string, len(roots))
	for _, c := range roots {
		m := members[c]
		slices.SortFunc(m, func(a, b int32) int { return strings.Compare(r.qs[a].id, r.qs[b].id) })
		cid[c] = "c" + r.qs[m[0]].id[1:]
	}
	for i := range r.qs {
		rec := &r.qs[i]
		e := QuoteEntry{Doc: r.docs[rec.doc].name, ID: rec.id, Quote: rec.q}
		if c := r.clusterOf(int32(i)); c >= 0 {
			e.Cluster = cid[c]
		}
		e.SpeakerName = r.qNames[i]
		rep.Quotes = append(rep.Quotes, e)
	}
	for _, c := range roots {
		rep.Clusters = append(rep.Clusters, r.makeCluster(cid[c], members[c]))
	}
	sort.Slice(rep.Clusters, func(i, j int) bool {
		a, b := &rep.Clusters[i], &rep.Clusters[j]
		if a.Docs != b.Docs {
			return a.Docs > b.Docs
		}
		if len(a.Quotes) != len(b.Quotes) {
			return len(a.Quotes) > len(b.Quotes)
		}
		return a.ID < b.ID
	})
	// Flags compare the renderings of one statement, never two
	// statements that a longer quote happens to join.
	stmts := map[int32][]int32{}
	var sroots []int32
	for o := range r.occs {
		s := r.parent.find(r.occs[o].u)
		if _, ok := stmts[s]; !ok {
			sroots = append(sroots, s)
		}
		stmts[s] = append(stmts[s], int32(o))
	}
	slices.Sort(sroots)
	for _, s := range sroots {
		rep.Flags = append(rep.Flags, r.clusterFlags(cid[r.group.find(s)], stmts[s])...)
	}
	rep.Speakers = r.speakers()
	speakerIDs(rep.Speakers)
	rep.Flags = append(rep.Flags, r.personFlags()...)
	rep.Flags = append(rep.Flags, r.textVariants()...)
	SortFlags(rep.Flags)
	return rep
}

func (r *run) personNames(ps []int32) string {
	names := make([]string, 0, len(ps))
	for _, p := range ps {
		names = append(names, r.canonical(p))
	}
	sort.Strings(names)
	return strings.Join(names, " and ")
}

func (r *run) makeCluster(id string, m []int32) Cluster {
	c := Cluster{ID: id, Quotes: make([]string, len(m))}
	spk := map[string]int{}
	for i, q := range m {
		c.Quotes[i] = r.qs[q].id
		if s := r.qNames[q]; s != "" {
			spk[s]++
		}
	}
	c.Docs = r.countDocs(m, false)
	c.Speaker = mostCommon(spk)
	c.Text = r.qs[r.mostQuoted(m)].q.Text
	return c
}

// mostQuoted returns the quote of m whose Key most documents print,
// then the longest Key, then the smallest Key.
func (r *run) mostQuoted(m []int32) int32 {
	r.work += int64(len(m))
	docs := map[int32]map[int32]bool{}
	for _, q := range m {
		pk := r.qs[q].plain
		if docs[pk] == nil {
			docs[pk] = map[int32]bool{}
		}
		docs[pk][r.qs[q].doc] = true
	}
	best := m[0]
	for _, q := range m[1:] {
		a, b := r.qs[q].plain, r.qs[best].plain
		ka, kb := r.plain[a].key, r.plain[b].key
		if len(docs[a]) > len(docs[b]) || len(docs[a]) == len(docs[b]) && (len(ka) > len(kb) || len(ka) == len(kb) && ka < kb) {
			best = q
		}
	}
	return best
}

func mostCommon(m map[string]int) string {
	best, n := "", 0
	for k, v := range m {
		if v > n || v == n && k < best {
			best, n = k, v
		}
	}
	return best
}

// variant is one distinct Key within a statement: quotes holds
// occurrences (indices in run.occs).
type variant struct {
	key    string
	quotes []int32
	docs   int
}

// variants returns a statement's distinct renderings (m holds
// occurrences), most quoted first.
// Indirect speech is left out when direct renderings exist and
// directOnly is set: a paraphrase is not a variant wording.
func (r *run) variants(m []int32, directOnly bool) []variant {
	// Group by plain Key index with per-Key marks, not a map of strings.
	if len(r.plainMark) != len(r.plain) {
		r.plainMark = make([]uint32, len(r.plain))
		r.plainSlot = make([]int32, len(r.plain))
	}
	r.plainGen++
	if r.plainGen == 0 {
		clear(r.plainMark)
		r.plainGen = 1
	}
	var out []variant
	r.work += int64(len(m))
	for _, q := range m {
		if directOnly && r.qs[r.occs[q].q].q.Kind == quote.Indirect {
			continue
		}
		pk := r.uniq[r.occs[q].u].plain
		if r.plainMark[pk] != r.plainGen {
			r.plainMark[pk] = r.plainGen
			r.plainSlot[pk] = int32(len(out))
			out = append(out, variant{key: r.plain[pk].key})
		}
		v := &out[r.plainSlot[pk]]
		v.quotes = append(v.quotes, q)
	}
	for i := range out {
		out[i].docs = r.countDocs(out[i].quotes, true)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := &out[i], &out[j]
		if a.docs != b.docs {
			return a.docs > b.docs
		}
		if len(a.key) != len(b.key) {
			return len(a.key) > len(b.key)
		}
		return a.key < b.key
	})
	return out
}

// evidence appends where the occurrences qs are: the statement's span,
// or the speaker's mention when useMention is set.
func (r *run) evidence(qs []int32, useMention bool, ev []Evidence, omitted *int) []Evidence {
	r.work += int64(len(qs))
	for _, q := range qs {
		if len(ev) >= r.cfg.maxEvidence {
			*omitted++
			continue
		}
		o := &r.occs[q]
		rec := &r.qs[o.q]
		e := Evidence{Doc: r.docs[rec.doc].name, Start: rec.q.Start, End: rec.q.End,
			Text: rec.q.Text[o.start:o.end], Outlet: r.docs[rec.doc].doc.Outlet, Speaker: rec.q.Speaker}
		if r.qNames != nil && r.qNames[o.q] != "" {
			e.Speaker = r.qNames[o.q]
		}
		// The statement's own span when the quote's text is the text
		// at its span (not for a quote over several paragraphs).
		if rec.q.End-rec.q.Start == len(rec.q.Text) && (o.start > 0 || int(o.end) < len(rec.q.Text)) {
			e.Start, e.End = rec.q.Start+int(o.start), rec.q.Start+int(o.end)
		}
		if useMention && rec.q.Mention.End > rec.q.Mention.Start {
			e.Start, e.End, e.Text = rec.q.Mention.Start, rec.q.Mention.End, rec.q.Mention.Text
		}
		ev = append(ev, e)
	}
	return ev
}

// clusterFlags raises variant-wording, truncated and speaker-conflict
// for one cluster. Each variant is compared with the most quoted
// rendering only, so the work is linear in the cluster's size.
func (r *run) clusterFlags(id string, m []int32) []Flag {
	var flags []Flag
	vs := r.variants(m, true)
	var byDoc map[int32][]int32 // see inPieces
	if len(vs) > 1 {
		base := vs[0]
		bw := words(base.key)
		for i, v := range vs[1:] {
			if i >= r.cfg.maxVariants {
				break
			}
			if v.docs == 0 || onlyDoc(r, base, v) {
				continue // one article repeating itself is not a disagreement
			}
			vw := words(v.key)
			var f Flag
			switch {
			case containsRun(bw, vw) || containsRun(vw, bw):
				frag, full := v, base
				fw, lw := vw, bw
				if len(vw) > len(bw) {
					frag, full, fw, lw = base, v, bw, vw
				}
				if inPieces(r, vs, frag, lw, &byDoc) {
					continue // the article quotes the whole, cut into pieces
				}
				f = r.pairFlag(Truncated, id, base, frag, full)
				f.Severity = Low
				if 2*len(fw) < len(lw) {
					f.Severity = Medium
				}
				if meaningChanged(r.framed(frag, fw), r.framed(full, lw)) {
					f.Severity = High
				}
				f.Message = fmt.Sprintf("%s quotes only part of what %s quotes in full; check what was left out.",
					r.docList(frag.quotes), r.docList(full.quotes))
			case min(len(bw), len(vw)) < minVariantWords && !meaningChanged(r.framed(base, bw), r.framed(v, vw)):
				continue
			default:
				diff, changed := wordDiff(bw, vw)
				f = r.pairFlag(VariantWording, id, base, base, v)
				f.Diff = diff
				f.Severity = Low
				// A fragment in other words ("so much doubt" from "so many
				// doubts") changes most of the sentence by leaving it out:
				// only renderings of like length are medium.
				if changed > 0.4 && 2*min(len(bw), len(vw)) >= max(len(bw), len(vw)) {
					f.Severity = Medium
				}
				if meaningChanged(r.framed(base, bw), r.framed(v, vw)) {
					f.Severity = High
				}
				f.Message = fmt.Sprintf("%s quotes this statement in other words than %s; check which wording is the speaker's.",
					r.docList(v.quotes), r.docList(base.quotes))
			}
			flags = append(flags, f)
		}
	}
	if len(vs) > 0 && r.qs[r.occs[vs[0].quotes[0]].q].q.Kind != quote.Indirect {
		flags = r.paraphraseFlags(flags, id, m, vs[0])
	}
	if f, ok := r.speakerConflict(id, m); ok {
		flags = append(flags, f)
	}
	return flags
}

// paraphraseFlags adds a low variant-wording flag for each article that
// reports in its own words (indirect speech) what another quotes
// directly; high when the paraphrase drops or adds a negation. A
// paraphrase is expected to differ, so only the diff and the sense of
// it are the point: “regional security cannot be guaranteed…” against
// "Wang emphasised that … regional security could not be guaranteed…".
func (r *run) paraphraseFlags(flags []Flag, id string, m []int32, base variant) []Flag {
	bw := words(base.key)
	n := 0
	for _, v := range r.variants(m, false) {
		if n >= r.cfg.maxVariants {
			break
		}
		if r.qs[r.occs[v.quotes[0]].q].q.Kind != quote.Indirect || v.docs == 0 || onlyDoc(r, base, v) {
			continue
		}
		vw := words(v.key)
		if min(len(bw), len(vw)) < minVariantWords && !meaningChanged(bw, vw) {
			continue
		}
		n++
		f := r.pairFlag(VariantWording, id, base, base, v)
		f.Diff, _ = wordDiff(bw, vw)
		f.Severity = Low
		if meaningChanged(bw, vw) {
			f.Severity = High
		}
		f.Message = fmt.Sprintf("%s reports this statement in its own words where %s quotes it directly; check the paraphrase against the quoted words.",
			r.docList(v.quotes), r.docList(base.quotes))
		flags = append(flags, f)
	}
	return flags
}

// pairFlag starts a flag of kind on cluster id that sets two renderings
// side by side: the cluster's base rendering as subject, a and b as the
// values, their quotes as evidence.
func (r *run) pairFlag(kind, id string, base, a, b variant) Flag {
	f := Flag{Kind: kind, Cluster: id, Subject: r.occText(base.quotes[0]),
		Values: []string{r.occText(a.quotes[0]), r.occText(b.quotes[0])}}
	f.Evidence = r.evidence(a.quotes, false, nil, &f.Omitted)
	f.Evidence = r.evidence(b.quotes, false, f.Evidence, &f.Omitted)
	return f
}

// inPieces reports whether every article quoting the fragment frag
// quotes all the words of the full rendering lw in this cluster, but
// for joining words, in several quotes ("I loved my time there" …
// "it changed me", split by the reporter's words): nothing is left out.
// byDoc caches, per cluster, the variants each document quotes, so the
// work stays linear in the cluster's quotes however many articles
// quote the fragment.
func inPieces(r *run, vs []variant, frag variant, lw []string, byDoc *map[int32][]int32) bool {
	if *byDoc == nil {
		m := map[int32][]int32{}
		for i, v := range vs {
			r.work += int64(len(v.quotes))
			for _, q := range v.quotes {
				d := r.qs[r.occs[q].q].doc
				if ids := m[d]; len(ids) == 0 || ids[len(ids)-1] != int32(i) {
					m[d] = append(ids, int32(i))
				}
			}
		}
		*byDoc = m
	}
	checked := map[int32]bool{}
	for _, o := range frag.quotes {
		d := r.qs[r.occs[o].q].doc
		if checked[d] {
			continue
		}
		checked[d] = true
		ids := (*byDoc)[d]
		if len(ids) < 2 {
			return false
		}
		have := map[string]bool{}
		for _, i := range ids {
			r.work++
			for _, w := range words(vs[i].key) {
				have[w] = true
			}
		}
		for _, w := range lw {
			// The reporter's words between the pieces may stand for a
			// joining word ("and"), never for a negation.
			if !have[w] && (!stopwords[w] || negations[w]) {
				return false
			}
		}
	}
	return true
}

// onlyDoc reports whether every document that prints b also prints
// a: then no article disagrees with another, one repeats itself.
func onlyDoc(r *run, a, b variant) bool {
	gen := r.nextDocMark()
	r.work += int64(len(a.quotes) + len(b.quotes))
	for _, o := range a.quotes {
		r.docMark[r.qs[r.occs[o].q].doc] = gen
	}
	for _, o := range b.quotes {
		if r.docMark[r.qs[r.occs[o].q].doc] != gen {
			return false
		}
	}
	return true
}

// framed returns the words ws of rendering v with a leading "not" when
// every quote of v is a partial one that its reporter negates outside
// the marks (quote.Quote.Negated): "fired him for not being
// “consistently candid”" keeps the sense of "he was not consistently
// candid", and no negation is lost.
func (r *run) framed(v variant, ws []string) []string {
	for _, o := range v.quotes {
		oc := &r.occs[o]
		if oc.start != 0 || !r.qs[oc.q].q.Negated {
			return ws
		}
	}
	return append([]string{"not"}, ws...)
}

// minVariantWords is the fewest words a rendering needs to raise
// variant-wording on its own words: a shorter fragment ("reasonable
// concerns") is set against a whole sentence, and its other words say
// nothing; only a negation or a number it changes does.
const minVariantWords = 5

// meaningChanged reports whether the shorter of a and b changes a
// negation or a number of the longer: it holds a number the longer
// lacks, or its negations differ from those of the stretch of the
// longer that its content words span (with the two words before it,
// where "not" stands). A negation in words the shorter leaves out
// ("And while nothing can bring him back, this can be a step
// forward" / "this can be a step forward") changes nothing it says.
func meaningChanged(a, b []string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	for _, n := range numbers(a) {
		if !slices.Contains(b, n) {
			return true
		}
	}
	// Content words anchor by match token, so a translation's other
	// ending ("retire" / "retiring") still finds its place.
	bt := make([]string, len(b))
	for i, w := range b {
		bt[i] = matchToken(w)
	}
	lo, hi, pre := len(b), -1, 0
	for k, w := range a {
		t := matchToken(w)
		if negations[w] || t == "" {
			continue // a stop word ("we") would anchor anywhere
		}
		if i := slices.Index(bt, t); i >= 0 {
			if i < lo {
				lo, pre = i, k
			}
			hi = max(hi, i)
		}
	}
	if hi < 0 {
		return negCount(a) != negCount(b)
	}
	// The stretch starts twice as many words before the first anchor
	// as the shorter has there, a translation's small words being more
	// ("I will not retire" against "I'm not going to be retiring"), and
	// at least two, where "not" stands; whether a negation is there
	// counts, not how many ("No, I'm not").
	return negCount(a) > 0 != (negCount(b[max(lo-max(2*pre, 2), 0):hi+1]) > 0)
}

// numbers returns the words of ws that hold a digit, sorted.
func numbers(ws []string) []string {
	var out []string
	for _, w := range ws {
		if strings.ContainsAny(w, "0123456789") {
			out = append(out, w)
		}
	}
	slices.Sort(out)
	return out
}

// occText returns the words of occurrence o as its quote prints them.
func (r *run) occText(o int32) string {
	oc := &r.occs[o]
	return r.qs[oc.q].q.Text[oc.start:oc.end]
}

// docList names the documents of some occurrences: up to three, then a count.
// It keeps only the three first names, so a cluster copied on 100,000
// sites costs no list of 100,000 names.
func (r *run) docList(qs []int32) string {
	gen := r.nextDocMark()
	var first [3]string
	n := 0
	r.work += int64(len(qs))
	for _, q := range qs {
		d := r.qs[r.occs[q].q].doc
		if r.docMark[d] == gen {
			continue
		}
		r.docMark[d] = gen
		name := r.docs[d].name
		for k := range min(n, 3) {
			if name < first[k] {
				name, first[k] = first[k], name
			}
		}
		if n < 3 {
			first[n] = name
		}
		n++
	}
	switch {
	case n > 3:
		return fmt.Sprintf("%s and %d other articles", strings.Join(first[:], ", "), n-3)
	case n > 1:
		return strings.Join(first[:n-1], ", ") + " and " + first[n-1]
	case n == 1:
		return first[0]
	}
	return ""
}

// nextDocMark starts a new generation of docMark, the per-document
// marks that count distinct documents without a map.
func (r *run) nextDocMark() uint32 {
	if len(r.docMark) != len(r.docs) {
		r.docMark = make([]uint32, len(r.docs))
	}
	r.docGen++
	if r.docGen == 0 { // wrapped: old marks could match again
		clear(r.docMark)
		r.docGen = 1
	}
	return r.docGen
}

// countDocs returns the number of distinct documents of qs: quotes,
// or occurrences when occ is set.
func (r *run) countDocs(qs []int32, occ bool) int {
	gen := r.nextDocMark()
	n := 0
	r.work += int64(len(qs))
	for _, q := range qs {
		if occ {
			q = r.occs[q].q
		}
		if d := r.qs[q].doc; r.docMark[d] != gen {
			r.docMark[d] = gen
			n++
		}
	}
	return n
}

func negCount(ws []string) int {
	n := 0
	for _, w := range ws {
		if negations[w] {
			n++
		}
	}
	return n
}

// containsRun reports whether small occurs as a contiguous run in big.
func containsRun(big, small []string) bool {
	if len(small) == 0 || len(small) > len(big) {
		return false
	}
outer:
	for i := 0; i+len(small) <= len(big); i++ {
		for j := range small {
			if big[i+j] != small[j] {
				continue outer
			}
		}
		return true
	}
	return false
}

// wordDiff returns a word-level diff of a and b ("kept [-removed-]
// {+added+}") and the share of words changed. Long quotes are cut at
// maxDiffWords to keep the table small.
func wordDiff(a, b []string) (string, float64) {
	const maxDiffWords = 300
	if len(a) > maxDiffWords {
		a = a[:maxDiffWords]
	}
	if len(b) > maxDiffWords {
		b = b[:maxDiffWords]
	}
	n, m := len(a), len(b)
	if n+m == 0 {
		return "", 0
	}
	// lcs[i][j] is the LCS length of a[i:] and b[j:].
	lcs := make([]int32, (n+1)*(m+1))
	at := func(i, j int) *int32 { return &lcs[i*(m+1)+j] }
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if a[i] == b[j] {
				*at(i, j) = *at(i+1, j+1) + 1
			} else {
				*at(i, j) = max(*at(i+1, j), *at(i, j+1))
			}
		}
	}
	var sb strings.Builder
	var del, ins []string
	flush := func() {
		if len(del) > 0 {
			fmt.Fprintf(&sb, "[-%s-] ", strings.Join(del, " "))
		}
		if len(ins) > 0 {
			fmt.Fprintf(&sb, "{+%s+} ", strings.Join(ins, " "))
		}
		del, ins = del[:0], ins[:0]
	}
	i, j := 0, 0
	for i < n || j < m {
		switch {
		case i < n && j < m && a[i] == b[j]:
			flush()
			sb.WriteString(a[i])
			sb.WriteByte(' ')
			i++
			j++
		case j < m && (i == n || *at(i, j+1) >= *at(i+1, j)):
			ins = append(ins, b[j])
			j++
		default:
			del = append(del, a[i])
			i++
		}
	}
	flush()
	common := float64(*at(0, 0))
	return strings.TrimSpace(sb.String()), 1 - 2*common/float64(n+m)
}

// speakerConflict flags a cluster credited to different persons. Name
// variants of one person were merged before, so they never conflict.
func (r *run) speakerConflict(id string, m []int32) (Flag, bool) {
	type credit struct {
		ps     []int32
		quotes []int32
		docs   map[int32]bool
	}
	byKey := map[string]*credit{}
	var keys []string
	r.work += int64(len(m))
	for _, o := range m {
		q := r.occs[o].q
		ps := r.persons(int(q))
		if len(ps) == 0 {
			continue
		}
		k := r.qNames[q]
		c, ok := byKey[k]
		if !ok {
			c = &credit{ps: ps, docs: map[int32]bool{}}
			byKey[k] = c
			keys = append(keys, k)
		}
		c.quotes = append(c.quotes, o)
		c.docs[r.qs[q].doc] = true
	}
	// Drop a state credited beside someone its titles place in its
	// service: decide for every key first, then delete. One pass
	// collects the states that some credit serves, so a statement
	// credited to K people costs K lookups, not K².
	served := map[int32]bool{}
	for _, k := range keys {
		r.work += int64(len(byKey[k].ps))
		r.sides.servedBy(byKey[k].ps, served)
	}
	drop := map[string]bool{}
	for _, k := range keys {
		r.work += int64(len(byKey[k].ps))
		if st, ok := r.sides.stateOf(byKey[k].ps); ok && served[st] {
			drop[k] = true
		}
	}
	// Drop the reporter of a reported chain ("Ushakov said Xi
	// supported …"): an article that credits the account to its
	// reporter does not rival one that credits the words to the
	// speaker the reporter names.
	reporters := map[int32]bool{}
	for _, o := range m {
		r.work++
		rec := &r.qs[r.occs[o].q]
		name := rec.q.Reporter
		if name == "" {
			continue
		}
		if !strings.Contains(name, " ") {
			name = string(rune(rec.doc+1)) + "\x00" + name // one-word forms are per document (formID)
		}
		if f, ok := r.formByKey[name]; ok {
			reporters[r.person(f)] = true
		}
	}
	if len(reporters) > 0 {
		for _, k := range keys {
			all := true
			for _, p := range byKey[k].ps {
				all = all && reporters[p]
			}
			if all {
				drop[k] = true
			}
		}
	}
	keys = slices.DeleteFunc(keys, func(k string) bool { return drop[k] })
	if len(keys) < 2 {
		return Flag{}, false
	}
	sort.Slice(keys, func(i, j int) bool {
		a, b := byKey[keys[i]], byKey[keys[j]]
		if len(a.docs) != len(b.docs) {
			return len(a.docs) > len(b.docs)
		}
		return keys[i] < keys[j]
	})
	// Credits within one article only (a quote and its echo) are
	// left to attribute.
	docs := map[int32]bool{}
	for _, k := range keys {
		r.work += int64(len(byKey[k].docs))
		for d := range byKey[k].docs {
			docs[d] = true
		}
	}
	if len(docs) < 2 {
		return Flag{}, false
	}
	f := Flag{Kind: SpeakerConflict, Cluster: id, Values: keys}
	f.Subject = r.occText(m[0])
	if vs := r.variants(m, false); len(vs) > 0 {
		f.Subject = r.occText(vs[0].quotes[0])
	}
	f.Severity = High
	joint, nonPerson := false, false
	for _, k := range keys[1:] {
		a, b := byKey[keys[0]].ps, byKey[k].ps
		r.work += int64(len(a) + len(b))
		if subset(a, b) || subset(b, a) {
			joint = true
		}
		for _, p := range append(append([]int32(nil), a...), b...) {
			if !fuzzyKind(r.forms[p].kind) {
				nonPerson = true
			}
		}
	}
	switch {
	case nonPerson:
		f.Severity = Low
	case joint:
		f.Severity = Medium
	}
	f.Message = fmt.Sprintf("Articles credit this statement to different speakers: %s.", strings.Join(keys, "; "))
	for _, k := range keys {
		f.Evidence = r.evidence(byKey[k].quotes, true, f.Evidence, &f.Omitted)
	}
	return f, true
}

func subset(a, b []int32) bool {
	for _, x := range a {
		found := false
		for _, y := range b {
			found = found || x == y
		}
		if !found {
			return false
		}
	}
	return true
}
