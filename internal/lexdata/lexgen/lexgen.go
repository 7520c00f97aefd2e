// Package lexgen holds what the lexicon's generators share: reading a
// lexicon file's forms, and reading WordNet's index files and licence.
// It is used by the generators only (genstates, genadverbs, genenglish,
// compare/internal/genwordnet), never at run time.
package lexgen

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

// Forms returns the lower-cased forms of a lexicon file's entries
// (givennames.txt, for one), all sections together.
func Forms(path string) (map[string]bool, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	m := map[string]bool{}
	for _, line := range strings.Split(string(raw), "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "[") {
			continue
		}
		for _, f := range strings.Split(line, "|") {
			if f = strings.ToLower(strings.TrimSpace(f)); f != "" {
				m[f] = true
			}
		}
	}
	return m, nil
}

// Lemmas returns the lemmas of a WordNet index file (index.noun, …).
func Lemmas(path string) (map[string]bool, error) {
	out := map[string]bool{}
	err := EachLine(path, func(line string) {
		if l, _, ok := strings.Cut(line, " "); ok && l != "" {
			out[l] = true
		}
	})
	return out, err
}

// EachLine calls fn with each line of the file at path, up to 1 MB long
// (WordNet's data lines run long).
func EachLine(path string, fn func(line string)) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		fn(sc.Text())
	}
	return sc.Err()
}

// LowerLemmas returns the lemmas of a WordNet data file (data.noun, …)
// that some synset writes in lower case: the word has a common sense,
// not only a proper one ("poll", "bush"; not "clinton", "paris").
func LowerLemmas(path string) (map[string]bool, error) {
	out := map[string]bool{}
	err := EachLine(path, func(line string) {
		if _, lemmas, ok := Synset(line); ok {
			for _, w := range lemmas {
				if w != "" && w[0] >= 'a' && w[0] <= 'z' {
					out[w] = true
				}
			}
		}
	})
	return out, err
}

// Exceptions returns the inflected forms of a WordNet exception file
// (noun.exc, …), each with its base forms: "women" → ["woman"].
func Exceptions(path string) (map[string][]string, error) {
	out := map[string][]string{}
	err := EachLine(path, func(line string) {
		if p := strings.Fields(line); len(p) >= 2 {
			out[p[0]] = append(out[p[0]], p[1:]...)
		}
	})
	return out, err
}

// OneWord reports whether w is one lower-case word of letters, two or
// more.
func OneWord(w string) bool {
	if len(w) < 2 {
		return false
	}
	for _, c := range w {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// WordNetCopyright is where Debian's wordnet-base ships WordNet's licence.
const WordNetCopyright = "/usr/share/doc/wordnet-base/copyright"

// WriteLicence writes the licence file at path as comment lines: WordNet
// asks that its licence travel with every copy of its data.
func WriteLicence(w io.Writer, path string) error {
	lic, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	for _, l := range strings.Split(strings.TrimSpace(string(lic)), "\n") {
		if _, err := fmt.Fprintln(w, strings.TrimRight("# "+l, " ")); err != nil {
			return err
		}
	}
	return nil
}

// Synset parses one line of a WordNet data file (data.noun, …): "offset
// lex_filenum ss_type w_cnt (word lex_id)… p_cnt …". It returns the
// line's fields and its lemmas as written, an adjective's position
// marker cut ("galore(ip)" → "galore"); ok is false for the licence's
// lines, which start with spaces, and for a line too short for its count.
func Synset(line string) (fields, lemmas []string, ok bool) {
	if strings.HasPrefix(line, " ") {
		return nil, nil, false
	}
	fields = strings.Fields(line)
	if len(fields) < 4 {
		return nil, nil, false
	}
	n, err := strconv.ParseUint(fields[3], 16, 16)
	if err != nil || len(fields) < 4+2*int(n) {
		return nil, nil, false
	}
	lemmas = make([]string, n)
	for i := range lemmas {
		lemmas[i], _, _ = strings.Cut(fields[4+2*i], "(")
	}
	return fields, lemmas, true
}
