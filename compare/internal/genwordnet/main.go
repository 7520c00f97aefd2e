// Command genwordnet writes compare/wordnet.txt, the synonym table that
// package compare embeds, from the WordNet 3.0 database files (Debian's
// wordnet-base package installs them in /usr/share/wordnet):
//
//	go run ./compare/internal/genwordnet -dict /usr/share/wordnet > compare/wordnet.txt
//
// A line of the table is one synonym set: its one-word lemmas in lower
// case, separated by spaces. A word is kept in a set only when the set
// is among the word's first senses (WordNet orders a word's senses by
// frequency), so that rare senses ("shining" as a kind of polishing)
// join nothing; a set left with fewer than two words is dropped. The
// file starts with WordNet's licence, which asks that it travel with
// every copy.
//
// After the sets come the negated adjectives, one a line behind a "!":
// an adjective that is a negating prefix (un, in, im, il, ir, dis, non)
// on the adjective WordNet gives as its direct antonym ("!impossible
// possible"), so that "impossible" and "not possible" compare equal.
// The antonym must be at least as frequent as the negated word in
// WordNet's tagged texts (cntlist.rev), and seen there: "immediate" is
// no negation of the rare "mediate". A participle of a verb
// ("unveiled", of "unveil") is left out: it is usually the verb.
//
// Last come the evaluative adjectives, one a line behind a "~": a word
// with a satellite adjective among its first senses, an adjective WordNet
// files as similar to a head adjective ("striking", "resounding";
// "shining" as "marked by exceptional merit"), which describes or rates;
// a word WordNet also files as relating to a noun (a pertainym:
// "electoral", "municipal") is left out.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/verbatim-nlp/verbatim/internal/lexdata/lexgen"
)

// senses is how many of a word's most frequent senses, per part of
// speech, may put it in a synonym set.
const senses = 2

func main() {
	dict := flag.String("dict", "/usr/share/wordnet", "folder of the WordNet database files")
	flag.Parse()
	type key struct {
		pos    string
		offset string
	}
	allowed := map[key]map[string]bool{} // synset → words for which it is a first sense
	relational := map[string]bool{}      // adjectives with a sense that relates to a noun
	for _, pos := range []string{"noun", "verb", "adj", "adv"} {
		f, err := os.Open(filepath.Join(*dict, "index."+pos))
		if err != nil {
			log.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			line := sc.Text()
			if strings.HasPrefix(line, " ") {
				continue // licence header
			}
			fs := strings.Fields(line)
			if len(fs) < 6 || !lexgen.OneWord(fs[0]) {
				continue
			}
			synsetCount, err1 := strconv.Atoi(fs[2])
			ptrCount, err2 := strconv.Atoi(fs[3])
			if err1 != nil || err2 != nil || len(fs) < 6+ptrCount+synsetCount {
				continue
			}
			if pos == "adj" && slices.Contains(fs[4:4+ptrCount], "\\") {
				relational[fs[0]] = true // a pertainym: "electoral", of electors
			}
			offsets := fs[6+ptrCount:]
			for i, off := range offsets {
				if i >= senses {
					break
				}
				k := key{pos, off}
				if allowed[k] == nil {
					allowed[k] = map[string]bool{}
				}
				allowed[k][fs[0]] = true
			}
		}
		if err := sc.Err(); err != nil {
			log.Fatal(err)
		}
		f.Close()
	}
	var sets []string
	negated := map[string]string{}
	satellites := map[string]bool{} // adjectives with a satellite among their first senses
	for _, pos := range []string{"noun", "verb", "adj", "adv"} {
		if pos == "adj" {
			freq := adjectiveCounts(filepath.Join(*dict, "cntlist.rev"))
			verbs, err := lexgen.Lemmas(filepath.Join(*dict, "index.verb"))
			if err != nil {
				log.Fatal(err)
			}
			for w, base := range negatedAdjectives(filepath.Join(*dict, "data.adj")) {
				participle := strings.HasSuffix(w, "ed") && (verbs[w[:len(w)-1]] || verbs[w[:len(w)-2]] ||
					w[len(w)-3] == w[len(w)-4] && verbs[w[:len(w)-3]]) // "unwrapped"
				if freq[base] > 0 && freq[base] >= freq[w] && !participle {
					negated[w] = base
				}
			}
		}
		err := lexgen.EachLine(filepath.Join(*dict, "data."+pos), func(line string) {
			fs, lemmas, ok := lexgen.Synset(line)
			if !ok {
				return
			}
			allow := allowed[key{pos, fs[0]}]
			var words []string
			seen := map[string]bool{}
			for _, w := range lemmas {
				w = strings.ToLower(w)
				if lexgen.OneWord(w) && allow[w] && !seen[w] {
					seen[w] = true
					words = append(words, w)
					if fs[2] == "s" {
						satellites[w] = true
					}
				}
			}
			if len(words) >= 2 {
				sort.Strings(words)
				sets = append(sets, strings.Join(words, " "))
			}
		})
		if err != nil {
			log.Fatal(err)
		}
	}
	sort.Strings(sets)
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintln(w, "# Synonym sets from WordNet 3.0, written by compare/internal/genwordnet; do not edit.")
	fmt.Fprintln(w, "# One set a line. WordNet's licence follows, as it asks to travel with every copy.")
	if err := lexgen.WriteLicence(w, lexgen.WordNetCopyright); err != nil {
		log.Fatal(err)
	}
	prev := ""
	for _, s := range sets {
		if s != prev {
			fmt.Fprintln(w, s)
		}
		prev = s
	}
	neg := make([]string, 0, len(negated))
	for w := range negated {
		neg = append(neg, w)
	}
	sort.Strings(neg)
	for _, n := range neg {
		fmt.Fprintf(w, "!%s %s\n", n, negated[n])
	}
	sat := make([]string, 0, len(satellites))
	for a := range satellites {
		if !relational[a] {
			sat = append(sat, a)
		}
	}
	sort.Strings(sat)
	for _, a := range sat {
		fmt.Fprintf(w, "~%s\n", a)
	}
	if err := w.Flush(); err != nil {
		log.Fatal(err)
	}
}

// negPrefixes are the prefixes that negate an English adjective.
var negPrefixes = []string{"un", "in", "im", "il", "ir", "dis", "non"}

// negatedAdjectives reads WordNet's adjective data and returns each
// adjective that is a negating prefix on its direct antonym, mapped to
// the antonym: "impossible" → "possible", "unable" → "able".
func negatedAdjectives(path string) map[string]string {
	type ptr struct {
		word   string // the source lemma
		offset string // the target synset
		target int    // the target lemma's number, from 1
	}
	words := map[string][]string{} // synset offset → its lemmas, in order
	var ants []ptr
	err := lexgen.EachLine(path, func(line string) {
		fs, lemmas, ok := lexgen.Synset(line)
		if !ok {
			return
		}
		ws := make([]string, len(lemmas))
		for i, w := range lemmas {
			ws[i] = strings.ToLower(w)
		}
		words[fs[0]] = ws
		p := 4 + 2*len(ws)
		if len(fs) <= p {
			return
		}
		np, err := strconv.Atoi(fs[p])
		if err != nil || len(fs) < p+1+4*np {
			return
		}
		for k := 0; k < np; k++ {
			sym, off, st := fs[p+1+4*k], fs[p+2+4*k], fs[p+4+4*k]
			if sym != "!" || len(st) != 4 {
				continue
			}
			src, err1 := strconv.ParseInt(st[:2], 16, 32)
			dst, err2 := strconv.ParseInt(st[2:], 16, 32)
			if err1 != nil || err2 != nil || src < 1 || int(src) > len(ws) || dst < 1 {
				continue
			}
			ants = append(ants, ptr{word: ws[src-1], offset: off, target: int(dst)})
		}
	})
	if err != nil {
		log.Fatal(err)
	}
	out := map[string]string{}
	for _, a := range ants {
		tw := words[a.offset]
		if a.target > len(tw) {
			continue
		}
		base := tw[a.target-1]
		if !lexgen.OneWord(a.word) || !lexgen.OneWord(base) {
			continue
		}
		for _, p := range negPrefixes {
			if a.word == p+base {
				out[a.word] = base
			}
		}
	}
	return out
}

// adjectiveCounts returns how often each adjective is tagged in
// WordNet's semantic concordance (cntlist.rev), over all its senses.
func adjectiveCounts(path string) map[string]int {
	f, err := os.Open(path)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	out := map[string]int{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fs := strings.Fields(sc.Text())
		if len(fs) != 3 {
			continue
		}
		lemma, key, ok := strings.Cut(fs[0], "%")
		if !ok || !strings.HasPrefix(key, "3:") && !strings.HasPrefix(key, "5:") {
			continue
		}
		n, err := strconv.Atoi(fs[2])
		if err != nil {
			continue
		}
		out[strings.ToLower(lemma)] += n
	}
	if err := sc.Err(); err != nil {
		log.Fatal(err)
	}
	return out
}
