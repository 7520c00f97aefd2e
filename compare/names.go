package compare

import (
	"strings"
	"sync"

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
// office. "police officer" / "Minneapolis officer" (one head) and
// "OpenAI CEO" / "CEO" (a qualifier) are one office.
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
	return shared && !aHasB && !bHasA && ha != hb && titleWord(ha) && titleWord(hb)
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
// spelling variant of that person.
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
		if len(f.tokens) != 1 || !fuzzyKind(f.kind) || len([]rune(f.tokens[0])) < 5 || full[r.formSets.find(int32(id))] {
			continue
		}
		match := int32(-1)
		ambiguous := false
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
					if !r.closeWord(f.tokens[0], r.forms[c].tokens) || sharesDoc(f.docs, r.forms[c].docs) {
						continue
					}
					g := r.formSets.find(c)
					if match >= 0 && match != g {
						ambiguous = true
					}
					match = g
				}
			}
		}
		if match >= 0 && !ambiguous {
			f.variant = true
			r.formSets.union(int32(id), match)
		}
	}
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
	if f.kind == "role" || f.kind == "document" {
		return true
	}
	w := f.tokens[0]
	return w == "the" || w == "a" || w == "an"
}
