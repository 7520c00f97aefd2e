package verbatim

import (
	"os/exec"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestNoHTMLStack: importing verbatim does not bring in the HTML reader
// (go-readability, golang.org/x/net/html and what they pull): a program
// that analyses text does not carry it, and one that reads web pages
// imports package input/html.
func TestNoHTMLStack(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list")
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command in PATH to list the dependencies")
	}
	deps := func(pkg string) string {
		out, err := exec.Command(goTool, "list", "-deps", pkg).Output()
		require.NoError(t, err, "go list -deps %s", pkg)
		return string(out)
	}
	root := deps(".")
	for _, heavy := range []string{"github.com/go-shiori/go-readability", "golang.org/x/net/html\n", "github.com/andybalholm/cascadia"} {
		assert.NotContains(t, root, heavy, "import verbatim pulls %s", strings.TrimSpace(heavy))
	}
	assert.Contains(t, deps("./input/html"), "github.com/go-shiori/go-readability", "the HTML reader is where it was moved")
}
