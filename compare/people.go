package compare

import (
	"bytes"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/agnivade/levenshtein"
)

// A form is one way of writing a name. Multi-word forms are shared by
// all documents; a one-word form ("Blinken", "Xi") is kept per
// document, since "Wang" may be Wang Yi in one article and Wang Wei in
// another (attachAliases decides whom it names).
type form struct {
	text    string
	tokens  []string // lower case, dots dropped
	kind    string
	docs    []int32 // sorted, distinct
	count   int     // mentions, quotes and occurrences seen
	titles  []titleObs
	titled  bool       // a title written in front of a name (see detachTitles)
	variant bool       // a one-word misspelling of a full name (see mergeOneWordVariants, joinSurnameVariants)
	cut     bool       // a longer name cut short (see joinCutNames): no spelling of it
	ev      []Evidence // where the form is written: first mention per document
	evDoc   []int32    // the document of each ev entry, ascending
}

type titleObs struct {
	doc        int32
	text       string // as written
	role       string // role key: lower case, nationality dropped
	start, end int    // byte offsets; -1 when only the quote's Title gave it
	qstart     int    // the quote's span when start is -1
	qend       int
	src        string // the title as given to addTitle
}

// namePair is two multi-word forms that differ in one word by a small
// edit distance and never name two people in one document.
type namePair struct {
	a, b   int32
	dist   int
	merged bool
}

// nameTokens returns a name's words in lower case, without dots and
// with one apostrophe: "O’Neill" and "O'Neill" are one spelling.
func nameTokens(name string) []string {
	f := strings.Fields(strings.ToLower(nameFold.Replace(name)))
	return f
}

var nameFold = strings.NewReplacer(".", "", "’", "'")

// spacedOnce reports whether s has no leading, trailing or repeated
// white space, so that strings.Fields and Join would return it as is.
func spacedOnce(s string) bool {
	if s == "" {
		return false
	}
	prevSpace := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return false // let strings.Fields judge Unicode spaces
		}
		sp := c == ' '
		if sp && prevSpace || c != ' ' && asciiSpace(c) {
			return false
		}
		prevSpace = sp
	}
	return !prevSpace
}

func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

// formID returns the form for name in document d, creating it.
func (r *run) formID(name string, d int32) int32 {
	if !spacedOnce(name) {
		name = strings.Join(strings.Fields(name), " ")
	}
	if name == "" {
		return -1
	}
	k := name
	if !strings.Contains(name, " ") {
		k = string(rune(d+1)) + "\x00" + name
	}
	id, ok := r.formByKey[k]
	if !ok {
		id = int32(len(r.forms))
		r.forms = append(r.forms, &form{text: name, tokens: nameTokens(name)})
		r.formSets = append(r.formSets, id)
		r.formByKey[k] = id
	}
	f := r.forms[id]
	if n := len(f.docs); n == 0 || f.docs[n-1] != d {
		f.docs = append(f.docs, d) // documents are visited in order
	}
	f.count++
	return id
}

// jointCredit turns the joiners of a joint credit into commas.
var jointCredit = strings.NewReplacer(" & ", ",", " and ", ",")

// speakerForms splits a speaker credit ("Vladimir Putin and Xi
// Jinping") into forms.
func (r *run) speakerForms(s string, d int32) []int32 {
	if strings.TrimSpace(s) == "" {
		return nil
	}
	if strings.Contains(s, " & ") || strings.Contains(s, " and ") {
		s = jointCredit.Replace(s)
	}
	if !strings.Contains(s, ",") { // one speaker, the usual case
		if id := r.formID(s, d); id >= 0 {
			return []int32{id}
		}
		return nil
	}
	var ids []int32
	for _, p := range strings.Split(s, ",") {
		if id := r.formID(p, d); id >= 0 {
			ids = append(ids, id)
		}
	}
	return ids
}

// titleDrop words (the lexicon's titledrop section) are left out of a
// title's role, so that "China's Foreign Minister" and "Chinese Foreign
// Minister" agree.
var titleDrop = wordSet("titledrop")

// relational roles say nothing that another title could contradict
// (the lexicon's relational section).
var relational = wordSet("relational")

// roleOf returns a title's role key and display form: "China's Foreign
// Minister" → "foreign minister", "Foreign Minister".
func roleOf(title string) (key, display string) {
	var kw, dw []string
	fields := strings.Fields(title)
	// "Vladimir Putin’s foreign affairs adviser": the role follows the
	// last possessive.
	for i := len(fields) - 1; i >= 0; i-- {
		if strings.HasSuffix(fields[i], "’s") || strings.HasSuffix(fields[i], "'s") {
			fields = fields[i+1:]
			break
		}
	}
	for _, w := range fields {
		t := strings.Trim(w, ",.;:()“”\"'’")
		lw := strings.ToLower(t)
		lw = strings.TrimSuffix(strings.TrimSuffix(lw, "'s"), "’s")
		lw = strings.ReplaceAll(lw, ".", "")
		if lw == "" || len(kw) == 0 && titleDrop[lw] {
			continue // only leading words: "ambassador to China" keeps China
		}
		kw = append(kw, spelling(lw))
		dw = append(dw, t)
	}
	return strings.Join(kw, " "), strings.Join(dw, " ")
}

func (r *run) addTitle(f int32, d int32, text string, start, end int, qs, qe int) {
	ts := r.forms[f].titles
	if start < 0 && len(ts) > 0 {
		// The same title from the next quote of one document:
		// dedupeTitles would keep only the first, so skip it now.
		if p := &ts[len(ts)-1]; p.doc == d && p.start < 0 && p.src == text {
			return
		}
	}
	key, disp := roleOf(text)
	if key == "" || honorificOnly(key) {
		return // "Mr" and "Dr" are courtesies, not offices
	}
	r.forms[f].titles = append(r.forms[f].titles, titleObs{doc: d, text: disp, role: key, start: start, end: end, qstart: qs, qend: qe, src: text})
}

func fuzzyKind(k string) bool { return k == "" || k == "person" }

// resolvePeople decides which forms name one person: spellings one edit
// apart in a given name (Anthony/Antony, Yuri/Yury), or up to
// maxNameEdit apart with a shared title; then one-word forms join the
// only full name in their document (or corpus) that contains them.
// Forms that both appear in one document are never merged.
// maxNameWords bounds the names compared for spelling variants.
const maxNameWords = 8

func (r *run) resolvePeople() {
	r.foldSpellings()
	r.detachTitles()
	// Blocking: forms that differ in one word share the key made by
	// blanking that word, so only those are compared.
	blocks := map[string][]int32{}
	for id, f := range r.forms {
		// Names have a few words; a longer run of capitalised words is
		// no name to spell two ways, and the blanked word's position
		// must fit the key's one-byte prefix.
		r.work++
		if len(f.tokens) < 2 || len(f.tokens) > maxNameWords || !fuzzyKind(f.kind) {
			continue
		}
		for i := range f.tokens {
			k := strings.Join(f.tokens[:i], " ") + "\x00" + strings.Join(f.tokens[i+1:], " ")
			k = string(rune('0'+i)) + k
			blocks[k] = append(blocks[k], int32(id))
		}
	}
	keys := make([]string, 0, len(blocks))
	for k := range blocks {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	const maxBlock = 64 // a huge block ("John ?") is compared in a window
	for _, k := range keys {
		ids := blocks[k]
		pos := int(k[0] - '0')
		if len(ids) > maxBlock {
			sort.Slice(ids, func(i, j int) bool { return r.forms[ids[i]].tokens[pos] < r.forms[ids[j]].tokens[pos] })
		}
		for i := range ids {
			lim := len(ids)
			if len(ids) > maxBlock && i+8 < lim {
				lim = i + 8
			}
			for j := i + 1; j < lim; j++ {
				r.considerPair(ids[i], ids[j], pos)
			}
		}
	}
	for i := range r.pairs {
		p := &r.pairs[i]
		a, b := r.forms[p.a], r.forms[p.b]
		if p.dist == 1 || sharesRole(a, b) {
			p.merged = true
			r.formSets.union(p.a, p.b)
		}
	}
	r.joinCutNames()
	r.attachAliases()
}

// maxCutWords is how many words a cut name may lack: a given name
// or two.
const maxCutWords = 2

// anyWord reports whether one of the lower-case words ws is an English
// word (a WordNet lemma, or one by an inflection): "calls", "scores",
// "like" after a name are a headline's words, not the name's.
func anyWord(ws []string) bool {
	for _, w := range ws {
		if len(synsetsOf(w)) > 0 {
			return true
		}
	}
	return false
}

// joinCutNames joins a speaker's name of two or more words to the only
// longer speaker's name that starts with all of its words: "Recep
// Tayyip" is "Recep Tayyip Erdogan" cut short (a line break inside the
// name, a page cut off), not another person. Longer names of two people
// starting so leave it alone, only names sharing its first word are
// compared, and only names credited with quotes: a headline's run of
// capitals ("Senator Paul Scores Direct Hit") is no speaker's name,
// and the words the shorter lacks must be no English words. A cut name
// is no spelling of the full one: it raises no name-variant.
func (r *run) joinCutNames() {
	byFirst := map[string][]int32{}
	for id, f := range r.forms {
		r.work++
		if len(f.tokens) >= 2 && len(f.tokens) <= maxNameWords && fuzzyKind(f.kind) && len(r.formQuotes[int32(id)]) > 0 {
			byFirst[f.tokens[0]] = append(byFirst[f.tokens[0]], int32(id))
		}
	}
	const scanned = 16 // a first name held by more names decides nothing
	for _, ids := range byFirst {
		if len(ids) < 2 || len(ids) > scanned {
			continue
		}
		for _, a := range ids {
			fa := r.forms[a]
			var into []int32
			for _, b := range ids {
				r.work++
				fb := r.forms[b]
				if len(fb.tokens) > len(fa.tokens) && len(fb.tokens) <= len(fa.tokens)+maxCutWords &&
					slices.Equal(fb.tokens[:len(fa.tokens)], fa.tokens) && !anyWord(fb.tokens[len(fa.tokens):]) {
					into = appendUnique(into, r.formSets.find(b))
				}
			}
			if len(into) == 1 {
				r.formSets.union(a, into[0])
				fa.cut = true
			}
		}
	}
}

func (r *run) considerPair(a, b int32, pos int) {
	r.work++
	fa, fb := r.forms[a], r.forms[b]
	if len(fa.tokens) != len(fb.tokens) || sharesSet(fa.docs, fb.docs) {
		return
	}
	ta, tb := fa.tokens[pos], fb.tokens[pos]
	short := len(ta)
	if len(tb) < short {
		short = len(tb)
	}
	if short < 3 || ta[0] != tb[0] {
		return // "Yi"/"Wei", "Kerry"/"Gerry": too little to go on
	}
	d := levenshtein.ComputeDistance(ta, tb)
	if d == 0 || d > r.cfg.maxNameEdit || d*3 > short {
		return
	}
	// A one-edit change in the surname (the last word) is not enough
	// alone: Kerry/Kelly are two people. Ask for evidence.
	if d == 1 && pos == len(fa.tokens)-1 {
		d = 2
	}
	if a > b {
		a, b = b, a
	}
	r.pairs = append(r.pairs, namePair{a: a, b: b, dist: d})
}

func sharesRole(a, b *form) bool {
	if len(a.titles)*len(b.titles) > 64 {
		// Two names titled in thousands of articles each: a set, not
		// every pair of titles.
		roles := make(map[string]bool, len(b.titles))
		for _, y := range b.titles {
			roles[y.role] = true
		}
		for _, x := range a.titles {
			if roles[x.role] && !relational[lastWord(x.role)] {
				return true
			}
		}
		return false
	}
	for _, x := range a.titles {
		if relational[lastWord(x.role)] {
			continue
		}
		for _, y := range b.titles {
			if x.role == y.role {
				return true
			}
		}
	}
	return false
}

func lastWord(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}

// attachAliases joins each one-word form to the only multi-word group
// that contains the word: first among the names of its own document,
// then across the corpus. One-word forms whose word no full name in
// the corpus holds are one speaker across the corpus: "Russia" or
// "Musk" in thousands of articles is one speaker, not thousands. A word
// that full names of two people hold ("Wang") stays per document.
func (r *run) attachAliases() {
	// Per word: the multi-word forms holding it, its first two groups
	// (a second means the word alone is ambiguous in the corpus) and,
	// built when a word is held by many forms, its forms by document.
	type holders struct {
		forms  []int32
		groups []int32
		byDoc  map[int32][]int32
	}
	// A third group is kept so that an honorific form ("Ms Macron") that
	// rules one out by gender knows whether one is left.
	const maxGroups = 3
	byToken := map[string]*holders{}
	for id, f := range r.forms {
		r.work++
		if len(f.tokens) < 2 || honorificSurname(f) != 0 {
			continue
		}
		for _, t := range f.tokens {
			h := byToken[t]
			if h == nil {
				h = &holders{}
				byToken[t] = h
			}
			h.forms = append(h.forms, int32(id))
			if g := r.formSets.find(int32(id)); len(h.groups) < maxGroups {
				h.groups = appendUnique(h.groups, g)
			}
		}
	}
	// Attaching a one-word form changes no multi-word group, so the
	// groups counted above stay distinct while forms attach.
	const scanned = 16 // forms checked one by one before indexing by document
	alone := map[string]int32{}
	for id, f := range r.forms {
		g := honorificSurname(f)
		if len(f.tokens) != 1 && g == 0 {
			continue
		}
		word := f.tokens[len(f.tokens)-1]
		// A gendered honorific ("Ms Macron") names no one whose given
		// name has the other gender (Emmanuel Macron).
		agrees := func(c int32) bool { return g == 0 || givenGender(r.forms[c].tokens[0]) != g^'f'^'m' }
		d := f.docs[0]
		h := byToken[word]
		var local []int32
		if h != nil && len(h.forms) <= scanned {
			r.work += int64(len(h.forms))
			for _, c := range h.forms {
				if _, ok := slices.BinarySearch(r.forms[c].docs, d); ok && agrees(c) { // docs ascend
					local = appendUnique(local, r.formSets.find(c))
				}
			}
		} else if h != nil {
			if h.byDoc == nil {
				h.byDoc = map[int32][]int32{}
				for _, c := range h.forms {
					r.work += int64(len(r.forms[c].docs))
					for _, cd := range r.forms[c].docs {
						h.byDoc[cd] = append(h.byDoc[cd], c)
					}
				}
			}
			r.work += int64(len(h.byDoc[d]))
			for _, c := range h.byDoc[d] {
				if agrees(c) {
					local = appendUnique(local, r.formSets.find(c))
				}
			}
		}
		if g != 0 {
			if len(local) == 0 && h != nil && len(h.groups) < maxGroups {
				// across the corpus: the only group of its gender
				for _, c := range h.forms {
					if r.work++; agrees(c) {
						if local = appendUnique(local, r.formSets.find(c)); len(local) > 1 {
							break
						}
					}
				}
			}
			if len(local) == 1 {
				r.formSets.union(int32(id), local[0])
			}
			continue
		}
		switch {
		case len(local) == 1:
			r.formSets.union(int32(id), local[0])
		case len(local) == 0 && h != nil && len(h.groups) == 1:
			r.formSets.union(int32(id), r.formSets.find(h.groups[0]))
		case h == nil:
			if first, ok := alone[f.text]; ok {
				r.formSets.union(int32(id), first)
			} else {
				alone[f.text] = int32(id)
			}
		}
	}
}

// honorificSurname returns 'f' or 'm' for a form of a gendered
// honorific and one more word ("Ms Macron", "Mr. Biden"), else 0.
func honorificSurname(f *form) byte {
	if len(f.tokens) != 2 || !honorificOnly(f.tokens[0]) {
		return 0
	}
	return givenGender(f.tokens[0])
}

// givenGender returns 'f' or 'm' when the lexicon's female or male
// section (honorifics, given names) holds w and the other does not.
func givenGender(w string) byte {
	f, m := lexicon().Has("female", w), lexicon().Has("male", w)
	switch {
	case f && !m:
		return 'f'
	case m && !f:
		return 'm'
	}
	return 0
}

func appendUnique(s []int32, v int32) []int32 {
	for _, x := range s {
		if x == v {
			return s
		}
	}
	return append(s, v)
}

// mergeNamesByStatements merges the remaining close spellings whose
// forms are credited with one statement: a shared cluster is evidence
// that the two spellings name one speaker. A one-word misspelling of a
// surname with no shared statement needs the evidence of
// joinSurnameVariants.
func (r *run) mergeNamesByStatements() {
	r.mergeOneWordVariants()
	r.joinSurnameVariants()
	changed := false
	r.work += int64(len(r.pairs))
	for i := range r.pairs {
		p := &r.pairs[i]
		if p.merged || r.formSets.find(p.a) == r.formSets.find(p.b) {
			continue
		}
		if r.shareCluster(p.a, p.b) {
			p.merged = true
			r.formSets.union(p.a, p.b)
			changed = true
		}
	}
	if changed {
		r.attachAliases()
	}
}

func (r *run) shareCluster(a, b int32) bool {
	ca := map[int32]bool{}
	r.work += int64(len(r.formQuotes[a]) + len(r.formQuotes[b]))
	for _, q := range r.formQuotes[a] {
		ca[r.clusterOf(q)] = true
	}
	for _, q := range r.formQuotes[b] {
		if ca[r.clusterOf(q)] {
			return true
		}
	}
	return false
}

// evidenceFor finds where a form is written in document d: a mention
// given by attribute, else the first occurrence in the text.
func (r *run) locate(f *form, d int32) (Evidence, bool) {
	// Binary search: a name written in 100,000 articles must not cost
	// 100,000 comparisons per article.
	if k, ok := slices.BinarySearch(f.evDoc, d); ok {
		return f.ev[k], true
	}
	if i := bytes.Index(r.docs[d].text, []byte(f.text)); i >= 0 {
		return Evidence{Doc: r.docs[d].name, Start: i, End: i + len(f.text), Text: f.text}, true
	}
	if len(r.docs[d].text) == 0 {
		for _, sn := range r.docs[d].doc.Names {
			if i := strings.Index(sn.Text, f.text); i >= 0 {
				return Evidence{Doc: r.docs[d].name, Start: sn.Start + i, End: sn.Start + i + len(f.text), Text: f.text}, true
			}
		}
	}
	return Evidence{}, false
}

// groups returns each person's forms, by group root, roots ascending.
func (r *run) groups() ([]int32, map[int32][]int32) {
	g := map[int32][]int32{}
	var roots []int32
	r.work += int64(len(r.forms))
	for id := range r.forms {
		root := r.formSets.find(int32(id))
		if _, ok := g[root]; !ok {
			roots = append(roots, root)
		}
		g[root] = append(g[root], int32(id))
	}
	sort.Slice(roots, func(i, j int) bool { return roots[i] < roots[j] })
	return roots, g
}

// canonical returns the spelling used for person p: the full name
// found in most documents, then most often, then the longest.
func (r *run) canonical(p int32) string {
	r.work++
	if r.canon == nil {
		r.canon = map[int32]string{}
		roots, g := r.groups()
		for _, root := range roots {
			var best *form
			for _, id := range g[root] {
				f := r.forms[id]
				if best == nil || better(f, best) {
					best = f
				}
			}
			r.canon[root] = best.text
		}
	}
	return r.canon[r.formSets.find(p)]
}

func better(a, b *form) bool {
	if (len(a.tokens) > 1) != (len(b.tokens) > 1) {
		return len(a.tokens) > 1
	}
	if len(a.docs) != len(b.docs) {
		return len(a.docs) > len(b.docs)
	}
	if a.count != b.count {
		return a.count > b.count
	}
	if len(a.text) != len(b.text) {
		return len(a.text) > len(b.text)
	}
	return a.text < b.text
}

// roleStats counts a person's roles by key, with the display form most
// often written and the observations behind them.
type roleStat struct {
	key     string
	display map[string]int
	obs     []*titleObs // into the forms' titles, not copies
	docs    map[int32]bool
}

func (r *run) roles(forms []int32) map[string]*roleStat {
	m := map[string]*roleStat{}
	for _, id := range forms {
		r.work += int64(1 + len(r.forms[id].titles))
		for ti := range r.forms[id].titles {
			t := &r.forms[id].titles[ti]
			s, ok := m[t.role]
			if !ok {
				s = &roleStat{key: t.role, display: map[string]int{}, docs: map[int32]bool{}}
				m[t.role] = s
			}
			s.display[t.text]++
			s.obs = append(s.obs, t)
			s.docs[t.doc] = true
		}
	}
	return m
}

func (r *run) speakers() []Speaker {
	roots, g := r.groups()
	out := make([]Speaker, 0, len(roots))
	for _, root := range roots {
		name := r.canonical(root)
		sp := Speaker{Name: name, Aliases: []string{}, Titles: map[string]int{}}
		r.work += int64(len(g[root]))
		for _, id := range g[root] {
			f := r.forms[id]
			if sp.Kind == "" {
				sp.Kind = f.kind
			}
			if f.text != name {
				sp.Aliases = append(sp.Aliases, f.text)
			}
			sp.Quotes += len(r.formQuotes[id]) + r.moved[id]
		}
		sp.Aliases = sortStrings(sp.Aliases)
		for _, s := range r.roles(g[root]) {
			disp := mostCommon(s.display)
			sp.Titles[disp] += len(s.obs)
			if sp.TitleDocs == nil {
				sp.TitleDocs = map[string][]string{}
			}
			ds := sp.TitleDocs[disp]
			r.work += int64(len(s.docs))
			for d := range s.docs {
				ds = append(ds, r.docs[d].name)
			}
			ds = sortStrings(ds)
			// A wire title repeated in 100,000 articles would bloat
			// the JSON: keep the first names and count the rest.
			if len(ds) > r.cfg.maxTitleDocs {
				if sp.TitleDocsOmitted == nil {
					sp.TitleDocsOmitted = map[string]int{}
				}
				sp.TitleDocsOmitted[disp] = len(ds) - r.cfg.maxTitleDocs
				ds = ds[:r.cfg.maxTitleDocs:r.cfg.maxTitleDocs]
			}
			sp.TitleDocs[disp] = ds
		}
		sp.Title = mainTitle(sp.Titles)
		if sp.Quotes <= 0 && generic(r.forms[root]) {
			continue // a role or document that speaks nowhere is no speaker
		}
		out = append(out, sp)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Name != out[j].Name {
			return out[i].Name < out[j].Name
		}
		return out[i].Quotes > out[j].Quotes
	})
	return out
}

// personFlags raises name-variant (one person, several full spellings)
// and title-conflict (a person given a role that the rest of the
// corpus gives someone else, while their own articles mostly say
// otherwise).
func (r *run) personFlags() []Flag {
	var flags []Flag
	roots, g := r.groups()
	// Per role, the two persons who hold it in the most documents (the
	// first in roots order on a tie): whoever asks, the strongest other
	// holder is one of them, so no role scans all its holders per person.
	type holders struct{ top [2]int32 }
	topHolders := map[string]*holders{}
	stats := map[int32]map[string]*roleStat{}
	for _, root := range roots {
		st := r.roles(g[root])
		stats[root] = st
		for k, s := range st {
			h := topHolders[k]
			if h == nil {
				h = &holders{top: [2]int32{-1, -1}}
				topHolders[k] = h
			}
			n := len(s.docs)
			switch {
			case h.top[0] < 0 || n > len(stats[h.top[0]][k].docs):
				h.top[1], h.top[0] = h.top[0], root
			case h.top[1] < 0 || n > len(stats[h.top[1]][k].docs):
				h.top[1] = root
			}
		}
	}
	for _, root := range roots {
		name := r.canonical(root)
		// name-variant: full spellings other than the canonical one.
		var full []*form
		for _, id := range g[root] {
			// An honorific and a surname ("Mr Macron") is a way to
			// name the person, no spelling of the name.
			if fm := r.forms[id]; len(fm.tokens) > 1 && !fm.titled && !fm.cut && !honorificOnly(fm.tokens[0]) || fm.variant {
				full = append(full, fm)
			}
		}
		if len(full) > 1 {
			sort.Slice(full, func(i, j int) bool { return better(full[i], full[j]) })
			// Case and possessives are no spelling: one form per folded key.
			seen := map[string]bool{}
			full = slices.DeleteFunc(full, func(fm *form) bool {
				k := foldKey(fm)
				if seen[k] {
					return true
				}
				seen[k] = true
				return false
			})
		}
		if len(full) > 1 {
			f := Flag{Kind: NameVariant, Subject: name, Severity: Low}
			var parts []string
			for _, fm := range full {
				r.work += int64(len(fm.docs))
				f.Values = append(f.Values, fm.text)
				parts = append(parts, fmt.Sprintf("“%s” in %s", fm.text, articles(len(fm.docs))))
				for _, d := range fm.docs {
					if e, ok := r.locate(fm, d); ok {
						if len(f.Evidence) >= r.cfg.maxEvidence {
							f.Omitted++
							continue
						}
						f.Evidence = append(f.Evidence, e)
					}
				}
			}
			f.Message = fmt.Sprintf("%s is spelled differently across articles: %s; check the right spelling.",
				name, strings.Join(parts, ", "))
			flags = append(flags, f)
		}
		// title-conflict.
		st := stats[root]
		var major *roleStat
		for _, s := range sortedRoles(st) {
			if relational[lastWord(s.key)] {
				continue
			}
			if major == nil || len(s.docs) > len(major.docs) {
				major = s
			}
		}
		if major == nil {
			continue
		}
		r.work += int64(2 * len(st))
		for _, s := range sortedRoles(st) {
			if s == major || relational[lastWord(s.key)] || len(s.docs) > len(major.docs) {
				continue
			}
			disp, majDisp := mostCommon(s.display), mostCommon(major.display)
			f := Flag{Kind: TitleConflict, Subject: name, Severity: High,
				Values: []string{disp, majDisp}}
			// Someone else holds this role in more articles.
			other := topHolders[s.key].top[0]
			if other == root {
				other = topHolders[s.key].top[1]
			}
			switch {
			case titlesConflict(s.key, major.key):
				// Another office in the same words, or one not yet
				// taken: no other holder is needed to see it.
				f.Message = fmt.Sprintf("%s is called “%s” in %s, an office that %s calling %s “%s” %s.",
					name, disp, articles(len(s.docs)), articles(len(major.docs)), name, majDisp, verb(len(major.docs), "contradicts", "contradict"))
			case len(s.docs) < len(major.docs) && !strings.Contains(major.key, s.key) && !strings.Contains(s.key, major.key) &&
				other >= 0 && len(stats[other][s.key].docs) > len(s.docs):
				n := len(stats[other][s.key].docs)
				f.Message = fmt.Sprintf("%s is called “%s” in %s, but %d %s %s “%s” and %d %s “%s” to %s.",
					name, disp, articles(len(s.docs)), len(major.docs), verb(len(major.docs), "calls", "call"), name, majDisp,
					n, verb(n, "gives", "give"), disp, r.canonical(other))
			default:
				continue
			}
			r.work += int64(len(s.obs))
			for _, o := range s.obs {
				if len(f.Evidence) >= r.cfg.maxEvidence {
					f.Omitted++
					continue
				}
				e := Evidence{Doc: r.docs[o.doc].name, Start: o.start, End: o.end, Text: o.text}
				if o.start < 0 {
					e.Start, e.End, e.Text = o.qstart, o.qend, ""
				}
				f.Evidence = append(f.Evidence, e)
			}
			flags = append(flags, f)
		}
	}
	return flags
}

func sortedRoles(m map[string]*roleStat) []*roleStat {
	out := make([]*roleStat, 0, len(m))
	for _, s := range m {
		out = append(out, s)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].key < out[j].key })
	return out
}

// articles says "1 article" or "n articles", for flag messages.
func articles(n int) string {
	if n == 1 {
		return "1 article"
	}
	return fmt.Sprintf("%d articles", n)
}

// verb picks the verb form that agrees with a count of articles.
func verb(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
