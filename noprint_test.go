package verbatim

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestLibraryDoesNotPrint holds RELIABILITY.md's promise that library
// code neither prints nor exits: in this module, outside cmd/,
// examples/ and package main (generators), no non-test file uses os.Stdout, os.Stderr, os.Exit, fmt.Print*, the log
// package or the print builtins.
func TestLibraryDoesNotPrint(t *testing.T) {
	banned := map[string]bool{"os.Stdout": true, "os.Stderr": true, "os.Exit": true,
		"fmt.Print": true, "fmt.Printf": true, "fmt.Println": true}
	fset := token.NewFileSet()
	files := 0
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && path != "." {
			if path == "cmd" || path == "examples" || d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			if _, err := os.Stat(filepath.Join(path, "go.mod")); err == nil {
				return filepath.SkipDir // another module (beam/), with its own rules
			}
		}
		if d.IsDir() && path != "." {
			// A folder with a go.mod of its own (bench/, beam/) is another
			// module with its own rules: beam's workers log through Beam.
			if _, err := os.Stat(filepath.Join(path, "go.mod")); err == nil {
				return filepath.SkipDir
			}
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return err
		}
		if f.Name.Name == "main" {
			return nil // a generator is a command
		}
		files++
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.SelectorExpr:
				if x, ok := n.X.(*ast.Ident); ok {
					name := x.Name + "." + n.Sel.Name
					assert.False(t, banned[name] || x.Name == "log", "%s: %s", fset.Position(n.Pos()), name)
				}
			case *ast.CallExpr:
				if id, ok := n.Fun.(*ast.Ident); ok && (id.Name == "print" || id.Name == "println") {
					t.Errorf("%s: %s", fset.Position(n.Pos()), id.Name)
				}
			}
			return true
		})
		return nil
	})
	require.NoError(t, err)
	assert.Greater(t, files, 10, "the library's files were found")
}
