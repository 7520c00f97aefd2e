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
package main

import (
	"bufio"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
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
			if len(fs) < 6 || !oneWord(fs[0]) {
				continue
			}
			synsetCount, err1 := strconv.Atoi(fs[2])
			ptrCount, err2 := strconv.Atoi(fs[3])
			if err1 != nil || err2 != nil || len(fs) < 6+ptrCount+synsetCount {
				continue
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
	for _, pos := range []string{"noun", "verb", "adj", "adv"} {
		f, err := os.Open(filepath.Join(*dict, "data."+pos))
		if err != nil {
			log.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			line := sc.Text()
			if strings.HasPrefix(line, " ") {
				continue
			}
			fs := strings.Fields(line)
			if len(fs) < 4 {
				continue
			}
			n, err := strconv.ParseInt(fs[3], 16, 32)
			if err != nil || len(fs) < 4+2*int(n) {
				continue
			}
			ok := allowed[key{pos, fs[0]}]
			var words []string
			seen := map[string]bool{}
			for i := 0; i < int(n); i++ {
				w := strings.ToLower(fs[4+2*i])
				if j := strings.IndexByte(w, '('); j >= 0 {
					w = w[:j] // adjective markers: "(a)", "(p)"
				}
				if oneWord(w) && ok[w] && !seen[w] {
					seen[w] = true
					words = append(words, w)
				}
			}
			if len(words) >= 2 {
				sort.Strings(words)
				sets = append(sets, strings.Join(words, " "))
			}
		}
		f.Close()
	}
	sort.Strings(sets)
	lic, err := os.ReadFile("/usr/share/doc/wordnet-base/copyright")
	if err != nil {
		log.Fatal(err)
	}
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintln(w, "# Synonym sets from WordNet 3.0, written by compare/internal/genwordnet; do not edit.")
	fmt.Fprintln(w, "# One set a line. WordNet's licence follows, as it asks to travel with every copy.")
	for _, l := range strings.Split(strings.TrimSpace(string(lic)), "\n") {
		fmt.Fprintln(w, strings.TrimRight("# "+l, " "))
	}
	prev := ""
	for _, s := range sets {
		if s != prev {
			fmt.Fprintln(w, s)
		}
		prev = s
	}
	if err := w.Flush(); err != nil {
		log.Fatal(err)
	}
}

// oneWord reports whether w is one lower-case word of letters.
func oneWord(w string) bool {
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
