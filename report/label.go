package report

import (
	"path"
	"strconv"
	"strings"
	"unicode"

	"github.com/verbatim-nlp/verbatim/compare"
)

// Labels returns the name the page gives each document of rep, by
// DocSummary.Doc: its outlet where the input names one (a JSON Lines
// field, a saved page's metadata); else a readable name made from the
// file name ("01_bbc-news.txt" gives "bbc news") with hash-like parts
// dropped, or "Article 000" when nothing readable is left. Two
// documents never share a label: the second "Reuters" is "Reuters #2",
// in the order of rep.Documents.
func Labels(rep *compare.Report) map[string]string {
	out := make(map[string]string, len(rep.Documents))
	seen := map[string]int{}
	for i, d := range rep.Documents {
		l := strings.TrimSpace(d.Outlet)
		if l == "" {
			l = fileLabel(d.Doc, i+1)
		}
		seen[l]++
		if n := seen[l]; n > 1 {
			l += " #" + strconv.Itoa(n)
		}
		out[d.Doc] = l
	}
	return out
}

// fileLabel makes a readable name from a document name: the article id
// of "FILE#ID" (its file's name when the id is not readable), else the
// file name without folders and extension, split into words at _ - . +
// and spaces, without hash-like words or a leading numbering.
func fileLabel(doc string, n int) string {
	name, id := doc, ""
	if i := strings.LastIndexByte(name, '#'); i >= 0 {
		name, id = name[:i], name[i+1:]
	}
	line := ""
	if i := strings.LastIndex(name, ".jsonl:"); i >= 0 { // FILE:LINE
		name, line = name[:i+len(".jsonl")], name[i+len(".jsonl:"):]
	}
	base := path.Base(strings.ReplaceAll(name, "\\", "/"))
	if ext := path.Ext(base); len(ext) > 1 && len(ext) <= 6 {
		base = strings.TrimSuffix(base, ext)
	}
	if id != "" {
		if l, ok := readable(id); ok {
			return l
		}
	}
	l, ok := readable(base)
	switch {
	case ok && id != "":
		return l + ", article " + numberOr(id, n)
	case ok && line != "":
		return l + ", line " + line
	case ok:
		return l
	case line != "":
		return "Article, line " + line
	}
	return "Article " + numberOr(l, n)
}

// readable splits s into words and drops hash-like ones and a leading
// numbering. It reports whether a word with a letter is left; if not,
// it returns the numbers that are.
func readable(s string) (string, bool) {
	words := strings.FieldsFunc(s, func(r rune) bool {
		return r == '_' || r == '-' || r == '.' || r == '+' || unicode.IsSpace(r) || unicode.IsControl(r)
	})
	kept := words[:0]
	for _, w := range words {
		if !hashLike(w) {
			kept = append(kept, w)
		}
	}
	var nums []string
	for len(kept) > 0 && isDigits(kept[0]) {
		nums = append(nums, kept[0])
		kept = kept[1:]
	}
	if len(kept) == 0 {
		return strings.Join(nums, " "), false
	}
	return strings.Join(kept, " "), true
}

// hashLike reports a word of hex digits that mixes digits and letters
// (a digest, a UUID's part) or is a long run of them.
func hashLike(w string) bool {
	digit, letter := false, false
	for _, r := range w {
		switch {
		case r >= '0' && r <= '9':
			digit = true
		case r >= 'a' && r <= 'f', r >= 'A' && r <= 'F':
			letter = true
		default:
			return false
		}
	}
	return (digit && letter && len(w) >= 4) || len(w) >= 12
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// numberOr returns s when it is a number, else n.
func numberOr(s string, n int) string {
	if isDigits(s) {
		return s
	}
	return strconv.Itoa(n)
}
