package attribute

import (
	"fmt"
	"io"
	"maps"
	"strings"
	"sync"
	"unicode"

	"github.com/verbatim-nlp/verbatim/internal/lexdata"
)

// Lexicon sections. A section not listed here is an error, so that a
// typo in a user lexicon is not silently ignored.
const (
	secCue         = "cue"         // speech verbs: lemma | form | form …
	secSayVerb     = "sayverb"     // cue lemmas that take a bare clause
	secTitle       = "title"       // office words: minister, spokesman
	secTitleMod    = "titlemod"    // qualifiers inside titles: foreign, deputy
	secHonorific   = "honorific"   // Mr., Mrs.: stripped from names
	secRole        = "role"        // unnamed speakers: source, officials
	secDocument    = "document"    // statement, report
	secOrg         = "org"         // Kremlin, ministry, campaign
	secChannel     = "channel"     // CCTV, Xinhua: relays, not speakers
	secPronoun     = "pronoun"     // he | him = person
	secNationality = "nationality" // Chinese, US: title modifiers
	secPlace       = "place"       // China, Beijing: title possessors, state speakers
	secStop        = "stop"        // capitalised words that never join a name
	secAdverb      = "adverb"      // adverbs and nothing else: capitalised, they join no name (generated)
	secAbbrev      = "abbrev"      // st., mt.: a period that ends no sentence
	secNoInvert    = "noinvert"    // tell: a cue whose following noun is the listener, never the speaker
	secAlias       = "alias"       // Canonical | metonym | metonym: states as speakers
	secFemale      = "female"      // words that make a name or pronoun female: she, Ms, Maria
	secMale        = "male"        // words that make it male: he, Mr, Lionel
	secParticle    = "particle"    // lower-case words inside names: de, van, bin
	secPrep        = "preposition" // on, in, via: open an adverbial after a cue
	secCompany     = "company"     // descriptors of a named body: "the company", "the board"
	secSeat        = "seat"        // State | seat | seat: seats of government ("the Kremlin")
	secPending     = "pending"     // elect, designate: an office not yet taken (read by compare)
	secSynonym     = "synonym"     // word | paraphrase | paraphrase: folded together when compare matches renderings
	secMatchStop   = "matchstop"   // words that are no evidence that two renderings say the same (read by compare)
	secNegation    = "negation"    // not, never: a difference that can flip what was said (read by compare)
	secSpelling    = "spelling"    // American | British: folded when compare matches renderings
	secTitleDrop   = "titledrop"   // chinese, former: left out of a title's role when compare compares titles
	secRelational  = "relational"  // counterpart, spokesman: roles no other title can contradict (read by compare)
	secKin         = "kin"         // family, widow: a person's relatives, who speak as "X’s family"
	secGenericCue  = "genericcue"  // stems of cues that name no speech act: add, note, explain (read by compare)
	secSmallWord   = "smallword"   // of, de, van: lower-case words inside a title-case name (read by quote)
	secNamingVerb  = "namingverb"  // called, dubbed: make a capitalised quote someone's words (read by quote)
	secShapeVerb   = "shapeverb"   // said, wrote: before an opening mark, the quote is the verb's object (read by quote)
	secElision     = "elision"     // 'em, 'til: an apostrophe that opens a word, not a quote (read by quote)
	secIndefinite  = "indefinite"  // a, an: before a naming verb, a participle names a thing (read by quote)
	secFirstPerson = "firstperson" // I, we: a clause holding one is the speaker's, no cue (read by quote)
	secSpeechNoun  = "speechnoun"  // remark, pledge: "her remark that “Q”" credits the possessor
	secKinGroup    = "kingroup"    // family, relatives: kin words that name a group (read by compare)
	secEnglish     = "english"     // poll, crew: English words with a common sense, so no evidence of a name (generated)
)

// Sections of function words attribute reads (see Lexicon).
const (
	secAux        = "aux"          // is, would: auxiliaries and modals, the mark of a finite clause
	secDirective  = "directive"    // urge, call on: cue lemmas that ask someone to act
	secDeterminer = "determiner"   // the, several: open a noun phrase
	secSkippable  = "skippable"    // has, also: may stand between a speaker and a cue
	secTimeWord   = "timeword"     // Monday, statement: words of the adverbials around a cue
	secLyNoun     = "lynoun"       // family, rally: nouns in -ly, no adverbs
	secReflexive  = "reflexive"    // himself: reflexive pronouns
	secPairNoun   = "pairnoun"     // leaders: plural nouns that make "the two …" a pair
	secThingPron  = "thingpronoun" // it, which: pronouns for things
)

// Bits of the single-word sections in a token's cls. They are
// constants so that a lookup on a token is one AND, not a switch.
const (
	bitTitle uint32 = 1 << iota
	bitTitleMod
	bitHonorific
	bitRole
	bitDocument
	bitOrg
	bitChannel
	bitPronoun
	bitNationality
	bitPlace
	bitStop
	bitCue // first word of a cue phrase
	bitFemale
	bitMale
	bitParticle
	bitPrep
	bitCompany
	bitAdverb
	bitOfficeVerb
	bitOfficePass
	bitKin
	bitAux
	bitDeterminer
	bitSkippable
	bitTimeWord
	bitLyNoun
	bitReflexive
	bitPairNoun
)

// funcBits are the sections of function words and other words that say
// nothing about whether a capitalised word is a name ("May", "March").
const funcBits = bitAux | bitDeterminer | bitSkippable | bitTimeWord | bitLyNoun | bitReflexive | bitPairNoun

// secBit gives each single-word section its bit, so that a token's
// sections are looked up once per document.
func secBit(sec string) uint32 {
	switch sec {
	case secTitle:
		return bitTitle
	case secTitleMod:
		return bitTitleMod
	case secHonorific:
		return bitHonorific
	case secRole:
		return bitRole
	case secDocument:
		return bitDocument
	case secOrg:
		return bitOrg
	case secChannel:
		return bitChannel
	case secPronoun:
		return bitPronoun
	case secNationality:
		return bitNationality
	case secPlace:
		return bitPlace
	case secStop:
		return bitStop
	case secCue:
		return bitCue
	case secFemale:
		return bitFemale
	case secMale:
		return bitMale
	case secParticle:
		return bitParticle
	case secPrep:
		return bitPrep
	case secCompany:
		return bitCompany
	case secAdverb:
		return bitAdverb
	case secOfficeVerb:
		return bitOfficeVerb
	case secOfficePass:
		return bitOfficePass
	case secKin:
		return bitKin
	case secAux:
		return bitAux
	case secDeterminer:
		return bitDeterminer
	case secSkippable:
		return bitSkippable
	case secTimeWord:
		return bitTimeWord
	case secLyNoun:
		return bitLyNoun
	case secReflexive:
		return bitReflexive
	case secPairNoun:
		return bitPairNoun
	}
	return 0
}

var knownSections = map[string]bool{
	secCue: true, secSayVerb: true, secTitle: true, secHonorific: true, secRole: true,
	secDocument: true, secTitleMod: true, secAlias: true, secOrg: true, secChannel: true, secPronoun: true,
	secNationality: true, secPlace: true, secStop: true, secAdverb: true, secAbbrev: true, secNoInvert: true, secPending: true, secFemale: true, secMale: true, secParticle: true, secPrep: true,
	secCompany: true, secSeat: true, secSynonym: true, secMatchStop: true, secNegation: true, secSpelling: true,
	secTitleDrop: true, secRelational: true, secKin: true, secGenericCue: true, secOfficeVerb: true, secOfficePass: true,
	secSmallWord: true, secNamingVerb: true, secShapeVerb: true, secElision: true,
	secIndefinite: true, secFirstPerson: true, secSpeechNoun: true, secKinGroup: true, secEnglish: true,
	secAux: true, secDirective: true, secDeterminer: true, secSkippable: true, secTimeWord: true,
	secLyNoun: true, secReflexive: true, secPairNoun: true, secThingPron: true,
}

// A Lexicon holds the word lists the attributor matches: cue verbs,
// title words, role nouns, pronouns, organisation and channel words.
//
// Its text format is line based. "#" starts a comment. A line
// "[section]" starts a section; every other non-blank line is one
// entry, its forms separated by "|". In the cue section the first form
// names the cue (its lemma) and forms may be several words ("was quoted
// as saying"); a leading "~" on the first form makes it a name only. In the pronoun section an entry ends
// with "= person", "= group", "= thing" or "= self". In the other
// sections every form is one word. Matching ignores ASCII case.
// Sections: cue, sayverb, title, titlemod, honorific, role, document, org,
// channel, pronoun, nationality, place, stop, adverb (adverbs that are
// no other part of speech: capitalised, they count as stop words),
// abbrev (abbreviations whose period ends no sentence: "St. Mary’s"),
// noinvert (cue lemmas whose following noun is the listener: "told"),
// preposition, alias (whose first form,
// the canonical name, keeps its case and may hold spaces), female and
// male (given names, honorifics, pronouns and nouns that tell a
// person's gender), particle (lower-case words inside names: "de",
// "van", "bin"), seat (a state, then its seats of government: "Russia |
// kremlin"; forms may be several words), company (descriptors that stand for the body the
// article named last: "the company", "the board"), officeverb (verbs
// that give their subject the title after them: "became", "won … as"),
// officepassive (verbs that do so in the passive: "was elected"), kin
// (a person's relatives, who speak as "X’s family"), and three sections
// compare reads when it matches renderings of a statement: synonym (the
// first form, then words outlets swap for it: "call | urge | urged";
// forms may be several words, read as one where they run in a quote:
// "everyone | all of us"),
// matchstop (words that are no evidence of a shared statement),
// negation and spelling (American, then British forms: generated into
// spelling.txt), and compare reads these for titles and cues: titledrop
// (words a title's role leaves out: nationalities, "former"),
// relational (roles no other title contradicts), genericcue (stems of
// cues that name no speech act), pending (words that mark an office not
// yet taken: "elect") and kingroup (kin words that name a group of
// speakers: "family"), speechnoun (nouns for what someone said,
// whose possessor speaks a quote in their clause), english (English
// words with a common sense, lemmas and irregular forms: a lone
// capitalised word opening a sentence that is one is no evidence of a
// name), and six quote reads: smallword,
// namingverb, indefinite, firstperson, shapeverb and elision. Attribute
// also reads these function-word lists: aux (auxiliaries and modals,
// the mark of a finite clause), directive (cue lemmas that ask someone
// to act: "urge", "call on"; forms may be several words), determiner,
// skippable (auxiliaries and adverbs between a speaker and a cue: "has
// also said"), timeword (days, months and occasions: "on Monday", "in a
// statement"), lynoun (nouns in -ly, no adverbs: "family"), reflexive,
// pairnoun (plural nouns that make "the two …" a pair: "leaders") and
// thingpronoun (pronouns for things: "it", "which"). The default lexicon lives in
// internal/lexdata: lexicon.txt documents each section; givennames.txt,
// states.txt, spelling.txt, adverbs.txt and english.txt are generated there.
//
// A Lexicon is not safe for concurrent modification; an Attributor
// copies what it needs in New.
type Lexicon struct {
	words  map[string]map[string]string // section → lower-case form → value (lemma or pronoun kind)
	shared map[string]bool              // sections that are still the built-in lexicon's maps: copied before a write
}

// defaultLexicon is the built-in lexicon, parsed once and never written:
// every DefaultLexicon shares its section maps until it writes one.
var defaultLexicon = sync.OnceValues(func() (*Lexicon, error) {
	return ParseLexicon(strings.NewReader(lexdata.Text()))
})

// DefaultLexicon returns a fresh copy of the built-in lexicon.
func DefaultLexicon() *Lexicon {
	lx, err := defaultLexicon()
	if err != nil {
		panic("attribute: bad built-in lexicon: " + err.Error()) // a build defect, caught by tests
	}
	words := make(map[string]map[string]string, len(lx.words))
	shared := make(map[string]bool, len(lx.words))
	for sec, m := range lx.words {
		words[sec], shared[sec] = m, true
	}
	return &Lexicon{words: words, shared: shared}
}

// ParseLexicon reads a lexicon in the format described at Lexicon.
func ParseLexicon(r io.Reader) (*Lexicon, error) {
	lx := &Lexicon{words: map[string]map[string]string{}}
	if err := lx.read(r); err != nil {
		return nil, err
	}
	return lx, nil
}

// Merge adds every entry of other to lx.
func (lx *Lexicon) Merge(other *Lexicon) {
	for sec, m := range other.words {
		for k, v := range m {
			lx.set(sec, k, v)
		}
	}
}

// Add adds forms to section; for the cue section the first form is the
// lemma, for the pronoun section kind must be given as "= kind" in the
// last form.
func (lx *Lexicon) Add(section string, forms ...string) error {
	if !knownSections[section] {
		return fmt.Errorf("%w: %q", ErrSection, section)
	}
	return lx.addEntry(section, forms)
}

func (lx *Lexicon) set(sec, k, v string) {
	if lx.words == nil {
		lx.words = map[string]map[string]string{}
	}
	m := lx.words[sec]
	if lx.shared[sec] {
		m = maps.Clone(m)
		lx.words[sec] = m
		delete(lx.shared, sec)
	}
	if m == nil {
		m = map[string]string{}
		lx.words[sec] = m
	}
	m[k] = v
}

func (lx *Lexicon) read(r io.Reader) error {
	// One string for the whole text: the forms kept are slices of it,
	// not one allocation a line (the default lexicon has 90k lines).
	raw, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	rest := string(raw)
	sec := ""
	var one [1]string
	for n := 1; rest != ""; n++ {
		line, after, _ := strings.Cut(rest, "\n")
		rest = after
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]") {
			sec = strings.TrimSpace(line[1 : len(line)-1])
			if !knownSections[sec] {
				return fmt.Errorf("%w: line %d: %q", ErrSection, n, sec)
			}
			continue
		}
		if sec == "" {
			return fmt.Errorf("%w: line %d: entry before any [section]", ErrSyntax, n)
		}
		forms := one[:]
		if strings.IndexByte(line, '|') < 0 {
			one[0] = line
		} else {
			forms = strings.Split(line, "|")
		}
		if err := lx.addEntry(sec, forms); err != nil {
			return fmt.Errorf("line %d: %w", n, err)
		}
	}
	return nil
}

func (lx *Lexicon) addEntry(sec string, forms []string) error {
	val := ""
	if sec == secPronoun {
		last := forms[len(forms)-1]
		i := strings.IndexByte(last, '=')
		if i < 0 {
			return fmt.Errorf("%w: pronoun entry needs \"= kind\"", ErrSyntax)
		}
		val = strings.TrimSpace(last[i+1:])
		forms = append(forms[:len(forms)-1:len(forms)-1], last[:i])
	}
	var first string
	if (sec == secSynonym || sec == secSpelling) && len(forms) > 0 {
		val = strings.ToLower(strings.TrimSpace(forms[0]))
	}
	if (sec == secAlias || sec == secSeat) && len(forms) > 0 {
		val = strings.Join(strings.Fields(forms[0]), " ")
		if val == "" {
			return fmt.Errorf("%w: empty alias", ErrSyntax)
		}
	}
	for _, f := range forms {
		f = normForm(f)
		if f == "" {
			continue
		}
		if sec != secCue && sec != secAlias && sec != secSayVerb && sec != secDirective && sec != secSeat && sec != secSynonym && strings.IndexByte(f, ' ') >= 0 {
			return fmt.Errorf("%w: section %s takes single words, got %q", ErrSyntax, sec, f)
		}
		skip := false
		if sec == secCue && strings.HasPrefix(f, "~") {
			f, skip = strings.TrimPrefix(f, "~"), true
		}
		if first == "" {
			first = f
		}
		if skip {
			continue
		}
		v := val
		if sec == secCue || sec == secSayVerb || sec == secOfficeVerb {
			v = first
		}
		lx.set(sec, f, v)
	}
	if first == "" {
		return fmt.Errorf("%w: empty entry", ErrSyntax)
	}
	return nil
}

// normForm lower-cases a form and collapses its spaces; a form with no
// inner space is not copied.
func normForm(f string) string {
	f = strings.TrimSpace(f)
	if strings.IndexFunc(f, unicode.IsSpace) >= 0 {
		f = strings.Join(strings.Fields(f), " ")
	}
	return strings.ToLower(f)
}

// Words returns a copy of section's entries: each lower-case form with
// its value (the first form of its entry in the synonym, alias and seat
// sections, the lemma in the cue and officeverb sections, "" in
// single-word lists).
func (lx *Lexicon) Words(section string) map[string]string {
	m := make(map[string]string, len(lx.words[section]))
	for k, v := range lx.words[section] {
		m[k] = v
	}
	return m
}

// Has reports whether word (matched ignoring ASCII case) is a form in
// section; other packages read the lexicon through it, so that every
// stage reads one word list.
func (lx *Lexicon) Has(section, word string) bool {
	_, ok := lx.words[section][strings.ToLower(word)]
	return ok
}
