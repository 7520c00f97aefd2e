package attribute

import (
	"strings"

	"github.com/verbatim-nlp/verbatim/quote"
)

// A rule credits a direct or partial quote that no earlier rule in rules
// credited. Its matcher returns the attribution, or false; an
// attribution with no Rule or Confidence takes the rule's name and conf.
type rule struct {
	name  string  // Quote.Rule, or its family ("cue-after" for "cue-after:said")
	conf  float64 // Quote.Confidence, lowered for pronouns and roles by some matchers
	match func(d *doc, x *qctx) (attr, bool)
}

// rules is the order in which Attribute tries its rules on each quote:
// the first that matches wins. doc.go describes each; cues_test.go and
// attribute_test.go hold a case for each.
var rules = []rule{
	{"reported-chain", confChain, (*doc).ruleChain},
	{"cue-after", confCueAfter, (*doc).ruleCueAfter},
	{"cue-before", confCueBefore, (*doc).ruleCueBefore},
	{"possessive-noun", confPossessive, (*doc).rulePossessiveNoun},
	{"label", confLabel, (*doc).ruleLabel},
	{"same-sentence", confSameSentence, (*doc).ruleSameSentence},
	{"quoted-predicate", confPredicate, (*doc).ruleQuotedPredicate},
	{"sentence-tail", confSameSentence, (*doc).ruleSentenceTail},
	{"caption", confCaption, (*doc).ruleCaption},
	{"intro-paragraph", confIntro, (*doc).ruleIntroParagraph},
	{"colon-intro", confColonIntro, (*doc).ruleColonIntro},
	{"same-paragraph-continuation", confContinuation, (*doc).ruleContinuation},
	{"previous-sentence-speaker", confPrevSentence, (*doc).rulePrevSentence},
	{"previous-sentence-subject", confPrevSubject, (*doc).rulePrevSubject},
	{"subject-clause", confSubject, (*doc).ruleSubjectClause},
}

// qctx is what the rules see of one quote in its sentence.
type qctx struct {
	s, ss, se int // sentence index and its tokens [ss, se)
	q         *quote.Quote
	qi        int
	o, c      int // tokens of the opening and closing marks
	lo, hi    int // the quote's cue may sit in [lo, o) or [c+1, hi)
	prevClose int // closing mark of the sentence's previous quote, or -1

	prev    attr // attribution of the sentence's previous quote
	hasPrev bool

	tailP  int // ", X said." closing the sentence: its comma and attribution
	tailAt attr
	tailOK bool

	cuesDone    bool // right and left below are computed
	right, left attr
	rok, lok    bool
}

func (d *doc) applyRules(x *qctx) (attr, bool) {
	for _, r := range rules {
		at, ok := r.match(d, x)
		if !ok {
			continue
		}
		if at.rule == "" {
			at.rule = r.name
		}
		if at.conf == 0 {
			at.conf = r.conf
		}
		return at, true
	}
	return attr{}, false
}

// cues finds the cue after and the cue before the quote, once: both
// searches record mentions and mark the cue tokens used.
func (d *doc) cues(x *qctx) {
	if x.cuesDone {
		return
	}
	x.cuesDone = true
	x.right, x.rok = d.rightCue(x.c+1, x.hi)
	x.left, x.lok = d.leftCue(x.lo, x.o)
}

// ruleChain: "Ushakov said Xi told him: “Q,” Ushakov said" and X said
// Y said “Q”: a cue on each side with different speakers.
func (d *doc) ruleChain(x *qctx) (attr, bool) {
	d.cues(x)
	right, left := x.right, x.left
	if !x.rok || !x.lok || right.sp.ent == left.sp.ent || right.sp.ent < 0 || left.sp.ent < 0 || left.reporter >= 0 {
		return attr{}, false
	}
	if d.thingPronoun(left.sp) && d.ents[right.sp.ent].kind == KindOrganization {
		// "… the impact it said X would have: “Q,” the union wrote":
		// "it" is the body that writes, not a second speaker.
		return attr{}, false
	}
	left.rule = "reported-chain:" + strings.TrimPrefix(left.rule, "cue-before:")
	left.conf = confChain
	if d.isChannel(right.sp.ent) {
		left.via = d.ents[right.sp.ent].name
	} else {
		left.reporter = right.sp.ent
		d.ents[right.sp.ent].speaker = true
	}
	return left, true
}

// ruleCueAfter: “Q,” X said / said X / according to X / “Q” ― X.
func (d *doc) ruleCueAfter(x *qctx) (attr, bool) {
	d.cues(x)
	if x.rok && x.lok && x.right.sp.ent == x.left.sp.ent && x.right.sp.ent >= 0 && x.right.sp.pronoun {
		// "Clinton says X is “Q.” She says …": the cue before names her;
		// the pronoun after only repeats her.
		return attr{}, false
	}
	return x.right, x.rok
}

// ruleCueBefore: X said: “Q” / X said that “Q” / according to X, “Q”.
func (d *doc) ruleCueBefore(x *qctx) (attr, bool) {
	d.cues(x)
	return x.left, x.lok
}

// maxNounGap bounds the tokens between a speech noun and the quote in
// its clause: "his warning that Britain would have to go to the “back".
const maxNounGap = 16

// rulePossessiveNoun: a quote in the clause of a speech noun whose
// possessor is a name or "his"/"her" speaks it: "her remark that “Q”",
// "Trump’s pledge to be “neutral”". The nearest speech noun decides; a
// sentence mark, colon or another quote between ends the search.
func (d *doc) rulePossessiveNoun(x *qctx) (attr, bool) {
	nouns := d.a.sec[secSpeechNoun]
	for t := x.o - 1; t >= x.lo && t >= x.o-maxNounGap; t-- {
		tk := &d.toks[t]
		if tk.kind == tStop && !d.abbrevStop(t) || tk.kind == tQuote || tk.kind == tColon {
			return attr{}, false
		}
		if !d.word(t) || tk.inQ {
			continue
		}
		if _, ok := nouns[string(d.lower[tk.s:tk.e])]; !ok {
			continue
		}
		if !d.nounClause(t, x.o) {
			return attr{}, false
		}
		p := t - 1
		var sp speakerRef
		ok := false
		switch {
		case p > x.lo && d.toks[p].kind == tPoss:
			if a, ok2 := d.npBefore(p-1, x.lo); ok2 {
				sp, ok = d.resolveNP(a, p)
			}
		case d.is(p, "his") || d.is(p, "her"):
			sp, ok = d.resolveNP(p, p+1)
		}
		if !ok || sp.ent < 0 {
			return attr{}, false
		}
		return attr{sp: sp, cue: d.mention(t, t+1), conf: d.conf(confPossessive, sp), reporter: -1}, true
	}
	return attr{}, false
}

// nounClause reports whether the quote opening at token o is in the
// clause of the speech noun at t: right after it, or after "that",
// "to", "of", "for" or "about" with no cue and no "as" between (in
// "played down Trump’s comments as “Q”" the quote judges the comments).
func (d *doc) nounClause(t, o int) bool {
	if t+1 == o {
		return true
	}
	if !d.is(t+1, "that") && !d.is(t+1, "to") && !d.is(t+1, "of") && !d.is(t+1, "for") && !d.is(t+1, "about") {
		return false
	}
	for k := t + 2; k < o; k++ {
		if d.is(k, "as") || d.isCue(k) {
			return false
		}
	}
	return true
}

// ruleSameSentence: a later quote of a sentence whose earlier quote has
// a speaker.
func (d *doc) ruleSameSentence(x *qctx) (attr, bool) {
	if !x.hasPrev {
		return attr{}, false
	}
	at := x.prev
	at.rule, at.conf = "", 0
	return at, true
}

// ruleQuotedPredicate: a headline name, then the partial quote.
func (d *doc) ruleQuotedPredicate(x *qctx) (attr, bool) {
	if x.q.Kind != quote.Partial || !d.quotedPredicate(x.ss, x.lo, x.o) {
		return attr{}, false
	}
	sp, _ := d.resolveNP(x.lo, x.o)
	return attr{sp: sp, reporter: -1}, true
}

// ruleSentenceTail: a quote inside content that ends ", X said.".
func (d *doc) ruleSentenceTail(x *qctx) (attr, bool) {
	if !x.tailOK || x.c >= x.tailP {
		return attr{}, false
	}
	at := x.tailAt
	at.rule, at.conf = "sentence-tail:"+strings.TrimPrefix(strings.TrimPrefix(at.rule, "cue-after:"), "according-to"), confSameSentence
	return at, true
}

// carry reports whether an uncued quote may take the speaker of the
// sentence before.
func (d *doc) carry(x *qctx) bool {
	return d.quoteParagraph(x) && d.a.cfg.carryOver && d.lastSpeaker >= 0 && d.lastSpeakerSent == d.prevSentence(x.s)
}

// quoteParagraph reports whether the quote is direct, or opens its
// paragraph: a quote paragraph that starts in lower case (“to be
// honest, …”) is no partial quote inside a reporter's sentence.
func (d *doc) quoteParagraph(x *qctx) bool {
	return x.q.Kind == quote.Direct || x.q.Kind == quote.Partial && d.paraStart(x.o) == x.o
}

// maxHeading bounds the tokens of a section heading.
const maxHeading = 6

// prevSentence returns the sentence before s, past section headings
// ("The final", "Next season"): an interview written up as quote
// paragraphs under short headings goes on in one voice.
func (d *doc) prevSentence(s int) int {
	s--
	for s >= 0 && d.heading(s) {
		s--
	}
	return s
}

// heading reports whether sentence s is a section heading: a whole
// paragraph of a few words with no quote and no final stop, whose words
// start in upper case.
func (d *doc) heading(s int) bool {
	a, b := d.sents[s], d.sents[s+1]
	if b-a > maxHeading || b <= a || !d.word(a) || !d.toks[a].cap || d.paraStart(a) != a || d.paraEnd(a) != b {
		return false
	}
	for t := a; t < b; t++ {
		if k := d.toks[t].kind; k != tWord && k != tPoss {
			return false
		}
	}
	return true
}

// rulePrevSubject: an uncued direct quote opening its sentence right
// after a sentence with no quote and no cue whose subject is a person:
// "Jane Roe backed the plan. “Q”", and "Roe met reporters after the
// match." over a quote paragraph. The quote opens its paragraph or
// shares the subject's.
func (d *doc) rulePrevSubject(x *qctx) (attr, bool) {
	if !d.quoteParagraph(x) || !d.a.cfg.carryOver || x.o != x.ss {
		return attr{}, false
	}
	s := d.prevSentence(x.s)
	if s < 0 {
		return attr{}, false
	}
	ps, pe := d.sents[s], d.sents[s+1]
	if d.toks[pe-1].para != d.toks[x.o].para && d.paraStart(x.o) != x.o {
		return attr{}, false
	}
	for t := ps; t < pe; t++ {
		if d.toks[t].kind == tQuote || d.toks[t].inQ || d.isCue(t) {
			return attr{}, false
		}
	}
	a, b, ok := d.clauseSubject(ps, pe)
	if !ok {
		return attr{}, false
	}
	sp, ok := d.resolveNP(a, b)
	if !ok || sp.ent < 0 || d.ents[sp.ent].kind != KindPerson {
		return attr{}, false
	}
	// With no cue, a lone capitalised word opening the sentence
	// ("Crews worked through the night.") is too little to be a person:
	// ask for a full name, a gender, a title, another mention, or a
	// word that is no English word and is written as a name elsewhere.
	if e := &d.ents[sp.ent]; len(e.nameToks) < 2 && e.gender == 0 && len(e.titles) == 0 && len(e.mentions) < 2 &&
		(b-a != 1 || !d.loneName(a)) {
		return attr{}, false
	}
	return attr{sp: sp, reporter: -1}, true
}

// ruleColonIntro: a clause with no cue ends in a colon right before a
// direct quote, and its subject, a person or organisation the article
// names, speaks: "Kasich resisted: “Q”", "Then Roe gave the crowd a
// simple message: “Q”", "Roe echoed:" over a quote paragraph, and a
// name alone after a dash or a sentence: "… - Jane Roe: “Q”".
func (d *doc) ruleColonIntro(x *qctx) (attr, bool) {
	colon := x.o - 1
	if x.q.Kind != quote.Direct || colon < 0 || d.toks[colon].kind != tColon || d.src[d.toks[colon].s] != ':' {
		return attr{}, false
	}
	ps := x.lo
	if colon < x.ss {
		// "Roe echoed:" closing the paragraph over the quote's
		if d.paraStart(x.o) != x.o {
			return attr{}, false
		}
		ps = d.sents[d.toks[colon].sent]
	}
	for t := ps; t < colon; t++ {
		if d.toks[t].kind == tQuote || d.toks[t].inQ {
			return attr{}, false
		}
		if d.toks[t].kind == tDash {
			ps = t + 1 // "POLLS WERE EARLY - Jane Roe:"
		}
	}
	for t := x.c + 1; t < x.hi; t++ {
		if d.isCue(t) {
			return attr{}, false // "“Q” the pitch says": a cue after the quote speaks
		}
	}
	a, b, ok := d.clauseSubject(ps, colon)
	if !ok {
		// a name alone: "… - Jane Roe:"
		if b, ok = d.npAfter(ps, colon); !ok || b != colon {
			return attr{}, false
		}
		a = ps
	}
	if d.in(bitPrep, b) {
		return attr{}, false // "More from Jones:" has no subject
	}
	for t := a; t < b; t++ {
		if d.numeral(t) {
			return attr{}, false // "The 60 second ad ends with …:"
		}
	}
	sp, ok := d.resolveNP(a, b)
	if !ok || sp.ent < 0 || d.ents[sp.ent].kind != KindPerson && d.ents[sp.ent].kind != KindOrganization {
		return attr{}, false
	}
	if e := &d.ents[sp.ent]; !sp.pronoun && e.kind == KindPerson && len(e.nameToks) < 2 && e.gender == 0 && len(e.titles) == 0 && len(e.mentions) < 2 {
		return attr{}, false // a lone capitalised word, as in rulePrevSubject
	}
	return attr{sp: sp, reporter: -1, conf: d.conf(confColonIntro, sp)}, true
}

// ruleContinuation: an uncued direct quote right after its speaker's
// sentence, in the same paragraph.
func (d *doc) ruleContinuation(x *qctx) (attr, bool) {
	if !d.carry(x) || d.lastSpeakerPara() != int(d.toks[x.o].para) {
		return attr{}, false
	}
	return attr{sp: speakerRef{ent: d.lastSpeaker, mention: d.lastMention}, reporter: -1}, true
}

// rulePrevSentence: an uncued direct quote right after a sentence with a
// speaker, in a new paragraph.
func (d *doc) rulePrevSentence(x *qctx) (attr, bool) {
	if !d.carry(x) {
		return attr{}, false
	}
	return attr{sp: speakerRef{ent: d.lastSpeaker, mention: d.lastMention}, reporter: -1}, true
}

// ruleLabel: a short name and a colon open the paragraph, then the
// quote: Tagliafico: “Q”. Interview transcripts and round-ups of
// reactions use it.
func (d *doc) ruleLabel(x *qctx) (attr, bool) {
	colon := x.o - 1
	if colon < 1 || d.toks[colon].kind != tColon || d.src[d.toks[colon].s] != ':' {
		return attr{}, false
	}
	p := d.paraStart(colon)
	if p == colon || colon-p > 4 {
		return attr{}, false
	}
	for t := p; t < colon; t++ {
		if !d.capName(t) && !(d.in(bitHonorific, t) && d.toks[t].cap) {
			return attr{}, false
		}
	}
	sp, ok := d.resolveNP(p, colon)
	if !ok || sp.ent < 0 || d.ents[sp.ent].kind != KindPerson {
		return attr{}, false
	}
	return attr{sp: sp, reporter: -1}, true
}

// ruleCaption: a name, perhaps with a title, follows the quote with no
// cue: “Q” Jane Roe, Party Leader closing the paragraph, or a paragraph
// holding only the name after a paragraph holding only the quote, when
// no quote follows the name (a name over a quote is its heading).
func (d *doc) ruleCaption(x *qctx) (attr, bool) {
	if x.q.Kind != quote.Direct || x.c < 0 || x.c >= len(d.toks) {
		return attr{}, false
	}
	pe := d.paraEnd(x.c)
	k := x.c + 1
	if k < pe {
		for k < pe && d.toks[k].kind == tComma {
			k++
		}
		return d.captionAt(k, pe)
	}
	// The quote fills its paragraph; the next paragraph is the caption.
	if d.paraStart(x.o) != x.o || k >= len(d.toks) {
		return attr{}, false
	}
	ne := d.paraEnd(k)
	if ne < len(d.toks) && d.toks[ne].kind == tQuote {
		return attr{}, false
	}
	return d.captionAt(k, ne)
}

// captionAt resolves tokens [k, e) as a caption: a person's name of two
// words or more, or one the article named before, then perhaps a comma
// and a short title, then perhaps a stop.
func (d *doc) captionAt(k, e int) (attr, bool) {
	if k >= e || e-k > 12 {
		return attr{}, false
	}
	for e > k && d.toks[e-1].kind == tStop {
		e--
	}
	b, ok := d.npAfter(k, e)
	if !ok {
		return attr{}, false
	}
	ta, tb := 0, 0
	if b < e {
		if d.toks[b].kind != tComma {
			return attr{}, false
		}
		for t := b + 1; t < e; t++ {
			if !d.word(t) || d.isCue(t) {
				return attr{}, false
			}
		}
		ta, tb = b+1, e
	}
	n := b
	for n > k && d.capName(n-1) {
		n--
	}
	if n == b || b-n < 2 && len(d.byTok[string(d.src[d.toks[n].s:d.toks[n].e])]) == 0 {
		return attr{}, false
	}
	sp, ok := d.resolveNP(k, b)
	if !ok || sp.ent < 0 || d.ents[sp.ent].kind != KindPerson {
		return attr{}, false
	}
	if ta < tb {
		sp.title = d.titleMention(ta, tb)
		d.addMention(sp.ent, sp.mention, sp.title)
	} else {
		d.widenTitle(&sp, k)
	}
	return attr{sp: sp, reporter: -1}, true
}

// maxIntroTail bounds the words after an intro's cue that close its
// paragraph ("conceded on Sunday night."), so that reported speech
// ("said the plan would fail.") is no intro.
const maxIntroTail = 6

// ruleIntroParagraph: the paragraph before a quote that opens its own
// paragraph ends with a cue and no quote: "Nadella tweeted", "The
// statement read;", "She said:", "Roe conceded on Sunday night.".
func (d *doc) ruleIntroParagraph(x *qctx) (attr, bool) {
	if x.o <= 0 || x.o >= len(d.toks) || d.paraStart(x.o) != x.o {
		return attr{}, false
	}
	pe := x.o
	ps := d.sents[d.toks[pe-1].sent]
	if d.toks[pe-1].para != d.toks[ps].para {
		ps = d.paraStart(pe - 1)
	}
	for t := ps; t < pe; t++ {
		if d.toks[t].kind == tQuote || d.toks[t].inQ {
			return attr{}, false
		}
	}
	at, ok := d.leftCue(ps, pe)
	if !ok && d.toks[pe-1].kind == tColon && d.src[d.toks[pe-1].s] == ':' {
		return d.documentIntro(ps, pe-1)
	}
	if !ok || at.sp.ent < 0 || at.cue.Text == "" {
		return attr{}, false
	}
	end := pe
	if k := d.toks[end-1].kind; k == tColon || k == tStop {
		end--
	}
	tail := d.tokAt(at.cue.End)
	intro := d.toks[pe-1].kind == tColon || end-tail <= maxIntroTail && (tail == end || d.adverbial(tail))
	for t := tail; t < end && intro; t++ {
		intro = !d.is(t, "that") && d.toks[t].kind != tComma && !d.isCue(t)
	}
	if !intro {
		// "He said everyone involved had pursued justice." then the
		// quote: reported speech whose speaker goes on speaking.
		if x.q.Kind != quote.Direct || !d.a.cfg.carryOver || d.lastSpeakerSent == d.prevSentence(x.s) {
			return attr{}, false
		}
		at.rule, at.conf, at.cue = "previous-sentence-speaker", confPrevSentence, quote.Mention{}
		return at, true
	}
	at.rule, at.conf = "intro-paragraph:"+strings.TrimPrefix(at.rule, "cue-before:"), d.conf(confIntro, at.sp)
	return at, true
}

// documentIntro credits the quote after "Here are the coach’s words
// after the final:" to the document the intro names, the last one
// before the colon at token e, and so to its issuer.
func (d *doc) documentIntro(ps, e int) (attr, bool) {
	for t := e - 1; t >= ps; t-- {
		if !d.in(bitDocument, t) || d.toks[t].cap {
			continue
		}
		a, ok := d.npBefore(t, ps)
		if !ok {
			return attr{}, false
		}
		sp, ok := d.resolveNP(a, d.roleEnd)
		if !ok || sp.ent < 0 || d.ents[sp.ent].kind != KindDocument {
			return attr{}, false
		}
		return attr{sp: sp, rule: "intro-paragraph", conf: confIntro, reporter: -1}, true
	}
	return attr{}, false
}

// adverbial reports whether token t opens an adverbial rather than an
// object or a clause: a preposition ("on Sunday night", "in a
// statement"), a manner adverb or a time word.
func (d *doc) adverbial(t int) bool {
	return d.lyAdverb(t) || d.timeWord(t) || d.skippable(t) || d.in(bitPrep, t)
}

// maxSubjectGap bounds the tokens between a sentence's subject and a
// partial quote in its clause.
const maxSubjectGap = 16

// ruleSubjectClause: a partial quote in the clause of a sentence whose
// subject is a person or organisation the article names, with no cue:
// "Jane Roe plans to keep playing for Ohio “as a champion” after the
// final", "She has long decried the “rigged” count", "The union wants
// a “fair deal”". Between subject and quote lie only words: no cue
// (but "to" + cue: "plans to continue"), comma, colon or other quote; a
// person named as object may lie between ("Cruz coached Trump to
// “breathe”"). It ranks below every cued rule.
func (d *doc) ruleSubjectClause(x *qctx) (attr, bool) {
	if x.q.Kind != quote.Partial || x.lo != x.ss {
		return attr{}, false
	}
	a, b, ok := d.clauseSubject(x.ss, x.o)
	if !ok || b >= x.o || x.o-b > maxSubjectGap {
		return attr{}, false
	}
	for t := b; t < x.o; t++ {
		if k := d.toks[t].kind; k != tWord && k != tPoss || d.toks[t].inQ || d.isCue(t) && !d.is(t-1, "to") {
			return attr{}, false
		}
	}
	sp, ok := d.resolveNP(a, b)
	if !ok || sp.ent < 0 || d.ents[sp.ent].kind != KindPerson && d.ents[sp.ent].kind != KindOrganization {
		return attr{}, false
	}
	if e := &d.ents[sp.ent]; e.kind == KindPerson && len(e.nameToks) < 2 && e.gender == 0 && len(e.titles) == 0 && len(e.mentions) < 2 {
		return attr{}, false // a lone capitalised word, as in rulePrevSubject
	}
	return attr{sp: sp, reporter: -1}, true
}
