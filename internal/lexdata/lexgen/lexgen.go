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
	err := eachLine(path, func(line string) {
		if l, _, ok := strings.Cut(line, " "); ok && l != "" {
			out[l] = true
		}
	})
	return out, err
}

// eachLine calls fn with each line of the file at path, up to 1 MB long
// (WordNet's data lines run long).
func eachLine(path string, fn func(line string)) error {
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
	err := eachLine(path, func(line string) {
		// offset lex_filenum ss_type w_cnt (word lex_id)…; the licence
		// lines start with spaces.
		p := strings.Fields(line)
		if len(p) < 4 || strings.HasPrefix(line, " ") {
			return
		}
		n, err := strconv.ParseUint(p[3], 16, 16)
		if err != nil {
			return
		}
		for i := 0; i < int(n) && 4+2*i < len(p); i++ {
			w, _, _ := strings.Cut(p[4+2*i], "(") // "galore(ip)": an adjective's position
			if w != "" && w[0] >= 'a' && w[0] <= 'z' {
				out[w] = true
			}
		}
	})
	return out, err
}

// Exceptions returns the inflected forms of a WordNet exception file
// (noun.exc, …), each with its base forms: "women" → ["woman"].
func Exceptions(path string) (map[string][]string, error) {
	out := map[string][]string{}
	err := eachLine(path, func(line string) {
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
