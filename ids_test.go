package verbatim

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestStableIDs checks that quote and cluster ids depend on what
// identifies each article, not on how its folder was typed.
func TestStableIDs(t *testing.T) {
	abs, err := filepath.Abs(filepath.Join("testdata", "corpus"))
	require.NoError(t, err)
	ids := func(path string) (quotes, clusters []string) {
		docs, err := Load(path)
		require.NoError(t, err)
		rep, err := Check(docs)
		require.NoError(t, err)
		for _, q := range rep.Quotes {
			quotes = append(quotes, q.ID)
		}
		for _, c := range rep.Clusters {
			clusters = append(clusters, c.ID)
		}
		require.NotEmpty(t, quotes)
		return quotes, clusters
	}
	wantQ, wantC := ids("testdata/corpus")
	for _, path := range []string{"./testdata/corpus", "testdata/corpus/", abs, "testdata/../testdata/corpus"} {
		q, c := ids(path)
		assert.Equal(t, wantQ, q, "quote ids from %s", path)
		assert.Equal(t, wantC, c, "cluster ids from %s", path)
	}
}

func TestDocumentKeys(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "wire"), 0o755))
	files := map[string]string{
		"a.txt": "The mayor said “we will reopen the port”.",
		"wire/b.jsonl": `{"id": 7, "text": "one"}` + "\n" +
			`{"text": "two"}` + "\n" +
			`{"id": "x", "url": "https://example.org/story", "text": "three"}` + "\n",
	}
	for name, text := range files {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644))
	}
	keys := func(paths ...string) []string {
		docs, err := Load(paths...)
		require.NoError(t, err)
		var out []string
		for _, d := range docs {
			out = append(out, d.Key)
		}
		return out
	}
	assert.Equal(t, []string{"a.txt", "wire/b.jsonl#7", "wire/b.jsonl:2", "https://example.org/story"}, keys(dir),
		"relative to the folder given; a URL wins")
	assert.Equal(t, []string{"b.jsonl#7", "b.jsonl:2", "https://example.org/story"}, keys(filepath.Join(dir, "wire", "b.jsonl")),
		"a file given directly is keyed by its name")
}
