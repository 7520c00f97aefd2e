package compare

import (
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/agnivade/levenshtein"

	"github.com/verbatim-nlp/verbatim/attribute"
)

// lexicon is attribute's default lexicon, read for its title, honorific
// and pending-office words: one word list for every stage.
var lexicon = sync.OnceValue(attribute.DefaultLexicon)

// titleWord reports whether w (or every hyphenated part of it, as in
// "Director-General") is an office word or an office qualifier.
func titleWord(w string) bool {
	lx := lexicon()
	for _, p := range strings.Split(strings.Trim(w, ",.;:"), "-") {
		if p == "" || !lx.Has("title", p) && !lx.Has("titlemod", p) {
			return false
		}
	}
	return true
}

// honorificOnly reports whether a role key holds honorifics only
// ("mr", "ms", "dr"): a courtesy, not a title another can contradict.
func honorificOnly(key string) bool {
	lx := lexicon()
	for _, w := range strings.Fields(key) {
		if !lx.Has("honorific", w) && !lx.Has("honorific", w+".") {
			return false
		}
	}
	return true
}

// titleWords splits a role key into words, hyphens included:
// "director-general" → director, general.
func titleWords(key string) []string {
	return strings.FieldsFunc(key, func(r rune) bool { return r == ' ' || r == '-' })
}

// titlesConflict reports whether role a, given to someone whom other
// articles give role b, names another office: the two share a word but
// have different heads and neither holds all the other's words
// ("general manager" / "director-general"), or a holds all of b's and
// marks the office as not yet taken ("president elect" / "president").
// The shared word and both heads must be office words (see titleWord):
// "vocal billionaire" / "billionaire executive" describe, they hold no
// office. "police officer" / "Minneapolis officer" (one head),
// "policy advisor" / "policy adviser" (a head spelt two ways, one slip
// apart) and "OpenAI CEO" / "CEO" (a qualifier) are one office.
func titlesConflict(a, b string) bool {
	wa, wb := titleWords(a), titleWords(b)
	if len(wa) == 0 || len(wb) == 0 {
		return false
	}
	has := func(ws []string, w string) bool {
		for _, x := range ws {
			if x == w {
				return true
			}
		}
		return false
	}
	shared, aHasB, bHasA := false, true, true
	for _, w := range wb {
		if has(wa, w) {
			shared = shared || titleWord(w)
		} else {
			aHasB = false
		}
	}
	for _, w := range wa {
		if !has(wb, w) {
			bHasA = false
		}
	}
	if aHasB && !bHasA {
		for _, w := range wa {
			if !has(wb, w) && lexicon().Has("pending", w) {
				return true
			}
		}
		return false
	}
	ha, hb := wa[len(wa)-1], wb[len(wb)-1]
	return shared && !aHasB && !bHasA && ha != hb && !oneSlip(ha, hb) && titleWord(ha) && titleWord(hb)
}

// leadingTitle splits a name that begins with office words
// ("Director-General Tedros Adhanom Ghebreyesus") into the title and
// the name after it; ok is false when no such words lead or fewer than
// two words are left.
func leadingTitle(tokens []string) (title int, ok bool) {
	n := 0
	for n < len(tokens) && titleWord(tokens[n]) {
		n++
	}
	return n, n > 0 && len(tokens)-n >= 2
}

// detachTitles joins a name written with its title in front to the
// same name written alone elsewhere in the corpus, and records the
// title for that person in each of its documents. Only a remainder
// that is itself a name in the corpus is trusted: "General Motors
// Company" keeps its first word.
func (r *run) detachTitles() {
	for id := range r.forms {
		f := r.forms[id]
		r.work++
		if len(f.tokens) < 3 || !fuzzyKind(f.kind) {
			continue
		}
		n, ok := leadingTitle(f.tokens)
		if !ok {
			continue
		}
		words := strings.Fields(f.text)
		if len(words) != len(f.tokens) {
			continue
		}
		rest, ok := r.formByKey[strings.Join(words[n:], " ")]
		if !ok || rest == int32(id) {
			continue
		}
		f.titled = true
		r.formSets.union(int32(id), rest)
		title := strings.Join(words[:n], " ")
		for _, d := range f.docs {
			if e, ok := r.locate(f, d); ok {
				r.addTitle(int32(id), d, title, e.Start, e.End, 0, 0)
			}
		}
	}
}

// foldSpellings joins multi-word names that differ only in letter case
// or a possessive ("EMMANUEL MACRON", "OpenAI’s board" / "OpenAI
// board"): one name written two ways, not two speakers.
func (r *run) foldSpellings() {
	first := map[string]int32{}
	for id, f := range r.forms {
		r.work++
		if len(f.tokens) < 2 {
			continue
		}
		k := foldKey(f)
		if g, ok := first[k]; ok {
			r.formSets.union(int32(id), g)
		} else {
			first[k] = int32(id)
		}
	}
}

// foldKey is a name's words in lower case without possessives.
func foldKey(f *form) string {
	var b strings.Builder
	for i, t := range f.tokens {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(strings.TrimSuffix(strings.TrimSuffix(t, "’s"), "'s"))
	}
	return b.String()
}

// maxVariantChecks bounds the statements and names a one-word name is
// checked against in mergeOneWordVariants.
const maxVariantChecks = 16

// mergeOneWordVariants joins a one-word name that no full name holds
// ("Philonise") to the full name of another article ("Philonese
// Floyd") when a word of it is a close spelling of the one word (same
// first letter, at most maxNameEdit edits, one per three letters) and
// the two are credited with one statement. The one word is then a
// spelling variant of that person. A one word that starts a word of the
// full name ("Nad" / "Satya Nadella", a page cut mid-name) joins it the
// same way, also from one article, and is no variant.
func (r *run) mergeOneWordVariants() {
	// Per statement, the first few multi-word forms credited with it.
	named := map[int32][]int32{}
	for o := range r.occs {
		r.work++
		oc := &r.occs[o]
		root := r.parent.find(oc.u)
		for _, f := range r.qs[oc.q].speaker {
			if len(r.forms[f].tokens) > 1 && fuzzyKind(r.forms[f].kind) && len(named[root]) < 4 {
				named[root] = appendUnique(named[root], f)
			}
		}
	}
	full := map[int32]bool{} // groups holding a multi-word form
	for id, f := range r.forms {
		if len(f.tokens) > 1 {
			full[r.formSets.find(int32(id))] = true
		}
	}
	for id := range r.forms {
		f := r.forms[id]
		if len(f.tokens) != 1 || !fuzzyKind(f.kind) || len([]rune(f.tokens[0])) < 3 || full[r.formSets.find(int32(id))] {
			continue
		}
		match := int32(-1)
		ambiguous, cut := false, false
		qs := r.formQuotes[int32(id)]
		if len(qs) > maxVariantChecks {
			qs = qs[:maxVariantChecks]
		}
		for _, q := range qs {
			rec := &r.qs[q]
			for k := int32(0); k < rec.nocc; k++ {
				root := r.parent.find(r.occs[rec.occ0+k].u)
				r.work += int64(len(named[root]))
				for _, c := range named[root] {
					prefix := cutName(f.tokens[0], r.forms[c].tokens)
					if !prefix && (len(f.tokens[0]) < 5 || !r.closeWord(f.tokens[0], r.forms[c].tokens) || sharesSet(f.docs, r.forms[c].docs)) {
						continue
					}
					cut = prefix
					g := r.formSets.find(c)
					if match >= 0 && match != g {
						ambiguous = true
					}
					match = g
				}
			}
		}
		if match >= 0 && !ambiguous {
			f.variant = !cut // a name cut off by the end of a stored text is no misspelling
			r.formSets.union(int32(id), match)
		}
	}
}

// cutName reports whether w is the start of a word of tokens, three
// letters or more but not the whole word: a name cut off where a
// stored page ends ("said Nad").
func cutName(w string, tokens []string) bool {
	for _, t := range tokens {
		if len(w) >= 3 && len(w) < len(t) && strings.HasPrefix(t, w) {
			return true
		}
	}
	return false
}

// closeWord reports whether w is a close spelling of one of tokens,
// not equal to it.
func (r *run) closeWord(w string, tokens []string) bool {
	for _, t := range tokens {
		if t == w || len(t) < 5 || t[0] != w[0] {
			continue
		}
		d := levenshtein.ComputeDistance(w, t)
		if d > 0 && d <= r.cfg.maxNameEdit && d*3 <= len([]rune(t)) {
			return true
		}
	}
	return false
}

// resolveRoles credits a quote that its article gives to a role or a
// description ("the General Manager", "the 45-year-old", "the
// statement"; see generic) to the one named speaker that
// other articles credit with the same statements, and records the
// role's office words as a title that article gives the person. Only a
// role is resolved: a name, a state or a document keeps its credit.
// Called at report time, after freezePersons.
func (r *run) resolveRoles() {
	// Per statement, the one named person credited (-1: several).
	named := map[int32]int32{}
	for o := range r.occs {
		r.work++
		q := r.occs[o].q
		ps := r.qPersons[q]
		if len(ps) != 1 || !r.namedPerson(ps[0]) {
			continue
		}
		root := r.parent.find(r.occs[o].u)
		if v, ok := named[root]; !ok {
			named[root] = ps[0]
		} else if v != ps[0] {
			named[root] = -1
		}
	}
	type seenKey struct{ form, doc int32 }
	seen := map[seenKey]bool{}
	r.moved = map[int32]int{}
	for i := range r.qs {
		ps := r.qPersons[i]
		rec := &r.qs[i]
		if len(ps) != 1 || len(rec.speaker) != 1 || !generic(r.forms[rec.speaker[0]]) {
			continue
		}
		cand := int32(-1)
		for k := int32(0); k < rec.nocc; k++ {
			r.work++
			v, ok := named[r.parent.find(r.occs[rec.occ0+k].u)]
			if !ok {
				continue
			}
			if v < 0 || cand >= 0 && cand != v {
				cand = -1
				break
			}
			cand = v
		}
		if cand < 0 {
			continue
		}
		r.qPersons[i] = []int32{cand}
		r.qNames[i] = r.canonical(cand)
		role := rec.speaker[0]
		r.moved[role]--
		r.moved[cand]++
		if k := (seenKey{role, rec.doc}); !seen[k] {
			seen[k] = true
			words := strings.Fields(r.forms[role].text)
			for len(words) > 0 && (strings.EqualFold(words[0], "the") || strings.EqualFold(words[0], "a") || strings.EqualFold(words[0], "an")) {
				words = words[1:]
			}
			if len(words) > 0 && titleWord(words[len(words)-1]) {
				m := rec.q.Mention
				r.addTitle(cand, rec.doc, strings.Join(words, " "), m.Start, m.End, rec.q.Start, rec.q.End)
			}
		}
	}
}

// namedPerson reports whether person p is named: a person by a full
// name, or an organisation by a name of its own ("OpenAI board"), not
// a role, a document or a description ("the board").
func (r *run) namedPerson(p int32) bool {
	f := r.forms[p]
	if generic(f) {
		return false
	}
	return !fuzzyKind(f.kind) || len(strings.Fields(r.canonical(p))) > 1
}

// generic reports whether a form describes a speaker instead of naming
// one: a role or a document, or words that open with an article ("the
// board", "the 45-year-old").
func generic(f *form) bool {
	if kinGroups[f.tokens[len(f.tokens)-1]] {
		return false // "the 46-year-old’s grieving family": a group, whatever its kind
	}
	if f.kind == "role" || f.kind == "document" {
		return true
	}
	w := f.tokens[0]
	return w == "the" || w == "a" || w == "an"
}

// kinGroups are the lexicon's kingroup words: "the family" is a group
// of speakers, not a description of one (see generic).
var kinGroups = wordSet("kingroup")

// maxDocNames bounds the full names of one article that its words are
// checked against in textVariants.
const maxDocNames = 32

// textVariants finds names the articles write in a way no speaker
// credit shows, in the texts or their Names runs (or, when the caller
// kept neither, in the quotes and the titles): a one-word name with an inner capital written as two
// words ("OpenAI" as "Open AI"), and a capitalised word one edit from
// the surname of a person the same article names ("Altmann" beside
// "Sam Altman"), which is no other name in the corpus and no plural.
// It reads each text once, word by word; each word is compared with at
// most maxDocNames surnames.
func (r *run) textVariants() []Flag {
	joined := map[string]int32{} // lower-case camel-case name → form
	known := map[string]bool{}   // every word of every name
	perDoc := make([][]int32, len(r.docs))
	for id, f := range r.forms {
		r.work++
		for _, t := range f.tokens {
			known[t] = true
		}
		if len(f.tokens) == 1 && innerCapital(f.text) {
			joined[f.tokens[0]] = int32(id)
		}
		if len(f.tokens) > 1 && f.kind == "person" && !f.titled {
			for _, d := range f.docs {
				if len(perDoc[d]) < maxDocNames {
					perDoc[d] = append(perDoc[d], int32(id))
				}
			}
		}
	}
	type hit struct {
		form int32
		ev   Evidence
	}
	var spaced, misspelt []hit
	seen := map[Evidence]bool{}
	// scan reads one text of document d whose first byte is at base in
	// the document.
	// Lower-case words go through reused buffers: map lookups with
	// string(buf) do not allocate, and wire copies repeat every word.
	var lw, pair []byte
	scan := func(d int32, text string, base int) {
		prevStart, prevEnd := -1, -1
		for i := 0; i < len(text); {
			s, e := nextCapWord(text, i)
			if s < 0 {
				break
			}
			i = e
			r.work++
			w := text[s:e]
			lw = appendLower(lw[:0], w)
			if prevEnd >= 0 && s == prevEnd+1 && text[prevEnd] == ' ' {
				pair = append(appendLower(pair[:0], text[prevStart:prevEnd]), lw...)
				if f, ok := joined[string(pair)]; ok {
					ev := Evidence{Doc: r.docs[d].name, Start: base + prevStart, End: base + e, Text: text[prevStart:e]}
					if !seen[ev] {
						seen[ev] = true
						spaced = append(spaced, hit{f, ev})
					}
				}
			}
			prevStart, prevEnd = s, e
			if len(lw) < 5 || known[string(lw)] {
				continue
			}
			for _, p := range perDoc[d] {
				r.work++
				sn := r.forms[p].tokens[len(r.forms[p].tokens)-1]
				if sn[0] != lw[0] || len(sn) < 5 || abs(len(sn)-len(lw)) > 1 || string(lw) == sn+"s" {
					continue
				}
				if levenshtein.ComputeDistance(string(lw), sn) == 1 {
					ev := Evidence{Doc: r.docs[d].name, Start: base + s, End: base + e, Text: w}
					if !seen[ev] {
						seen[ev] = true
						misspelt = append(misspelt, hit{p, ev})
					}
					break
				}
			}
		}
	}
	// The texts when the caller kept them; else the quotes and the
	// titles, which a streaming caller keeps.
	for d := range r.docs {
		if len(r.docs[d].text) > 0 {
			scan(int32(d), string(r.docs[d].text), 0)
			continue
		}
		for _, sn := range r.docs[d].doc.Names {
			scan(int32(d), sn.Text, sn.Start)
		}
	}
	for i := range r.qs {
		q := r.qs[i].q
		if !q.IsSpeech() || r.docs[r.qs[i].doc].scanned() || q.End-q.Start != len(q.Text) {
			continue
		}
		scan(r.qs[i].doc, q.Text, q.Start)
	}
	for _, f := range r.forms {
		for _, t := range f.titles {
			if t.start >= 0 && !r.docs[t.doc].scanned() && t.end-t.start == len(t.src) {
				scan(t.doc, t.src, t.start)
			}
		}
	}
	var flags []Flag
	group := func(hs []hit, msg func(name string, h []hit) Flag) {
		by := map[int32][]hit{}
		var order []int32
		for _, h := range hs {
			g := r.formSets.find(h.form)
			if _, ok := by[g]; !ok {
				order = append(order, g)
			}
			by[g] = append(by[g], h)
		}
		for _, g := range order {
			flags = append(flags, msg(r.canonical(g), by[g]))
		}
	}
	group(spaced, func(name string, hs []hit) Flag {
		f := Flag{Kind: NameVariant, Subject: name, Severity: Low, Values: []string{r.forms[hs[0].form].text, hs[0].ev.Text}}
		f.Message = fmt.Sprintf("%s is written “%s” in %d place(s); check the right spelling.", r.forms[hs[0].form].text, hs[0].ev.Text, len(hs))
		for _, h := range hs {
			f.Evidence = appendCapped(f.Evidence, h.ev, r.cfg.maxEvidence, &f.Omitted)
		}
		return f
	})
	group(misspelt, func(name string, hs []hit) Flag {
		f := Flag{Kind: NameVariant, Subject: name, Severity: Low, Values: []string{name, hs[0].ev.Text}}
		f.Message = fmt.Sprintf("%s is written “%s” in an article that also names %s; check the right spelling.", name, hs[0].ev.Text, name)
		for _, h := range hs {
			f.Evidence = appendCapped(f.Evidence, h.ev, r.cfg.maxEvidence, &f.Omitted)
		}
		return f
	})
	return flags
}

func appendCapped(ev []Evidence, e Evidence, limit int, omitted *int) []Evidence {
	if len(ev) >= limit {
		*omitted++
		return ev
	}
	return append(ev, e)
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// appendLower appends s in lower case to dst.
func appendLower(dst []byte, s string) []byte {
	for _, c := range s {
		dst = utf8.AppendRune(dst, unicode.ToLower(c))
	}
	return dst
}

// innerCapital reports whether a one-word name has a capital after its
// first letter and a lower-case letter: "OpenAI", "YouTube", not "NATO".
func innerCapital(s string) bool {
	lower, inner := false, false
	for i, c := range s {
		switch {
		case unicode.IsLower(c):
			lower = true
		case unicode.IsUpper(c) && i > 0:
			inner = true
		case !unicode.IsLetter(c):
			return false
		}
	}
	return lower && inner
}

// nextCapWord returns the byte span of the next word at or after i that
// starts with a capital letter (letters only), or -1.
func nextCapWord(text string, i int) (int, int) {
	for i < len(text) {
		c, n := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(c) {
			i += n
			continue
		}
		s := i
		for i < len(text) {
			c2, m := utf8.DecodeRuneInString(text[i:])
			if !unicode.IsLetter(c2) {
				break
			}
			i += m
		}
		if unicode.IsUpper(c) {
			return s, i
		}
	}
	return -1, -1
}

// A Snippet is a piece of a document's text and the byte offset in the
// text where it starts.
type Snippet struct {
	Start int
	Text  string
}

// NameRuns returns the runs of capitalised words of text, words joined
// by single spaces ("Sam Altman", "Open AI"): all that Compare's name
// scan reads of a text, kept in Document.Names by a caller that lets
// the text go.
func NameRuns(text []byte) []Snippet {
	var out []Snippet
	t := string(text)
	runStart, prevEnd := -1, -1
	for i := 0; ; {
		s, e := nextCapWord(t, i)
		if runStart >= 0 && (s < 0 || s != prevEnd+1 || t[prevEnd] != ' ') {
			out = append(out, Snippet{Start: runStart, Text: t[runStart:prevEnd]})
			runStart = -1
		}
		if s < 0 {
			return out
		}
		if runStart < 0 {
			runStart = s
		}
		prevEnd, i = e, e
	}
}
