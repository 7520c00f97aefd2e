package compare

import (
	"slices"
	"strings"

	"github.com/verbatim-nlp/verbatim/attribute"
)

// stateOf returns the state a speaker's name or a title word stands
// for: "the Kremlin", "Moscow" and "Russia" all give Russia.
func stateOf(name string) (string, bool) {
	n := strings.ToLower(strings.TrimSpace(name))
	n = strings.TrimPrefix(n, "the ")
	n = strings.TrimSuffix(strings.TrimSuffix(n, "’s"), "'s")
	// attribute.State reads the lexicon's states, capitals, adjectives
	// and seats of government: one table for every stage.
	return attribute.State(n)
}

// sides records, per person, the state the person is (a speaker named
// "Russia" or "the Kremlin") and the states its titles name ("Russian
// President", "Kremlin aide"). A state and someone titled for it are
// one side: outlets credit a leader's words to the country.
type sides struct {
	self map[int32]int32   // person → state id
	aff  map[int32][]int32 // person → state ids named by titles
}

// buildSides fills sides for the current person groups. Two persons
// who are merely both titled for one state are not one side: Putin
// and Lavrov are both Russian.
func (r *run) buildSides() sides {
	s := sides{self: map[int32]int32{}, aff: map[int32][]int32{}}
	ids := map[string]int32{}
	id := func(st string) int32 {
		v, ok := ids[st]
		if !ok {
			v = int32(len(ids))
			ids[st] = v
		}
		return v
	}
	r.work += int64(len(r.forms))
	for f, fm := range r.forms {
		p := r.person(int32(f))
		if st, ok := stateOf(fm.text); ok {
			s.self[p] = id(st)
		}
		r.work += int64(len(fm.titles))
		for _, t := range fm.titles {
			for _, w := range strings.Fields(t.src) {
				if st, ok := stateOf(strings.Trim(w, ",.;:()“”\"'")); ok {
					s.aff[p] = appendUnique(s.aff[p], id(st))
				}
			}
		}
	}
	return s
}

// sameSide reports whether two renderings are credited to one person,
// or one to a state and the other to the state itself or someone its
// titles place in that state's service.
func (r *run) sameSide(a, b *utext) bool {
	if r.loose || sameSpeaker(a, b) {
		return true
	}
	return r.sides.stateFor(a, b) || r.sides.stateFor(b, a)
}

func (s *sides) stateFor(a, b *utext) bool {
	for i := uint8(0); i < a.nspk; i++ {
		st, ok := s.self[a.spk[i]]
		if !ok {
			continue
		}
		for j := uint8(0); j < b.nspk; j++ {
			p := b.spk[j]
			if v, ok := s.self[p]; ok && v == st {
				return true
			}
			for _, v := range s.aff[p] {
				if v == st {
					return true
				}
			}
		}
	}
	return false
}

// stateOf returns the state that every person of the credit ps is:
// “Russia” and “the Kremlin” credited together are Russia.
func (s *sides) stateOf(ps []int32) (int32, bool) {
	st := int32(-1)
	for _, p := range ps {
		v, ok := s.self[p]
		if !ok || st >= 0 && v != st {
			return -1, false
		}
		st = v
	}
	return st, st >= 0
}

// servedBy marks in out the states that every person of the credit ps
// is titled for, when none of them is a state: Wang Yi, “Chinese
// Foreign Minister”, serves China. A credit of a state serves nothing:
// two credits that are both the state would each drop the other and
// hide a third speaker. Together with stateOf it replaces asking, for
// every pair of credits, whether one is a state the other speaks for.
func (s *sides) servedBy(ps []int32, out map[int32]bool) {
	if len(ps) == 0 {
		return
	}
	for _, p := range ps {
		if _, ok := s.self[p]; ok {
			return
		}
	}
	for _, st := range s.aff[ps[0]] {
		all := true
		for _, p := range ps[1:] {
			all = all && slices.Contains(s.aff[p], st)
		}
		if all {
			out[st] = true
		}
	}
}

// genericCues (the lexicon's genericcue section) report speech without saying what kind of speech act it
// was; only a specific cue (denied, demanded, warned) is evidence that
// two paraphrases render one statement.
var genericCues = wordSet("genericcue")

// cueToken returns the specific speech-act token of a cue ("denied" →
// "deny"), or "" when the cue is generic or absent. buf is scratch
// space, returned for reuse.
func cueToken(buf []byte, cue string) (string, []byte) {
	buf = appendKey(buf[:0], cue)
	for rest := buf; len(rest) > 0; {
		var w []byte
		w, rest = nextWord(rest)
		t := matchToken(string(w))
		if t == "" || genericCues[t] {
			continue
		}
		return t, buf
	}
	return "", buf
}

// addCue records a specific cue of one of the quotes carrying u.
func (u *utext) addCue(c int32) {
	for i := uint8(0); i < u.ncue; i++ {
		if u.cue[i] == c {
			return
		}
	}
	if u.ncue < uint8(len(u.cue)) {
		u.cue[u.ncue] = c
		u.ncue++
	}
}

// sharedCue reports whether the two renderings share a specific cue.
func sharedCue(a, b *utext) bool {
	for i := uint8(0); i < a.ncue; i++ {
		for j := uint8(0); j < b.ncue; j++ {
			if a.cue[i] == b.cue[j] {
				return true
			}
		}
	}
	return false
}
