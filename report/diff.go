package report

import (
	"strings"
	"unicode"
)

// An Op says what a Chunk of a word diff is.
type Op uint8

// The ops of a word diff.
const (
	Equal  Op = iota // in both renderings
	Delete           // only in the first (the reference)
	Insert           // only in the second
)

// A Chunk is a run of words with one Op. Text keeps the words as the
// rendering spells them, punctuation included, joined by single spaces.
type Chunk struct {
	Op   Op
	Text string
}

// maxDiffCells bounds the LCS table; beyond it (two renderings of some
// 1,400 words each) WordDiff gives up and reports a whole replacement,
// which keeps rendering linear in practice.
const maxDiffCells = 2_000_000

// WordDiff returns the word-level differences that turn a into b: the
// longest common subsequence of their words, compared without case,
// surrounding punctuation, or the difference between ’ and '. Equal
// chunks show b's spelling. The result is deterministic: among equally
// long alignments, deletions come before insertions.
func WordDiff(a, b string) []Chunk {
	wa, wb := strings.Fields(a), strings.Fields(b)
	ka, kb := keys(wa), keys(wb)
	n, m := len(wa), len(wb)
	if n == 0 || m == 0 || n*m > maxDiffCells {
		var out []Chunk
		out = appendChunk(out, Delete, wa...)
		return appendChunk(out, Insert, wb...)
	}
	// lcs[i*(m+1)+j] is the LCS length of ka[i:] and kb[j:].
	lcs := make([]int32, (n+1)*(m+1))
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			switch {
			case ka[i] == kb[j]:
				lcs[i*(m+1)+j] = lcs[(i+1)*(m+1)+j+1] + 1
			default:
				lcs[i*(m+1)+j] = max(lcs[(i+1)*(m+1)+j], lcs[i*(m+1)+j+1])
			}
		}
	}
	var out []Chunk
	i, j := 0, 0
	for i < n && j < m {
		switch {
		case ka[i] == kb[j]:
			out = appendChunk(out, Equal, wb[j])
			i++
			j++
		case lcs[(i+1)*(m+1)+j] >= lcs[i*(m+1)+j+1]:
			out = appendChunk(out, Delete, wa[i])
			i++
		default:
			out = appendChunk(out, Insert, wb[j])
			j++
		}
	}
	out = appendChunk(out, Delete, wa[i:]...)
	return appendChunk(out, Insert, wb[j:]...)
}

// appendChunk adds words to the last chunk when it has the same op.
func appendChunk(out []Chunk, op Op, words ...string) []Chunk {
	if len(words) == 0 {
		return out
	}
	s := strings.Join(words, " ")
	if k := len(out) - 1; k >= 0 && out[k].Op == op {
		out[k].Text += " " + s
		return out
	}
	return append(out, Chunk{op, s})
}

// keys returns the comparison key of each word.
func keys(words []string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		w = strings.TrimFunc(w, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSymbol(r) })
		w = strings.ReplaceAll(w, "’", "'")
		out[i] = strings.ToLower(w)
	}
	return out
}
