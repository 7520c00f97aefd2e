package attribute

import (
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-nlp/verbatim/internal/lexdata"
	"github.com/verbatim-nlp/verbatim/quote"
)

// TestLexiconDocNamesEverySection checks that Lexicon's doc comment and
// the default lexicon name every section the parser accepts.
func TestLexiconDocNamesEverySection(t *testing.T) {
	f, err := parser.ParseFile(gotoken.NewFileSet(), "lexicon.go", nil, parser.ParseComments)
	require.NoError(t, err)
	doc := ""
	ast.Inspect(f, func(n ast.Node) bool {
		if g, ok := n.(*ast.GenDecl); ok && g.Tok == gotoken.TYPE && len(g.Specs) == 1 && g.Specs[0].(*ast.TypeSpec).Name.Name == "Lexicon" {
			doc = g.Doc.Text()
		}
		return true
	})
	require.NotEmpty(t, doc, "Lexicon has no doc comment")
	words := map[string]bool{}
	for _, w := range strings.FieldsFunc(doc, func(r rune) bool { return !('a' <= r && r <= 'z') }) {
		words[w] = true
	}
	text := lexdata.Text()
	for sec := range knownSections {
		assert.True(t, words[sec], "Lexicon's doc comment does not name section %q", sec)
		assert.Contains(t, text, "["+sec+"]", "the default lexicon has no section %q", sec)
	}
}

// TestFunctionWordSections checks that attribute reads its function-word
// lists from the lexicon: a word a custom lexicon adds to a section
// changes the reading of that word.
func TestFunctionWordSections(t *testing.T) {
	tests := []struct {
		sec, word, src string
		is             func(d *doc, t int) bool
	}{
		{secAux, "ought", "The city ought to pay, she said.", (*doc).finiteAux},
		{secDeterminer, "every", "Every official agreed, he said.", (*doc).det},
		{secSkippable, "duly", "The minister duly said it was over.", (*doc).auxOrAdverb},
		{secTimeWord, "dawn", "She said at dawn that it was over.", (*doc).timeWord},
		{secLyNoun, "homily", "The homily said little.", func(d *doc, t int) bool { return !d.lyAdverb(t) }},
		{secReflexive, "oneself", "To say so oneself is brave.", (*doc).reflexive},
		{secPairNoun, "mayors", "The two mayors said so.", func(d *doc, t int) bool { return d.pairPhrase(t-1, t+1) }},
		{secDirective, "implore", "They implore him to stay.", func(d *doc, _ int) bool { return d.directive(cueHit{lemma: "implore"}) }},
		{secThingPron, "whichever", "Whichever said it, it stands.", func(d *doc, t int) bool {
			return d.thingPronoun(speakerRef{pronoun: true, mention: quote.Mention{Text: "Whichever"}})
		}},
	}
	for _, tc := range tests {
		t.Run(tc.sec, func(t *testing.T) {
			base, err := New()
			require.NoError(t, err)
			custom, err := New(LexiconFrom(strings.NewReader("[" + tc.sec + "]\n" + tc.word + "\n")))
			require.NoError(t, err)
			for _, c := range []struct {
				a    *Attributor
				want bool
			}{{base, false}, {custom, true}} {
				d := newDoc(c.a, []byte(tc.src), nil)
				k := 0
				for k < len(d.toks) && !strings.EqualFold(d.text(k, k+1), tc.word) {
					k++
				}
				require.Less(t, k, len(d.toks), "no token %q", tc.word)
				assert.Equal(t, c.want, tc.is(d, k), "%s %q", tc.sec, tc.word)
				d.release()
			}
		})
	}
}
