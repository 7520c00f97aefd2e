package attribute

import (
	"errors"
	"io"
	"sort"
	"strings"
	"sync"

	"github.com/verbatim-nlp/verbatim/quote"
)

// Errors returned by New and ParseLexicon.
var (
	// ErrSection reports an unknown lexicon section.
	ErrSection = errors.New("attribute: unknown lexicon section")
	// ErrSyntax reports a malformed lexicon line.
	ErrSyntax = errors.New("attribute: lexicon syntax error")
)

// Person kinds, the values of Person.Kind.
const (
	KindPerson       = "person"       // a named human being: "Wang Yi"
	KindOrganization = "organization" // a named body or state: "the Kremlin", "Beijing", "CCTV"
	KindDocument     = "document"     // a text that speaks: "Beijing’s statement"
	KindRole         = "role"         // an unnamed speaker: "a spokesperson", "sources"
	KindGroup        = "group"        // speakers named together: "Putin and Xi"
)

// A Person is a speaker, or a titled name, that a document mentions,
// resolved within that document: one article's level. The same person
// across all articles is a compare.Speaker.
type Person struct {
	// Name is the fullest name the document gives ("Wang Yi"); for
	// documents and roles it is the noun phrase as written, with a
	// leading "The" lowered ("the statement"); for organisations, the
	// phrase without a leading "the" ("Kremlin", "White Helmets").
	Name string `json:"name"`
	// Kind is KindPerson, KindOrganization, KindDocument, KindRole or
	// KindGroup.
	Kind string `json:"kind"`
	// Mentions lists every mention resolved to this person, in order.
	Mentions []quote.Mention `json:"mentions"`
	// Titles lists the titles written next to a mention ("Chinese
	// Foreign Minister", "the Russian ambassador to China"), in order.
	Titles []quote.Mention `json:"titles,omitempty"`
}

// Result is what Attribute returns.
type Result struct {
	// Quotes holds the input quotes with their attribution fields
	// filled, and the Indirect quotes found, sorted by Start.
	Quotes []quote.Quote `json:"quotes"`
	// People lists everyone the document names as a speaker or with a
	// title, in order of first mention.
	People []Person `json:"people"`
}

type config struct {
	err       error // first error an option met; New returns it
	lex       *Lexicon
	indirect  bool
	carryOver bool
}

// An Option configures an Attributor.
type Option func(*config)

// LexiconFrom adds the entries of a lexicon read from r (format at
// Lexicon) to the default lexicon.
func LexiconFrom(r io.Reader) Option {
	return func(c *config) {
		lx, err := ParseLexicon(r)
		if err != nil {
			c.fail(err)
			return
		}
		c.lex.Merge(lx)
	}
}

// Cues adds one cue: its forms, the first naming it
// (Cues("decry", "decried", "decries")).
func Cues(forms ...string) Option {
	return func(c *config) { c.fail(c.lex.Add(secCue, forms...)) }
}

// Titles adds title words ("ombudsman", "rapporteur").
func Titles(words ...string) Option {
	return func(c *config) { c.fail(c.lex.Add(secTitle, words...)) }
}

// Roles adds role nouns for unnamed speakers ("negotiator").
func Roles(words ...string) Option {
	return func(c *config) { c.fail(c.lex.Add(secRole, words...)) }
}

// FindIndirect turns the search for indirect speech on or off (default on).
func FindIndirect(on bool) Option {
	return func(c *config) { c.indirect = on }
}

// CarryOver turns on or off crediting an uncued quote to the
// speaker of the previous sentence (default on).
func CarryOver(on bool) Option {
	return func(c *config) { c.carryOver = on }
}

func (c *config) fail(err error) {
	if c.err == nil {
		c.err = err
	}
}

type cuePhrase struct {
	words []string // lower-case
	lemma string
}

// An Attributor credits quotes to speakers. It is safe for concurrent
// use after New: Attribute only reads it, apart from a sync.Pool of
// per-call scratch memory. The zero Attributor behaves like New() with
// no options.
type Attributor struct {
	cues map[string][]cuePhrase // first word → phrases, longest first
	cls  map[string]uint32      // lower-case word → secBit of its sections
	sec  map[string]map[string]string
	cfg  config
	docs *sync.Pool // of *doc: per-call scratch, reused so that Attribute allocates little
}

var (
	defaultOnce sync.Once
	defaultAttr *Attributor
)

// defaultAttributor is built once and shared by zero Attributors.
func defaultAttributor() *Attributor {
	defaultOnce.Do(func() {
		a, err := New()
		if err != nil {
			panic(err) // the built-in lexicon is checked by every test
		}
		defaultAttr = a
	})
	return defaultAttr
}

// New returns an Attributor with the default lexicon, changed by opts.
func New(opts ...Option) (*Attributor, error) {
	c := config{lex: DefaultLexicon(), indirect: true, carryOver: true}
	for _, o := range opts {
		o(&c)
	}
	if c.err != nil {
		return nil, c.err
	}
	a := &Attributor{cues: map[string][]cuePhrase{}, sec: c.lex.words, cfg: c, docs: &sync.Pool{}}
	for form, lemma := range c.lex.words[secCue] {
		w := strings.Fields(form)
		a.cues[w[0]] = append(a.cues[w[0]], cuePhrase{w, lemma})
	}
	for k, ps := range a.cues {
		sort.Slice(ps, func(i, j int) bool {
			if len(ps[i].words) != len(ps[j].words) {
				return len(ps[i].words) > len(ps[j].words)
			}
			return strings.Join(ps[i].words, " ") < strings.Join(ps[j].words, " ")
		})
		a.cues[k] = ps
	}
	a.cls = map[string]uint32{"quoted": bitCue}
	for sec, m := range c.lex.words {
		bit := secBit(sec)
		if bit == 0 {
			continue // read through a.sec only ("english" alone is 60k words)
		}
		for w := range m {
			if sec == secCue {
				w = strings.Fields(w)[0]
			}
			a.cls[w] |= bit
		}
	}
	a.cfg.lex = nil // the maps above are all Attribute reads
	return a, nil
}

// Attribute fills the attribution fields of a copy of qs, adds the
// Indirect quotes it finds, and returns all quotes sorted by Start with
// the people the document names. qs must hold byte offsets into src,
// as quote.Extract returns them; quotes out of range are returned
// unattributed, and so are all quotes of an input of 2 GiB or more,
// which is not tokenized (package verbatim reads long documents in
// parts). Attribute never panics and does not modify qs.
func (a *Attributor) Attribute(src []byte, qs []quote.Quote) *Result {
	if a.cls == nil {
		a = defaultAttributor()
	}
	d := newDoc(a, src, qs)
	d.run()
	r := d.result()
	d.release()
	return r
}

// State returns the state that a word names or describes in the default
// lexicon's alias and seat sections ("Chinese", "Beijing", "China’s" →
// "China"; "the Kremlin" → "Russia"), for every state of states.txt,
// so that other stages can tell a person who speaks for a state from
// the state itself.
func State(word string) (string, bool) {
	w := strings.ToLower(strings.TrimSpace(word))
	for _, poss := range []string{"’s", "'s"} {
		w = strings.TrimSuffix(w, poss)
	}
	w = strings.TrimPrefix(w, "the ")
	if s, ok := defaultAttributor().sec[secAlias][w]; ok {
		return s, true
	}
	s, ok := defaultAttributor().sec[secSeat][w]
	return s, ok
}
