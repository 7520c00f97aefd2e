package attribute

import (
	"strings"

	"github.com/verbatim-nlp/verbatim/quote"
)

// speakerRef is a resolved speaker phrase.
type speakerRef struct {
	ent     int
	mention quote.Mention
	title   quote.Mention
	pronoun bool
}

// resolveNP resolves the phrase at tokens [a, b) to an entity.
func (d *doc) resolveNP(a, b int) (speakerRef, bool) {
	if a < 0 || b > len(d.toks) || a >= b {
		return speakerRef{}, false
	}
	if kind, ok := d.pronoun(a); ok && b == a+1 {
		r := speakerRef{ent: -1, mention: d.mention(a, b), pronoun: true}
		switch kind {
		case "person":
			r.ent = d.lastPerson
		case "group", "thing":
			r.ent = d.lastThing
		}
		return r, true
	}
	if d.det(a) && a+1 < b {
		a++
	}
	n := b
	for n > a && d.capName(n-1) {
		n--
	}
	if n < b && b-n <= 5 {
		r := speakerRef{ent: d.person(n, b), mention: d.mention(n, b)}
		if n > a && d.hasTitleWord(a, n) {
			r.title = d.mention(a, n)
		}
		d.addMention(r.ent, r.mention, r.title)
		return r, true
	}
	h := b - 1
	if !d.word(h) {
		return speakerRef{}, false
	}
	switch {
	case d.in(secDocument, h):
		e := d.document(a, b)
		return d.ref(e, a, b), true
	case d.in(secOrg, h) || d.in(secPlace, h) || d.in(secChannel, h) || d.allCaps(h) && b-a <= 3:
		e := d.named(KindOrganization, a, b)
		return d.ref(e, a, b), true
	case d.in(secRole, h) || d.in(secTitle, h):
		if d.is(a-1, "the") || d.toks[a].kind == tPoss || (a > 0 && d.toks[a-1].kind == tPoss) {
			if e := d.personWithTitle(a, b); e >= 0 {
				r := d.ref(e, a, b)
				return r, true
			}
		}
		s := a
		if d.det(a - 1) {
			s = a - 1
		}
		e := d.named(KindRole, s, b)
		return d.ref(e, s, b), true
	}
	return speakerRef{}, false
}

func (d *doc) ref(e, a, b int) speakerRef {
	m := d.mention(a, b)
	d.addMention(e, m, quote.Mention{})
	return speakerRef{ent: e, mention: m}
}

func (d *doc) hasTitleWord(a, b int) bool {
	for t := a; t < b; t++ {
		if d.in(secTitle, t) || d.in(secHonorific, t) {
			return true
		}
	}
	return false
}

// person returns the person named by tokens [a, b), merging it with a
// person already known by a longer or shorter form of the same name.
func (d *doc) person(a, b int) int {
	toks := make([]string, 0, b-a)
	for t := a; t < b; t++ {
		if d.toks[t].kind == tWord && !d.in(secHonorific, t) {
			toks = append(toks, string(d.src[d.toks[t].s:d.toks[t].e]))
		}
	}
	best := -1
	for _, w := range toks {
		for _, e := range d.byTok[w] {
			if best >= 0 && d.lastBefore(best, d.toks[a].s) >= d.lastBefore(e, d.toks[a].s) {
				continue
			}
			if subseq(toks, d.ents[e].nameToks) || subseq(d.ents[e].nameToks, toks) {
				best = e
			}
		}
	}
	if best >= 0 {
		if en := &d.ents[best]; len(toks) > len(en.nameToks) && subseq(en.nameToks, toks) {
			en.nameToks = toks
			en.name = strings.Join(toks, " ")
			d.index(best)
		}
		d.ents[best].last = a
		return best
	}
	d.ents = append(d.ents, entity{kind: KindPerson, name: strings.Join(toks, " "), nameToks: toks, last: a})
	d.index(len(d.ents) - 1)
	return len(d.ents) - 1
}

func (d *doc) index(e int) {
	for _, w := range d.ents[e].nameToks {
		l := d.byTok[w]
		found := false
		for _, x := range l {
			found = found || x == e
		}
		if !found {
			d.byTok[w] = append(l, e)
		}
	}
}

// subseq reports whether short is a contiguous run of long.
func subseq(short, long []string) bool {
	if len(short) == 0 || len(short) > len(long) {
		return false
	}
outer:
	for i := 0; i+len(short) <= len(long); i++ {
		for k := range short {
			if long[i+k] != short[k] {
				continue outer
			}
		}
		return true
	}
	return false
}

// named returns the organisation or role entity written as tokens
// [a, b), one per distinct lower-cased phrase.
func (d *doc) named(kind string, a, b int) int {
	name := d.text(a, b)
	if strings.HasPrefix(name, "The ") || strings.HasPrefix(name, "A ") || strings.HasPrefix(name, "An ") {
		name = strings.ToLower(name[:1]) + name[1:]
	}
	key := strings.ToLower(name)
	if d.is(a, "the") && kind == KindOrganization {
		key = strings.TrimPrefix(key, "the ")
	}
	for i := range d.ents {
		if d.ents[i].kind == kind && strings.ToLower(strings.TrimPrefix(d.ents[i].name, "the ")) == strings.TrimPrefix(key, "the ") {
			d.ents[i].last = a
			return i
		}
	}
	d.ents = append(d.ents, entity{kind: kind, name: name, head: string(d.lower[d.toks[b-1].s:d.toks[b-1].e]), last: a})
	return len(d.ents) - 1
}

// document resolves "the statement" to the statement the article
// introduced most recently ("Beijing’s statement"), or names a new one.
func (d *doc) document(a, b int) int {
	head := strings.TrimSuffix(string(d.lower[d.toks[b-1].s:d.toks[b-1].e]), "s")
	bare := b-a == 1
	best := -1
	for i := range d.ents {
		if d.ents[i].kind == KindDocument && strings.TrimSuffix(d.ents[i].head, "s") == head && (best < 0 || d.ents[i].last > d.ents[best].last) {
			best = i
		}
	}
	if best >= 0 && (bare || d.is(a-1, "the")) {
		d.ents[best].last = a
		return best
	}
	s := a
	if d.det(a - 1) {
		s = a - 1
	}
	return d.named(KindDocument, s, b)
}

// personWithTitle resolves "the Russian leader", "the minister" to the
// most recently mentioned person whose titles share the head word, or
// else all the phrase's other words.
func (d *doc) personWithTitle(a, b int) int {
	head := string(d.lower[d.toks[b-1].s:d.toks[b-1].e])
	best := -1
	for pass := 0; pass < 2 && best < 0; pass++ {
		for i := range d.ents {
			en := &d.ents[i]
			if en.kind != KindPerson || (best >= 0 && d.lastBefore(best, d.toks[a].s) >= d.lastBefore(i, d.toks[a].s)) {
				continue
			}
			for _, t := range en.titles {
				lt := strings.ToLower(t.Text)
				ok := false
				if pass == 0 {
					ok = containsWord(lt, head)
				} else {
					ok = true
					n := 0
					for k := a; k < b-1; k++ {
						if d.word(k) && !d.det(k) {
							n++
							ok = ok && containsWord(lt, string(d.lower[d.toks[k].s:d.toks[k].e]))
						}
					}
					ok = ok && n > 0
				}
				if ok {
					best = i
					break
				}
			}
		}
	}
	return best
}

func containsWord(s, w string) bool {
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' || r == '’' || r == '\'' }) {
		if f == w {
			return true
		}
	}
	return false
}

func (d *doc) addMention(e int, m, title quote.Mention) {
	if e < 0 {
		return
	}
	en := &d.ents[e]
	if !hasMention(en.mentions, m) {
		en.mentions = append(en.mentions, m)
	}
	if title.Text != "" && !hasMention(en.titles, title) {
		en.titles = append(en.titles, title)
	}
	if m.Start > d.entLast(e) {
		en.last = d.tokAt(m.Start)
	}
}

func (d *doc) entLast(e int) int {
	if d.ents[e].last < len(d.toks) && d.ents[e].last >= 0 {
		return d.toks[d.ents[e].last].s
	}
	return -1
}

func hasMention(ms []quote.Mention, m quote.Mention) bool {
	for _, x := range ms {
		if x.Start == m.Start && x.End == m.End {
			return true
		}
	}
	return false
}

// lastBefore returns the start of the entity's latest mention before
// byte offset off, or -1.
func (d *doc) lastBefore(e, off int) int {
	best := -1
	for _, m := range d.ents[e].mentions {
		if m.Start < off && m.Start > best {
			best = m.Start
		}
	}
	return best
}
