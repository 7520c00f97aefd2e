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
