package compare

import (
	"slices"
	"unicode/utf8"
)

// minSurname is the fewest letters a surname and its one-word spelling
// need before joinSurnameVariants compares them: one letter in four
// ("Hart"/"Hurt", "Beck"/"Back") is another name, not a slip.
const minSurname = 5

// surnameCand is a one-word speaker's name that may misspell a surname.
type surnameCand struct {
	form  int32
	match int32 // the full name's group; -1 none yet, -2 several
	local int32 // the same, among the full names of the word's own article
}

// joinSurnameVariants joins a one-word speaker's name that no full name
// holds ("Scaroni", written alone throughout one article) to the one
// person of the corpus whose surname it misspells ("Lionel Scaloni" in
// other articles), flagged as a name-variant. It asks for evidence of
// three kinds, since a surname one letter from another is often
// another person (Berger/Borger) or no person at all:
//
//   - the spelling: the word and the surname (the last word of a full
//     person's name: "Osama bin Laden" offers "Laden", not "Osama")
//     have at least minSurname letters and the same first letter, are
//     one edit or one swap of neighbouring letters apart, neither is
//     the other's plural, and the word is no English word; it is the
//     surname of no other full name in the corpus and no full name
//     holds the word;
//   - the speech: the quotes credited to the word and those an article
//     credits to the full name share at least MinShared content words;
//   - the event: that article is among those closest to the word's
//     article by the capitalised words both write (each weighted by its
//     IDF over articles; a word every article writes weighs nothing):
//     it scores at least half the best article's score and shares at
//     least two of them.
//
// An article that writes the full name and the word alone ("Sweeny
// said" after "Steve Sweeney") is its own evidence of speech and event:
// the word joins the only person of that article one slip from it.
func (r *run) joinSurnameVariants() {
	// One-word speakers' names that may be misspellings.
	var ones []int32
	words := map[string]bool{} // their words, then whether a full name holds one
	groups := map[int32]bool{} // their groups, then whether one holds a full name
	for id, f := range r.forms {
		r.work++
		if len(f.tokens) != 1 || !fuzzyKind(f.kind) || len(r.formQuotes[int32(id)]) == 0 {
			continue
		}
		if w := f.tokens[0]; utf8.RuneCountInString(w) >= minSurname {
			ones = append(ones, int32(id))
			words[w], groups[r.formSets.find(int32(id))] = false, false
		}
	}
	if len(ones) == 0 {
		return
	}
	for id, f := range r.forms {
		r.work++
		if len(f.tokens) < 2 {
			continue
		}
		for _, t := range f.tokens {
			if _, ok := words[t]; ok {
				words[t] = true
			}
		}
		if g := r.formSets.find(int32(id)); !groups[g] {
			if _, ok := groups[g]; ok {
				groups[g] = true
			}
		}
	}
	// Candidates by the hashes of the word and of the word less each
	// letter: two words one edit or one swap apart share one.
	var cands []surnameCand
	byKey := map[uint64][]int32{}
	for _, id := range ones {
		w := r.forms[id].tokens[0]
		if words[w] || groups[r.formSets.find(id)] || anyWord([]string{w}) {
			continue // a full name holds the word, the person has one, or it is a word
		}
		r.work += int64(len(w) + 1)
		c := int32(len(cands))
		cands = append(cands, surnameCand{form: id, match: -1, local: -1})
		for i, n := 0, 0; i <= len(w); i += max(n, 1) {
			var k uint64
			k, n = dropHash(w, i)
			byKey[k] = appendUnique(byKey[k], c)
		}
	}
	if len(cands) == 0 {
		return
	}
	var hit []int32
	for id, f := range r.forms {
		r.work++
		if len(f.tokens) < 2 || len(f.tokens) > 4 || f.kind != "person" || f.titled || f.cut || honorificSurname(f) != 0 {
			continue
		}
		s := f.tokens[len(f.tokens)-1]
		if utf8.RuneCountInString(s) < minSurname {
			continue
		}
		hit = hit[:0]
		for i, n := 0, 0; i <= len(s); i += max(n, 1) {
			r.work++
			var k uint64
			k, n = dropHash(s, i)
			for _, c := range byKey[k] {
				hit = appendUnique(hit, c)
			}
		}
		for _, c := range hit {
			cd := &cands[c]
			w := r.forms[cd.form].tokens[0]
			if w[0] != s[0] || w == s+"s" || s == w+"s" || !oneSlip(w, s) {
				continue
			}
			g := r.formSets.find(int32(id))
			cd.match = oneGroup(cd.match, g)
			if _, ok := slices.BinarySearch(f.docs, r.forms[cd.form].docs[0]); ok {
				cd.local = oneGroup(cd.local, g)
			}
		}
	}
	// The forms of each person a candidate may join in another article.
	members := map[int32][]int32{}
	for _, cd := range cands {
		if cd.match >= 0 && cd.local == -1 {
			members[cd.match] = nil
		}
	}
	if len(members) > 0 {
		for id := range r.forms {
			r.work++
			g := r.formSets.find(int32(id))
			if ms, ok := members[g]; ok {
				members[g] = append(ms, int32(id))
			}
		}
	}
	// The articles and the quotes, by article, of each person a
	// candidate may join, made once per person.
	type personDocs struct {
		docs  []int32
		quote map[int32][]int32
	}
	people := map[int32]*personDocs{}
	personOf := func(g int32) *personDocs {
		if p := people[g]; p != nil {
			return p
		}
		p := &personDocs{quote: map[int32][]int32{}}
		for _, m := range members[g] {
			p.docs = append(p.docs, r.forms[m].docs...)
			for _, q := range r.formQuotes[m] {
				p.quote[r.qs[q].doc] = append(p.quote[r.qs[q].doc], q)
			}
			r.work += int64(1 + len(r.forms[m].docs) + len(r.formQuotes[m]))
		}
		p.docs = dedupeSorted(p.docs)
		people[g] = p
		return p
	}
	var near []int32
	for _, cd := range cands {
		if cd.local >= 0 {
			// The article writes the full name too: it misspells it.
			r.forms[cd.form].variant = true
			r.formSets.union(cd.form, cd.local)
			continue
		}
		if cd.match < 0 || cd.local == -2 {
			continue
		}
		f := r.forms[cd.form]
		d1 := f.docs[0] // a one-word form is one document's
		p := personOf(cd.match)
		clash := false
		for _, d := range f.docs {
			_, in := slices.BinarySearch(p.docs, d)
			clash = clash || in
		}
		if clash {
			continue
		}
		// An article close to d1 by event whose quotes of the person
		// share words with the word's.
		var mine map[int32]bool
		near = r.eventNear(near[:0], d1)
		joined := false
		for _, d2 := range near {
			r.work++
			if _, ok := slices.BinarySearch(p.docs, d2); !ok {
				continue
			}
			if mine == nil {
				mine = r.quoteTokens(r.formQuotes[cd.form], -1, nil)
			}
			n := 0
			for t := range r.quoteTokens(p.quote[d2], -1, nil) {
				if mine[t] {
					n++
				}
			}
			if joined = n >= r.cfg.minShared; joined {
				break
			}
		}
		if joined {
			f.variant = true
			r.formSets.union(cd.form, cd.match)
		}
	}
}

// oneGroup adds group g to what a candidate matched so far: -1
// nothing, -2 several groups.
func oneGroup(so, g int32) int32 {
	switch so {
	case -1, g:
		return g
	}
	return -2
}

// dropHash is the FNV-1a hash of w without the letter that starts at
// byte i (i = len(w): all of w), made without building the string, and
// that letter's length in bytes.
func dropHash(w string, i int) (uint64, int) {
	n := 0
	if i < len(w) {
		_, n = utf8.DecodeRuneInString(w[i:])
	}
	h := uint64(14695981039346656037)
	for j := 0; j < len(w); j++ {
		if j < i || j >= i+n {
			h ^= uint64(w[j])
			h *= 1099511628211
		}
	}
	return h, n
}

// oneSlip reports whether a and b differ by one inserted, dropped or
// changed letter, or by two neighbouring letters swapped.
func oneSlip(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) < len(rb) {
		ra, rb = rb, ra
	}
	i := 0
	for i < len(rb) && ra[i] == rb[i] {
		i++
	}
	switch {
	case len(ra) == len(rb)+1:
		return string(ra[i+1:]) == string(rb[i:])
	case len(ra) != len(rb) || i == len(ra):
		return false
	case string(ra[i+1:]) == string(rb[i+1:]):
		return true
	}
	return i+1 < len(ra) && ra[i] == rb[i+1] && ra[i+1] == rb[i] && string(ra[i+2:]) == string(rb[i+2:])
}

func dedupeSorted(s []int32) []int32 {
	if len(s) < 2 {
		return s
	}
	slices.Sort(s)
	return dedupe32(s)
}

// quoteTokens adds to m (made when nil) the content tokens of quotes qs,
// only those of document d when d ≥ 0.
func (r *run) quoteTokens(qs []int32, d int32, m map[int32]bool) map[int32]bool {
	if m == nil {
		m = map[int32]bool{}
	}
	for _, q := range qs {
		rec := &r.qs[q]
		if d >= 0 && rec.doc != d {
			continue
		}
		for k := int32(0); k < rec.nocc; k++ {
			u := &r.uniq[r.occs[rec.occ0+k].u]
			r.work += int64(1 + len(u.toks))
			for _, t := range u.toks {
				m[t] = true
			}
		}
	}
	return m
}

// capWords calls fn with each capitalised word of article d (see
// docCapWords).
func (r *run) capWords(d int32, fn func(w []byte)) {
	dr := &r.docs[d]
	r.work += docCapWords(dr.text, dr.doc, fn)
}

// docCapWords calls fn with each capitalised word of a document, in
// lower case (the buffer is reused): from its text or its Names runs,
// else from its quotes and the names its people are given. It returns
// the number of words.
func docCapWords(text []byte, doc *Document, fn func(w []byte)) int64 {
	var buf []byte
	var n int64
	scan := func(text string) {
		for i := 0; i < len(text); {
			s, e := nextCapWord(text, i)
			if s < 0 {
				return
			}
			i = e
			n++
			buf = appendLower(buf[:0], text[s:e])
			fn(buf)
		}
	}
	switch {
	case len(text) > 0:
		scan(string(text))
	case len(doc.Names) > 0:
		for _, sn := range doc.Names {
			scan(sn.Text)
		}
	default:
		for i := range doc.Quotes {
			scan(doc.Quotes[i].Text)
		}
		for i := range doc.People {
			scan(doc.People[i].Name)
		}
	}
	return n
}
