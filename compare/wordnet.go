package compare

import (
	_ "embed"
	"slices"
	"strings"
	"sync"
)

// wordnetSets is the synonym table: one WordNet synonym set a line,
// then negated adjectives ("!") and evaluative adjectives ("~"),
// written by compare/internal/genwordnet (go generate ./compare).
//
//go:generate sh -c "go run ./internal/genwordnet -dict /usr/share/wordnet > wordnet.txt"
//go:embed wordnet.txt
var wordnetSets string

// negatedWords maps an adjective negated by its prefix to its WordNet
// antonym ("impossible" → "possible"): the table's lines that start
// with "!".
var negatedWords = func() map[string]string {
	m := map[string]string{}
	for _, line := range strings.Split(wordnetSets, "\n") {
		if w, base, ok := strings.Cut(strings.TrimPrefix(line, "!"), " "); ok && strings.HasPrefix(line, "!") {
			m[w] = base
		}
	}
	return m
}()

// wordSets maps a lemma to the ids (line numbers) of its synonym sets,
// built on first use.
var wordSets = sync.OnceValue(func() map[string][]int32 {
	m := make(map[string][]int32, 32768)
	id := int32(0)
	for _, line := range strings.Split(wordnetSets, "\n") {
		if line == "" {
			continue
		}
		if strings.HasPrefix(line, "#") || strings.HasPrefix(line, "!") || strings.HasPrefix(line, "~") {
			continue
		}
		for _, w := range strings.Fields(line) {
			m[w] = append(m[w], id)
		}
		id++
	}
	return m
})

// synsetsOf returns the sorted synonym set ids of a normalised word: of
// the word itself and of the lemmas that taking off an inflection gives
// ("deficiencies" → "deficiency", "attempting" → "attempt").
func synsetsOf(w string) []int32 {
	m := wordSets()
	var out []int32
	add := func(l string) {
		out = append(out, m[l]...)
	}
	add(w)
	for _, rule := range inflections {
		if strings.HasSuffix(w, rule[0]) && len(w) > len(rule[0])+2 {
			add(w[:len(w)-len(rule[0])] + rule[1])
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// inflections are WordNet's detachment rules (suffix, replacement) for
// nouns, verbs and adjectives.
var inflections = [][2]string{
	{"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}, {"ied", "y"},
	{"es", "e"}, {"es", ""}, {"ed", "e"}, {"ed", ""}, {"ing", "e"}, {"ing", ""}, {"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"},
}

// sharesSet reports whether two sorted id lists share an id: two
// words a synset, two name forms a document.
func sharesSet(a, b []int32) bool {
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			return true
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return false
}
