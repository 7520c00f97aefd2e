package input

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestJSONLLineTooLong: a line over the limit is an error on its line,
// and the lines after it are still read.
func TestJSONLLineTooLong(t *testing.T) {
	defer func(n int) { maxLineBytes = n }(maxLineBytes)
	maxLineBytes = 100
	long := `{"id": "long", "text": "` + strings.Repeat("word ", 100) + `"}`
	in := `{"id": "a", "text": "x"}` + "\n" + long + "\n" + `{"id": "b", "text": "y"}` + "\n" + long
	var names []string
	var errs []*Error
	for d, err := range JSONL.Read("f.jsonl", "f.jsonl", strings.NewReader(in)) {
		if err != nil {
			errs = append(errs, AsError(err))
			continue
		}
		names = append(names, d.Name)
	}
	assert.Equal(t, []string{"f.jsonl#a", "f.jsonl#b"}, names)
	require.Len(t, errs, 2)
	for i, line := range []int{2, 4} {
		assert.Equal(t, line, errs[i].Line)
		assert.ErrorIs(t, errs[i], ErrFileTooLarge)
	}
}

// TestReaders: each format reads its file into documents with the name,
// key and text the rules give; a file named directly with no Reader is
// text, but a web page with none is refused.
func TestReaders(t *testing.T) {
	for _, tt := range []struct {
		name, file, in string
		names, keys    []string
	}{
		{"a text file is one document", "a.txt", "“We will reply,” the ministry said.",
			[]string{"a.txt"}, []string{"dir/a.txt"}},
		{"a JSON Lines file is a document per line, keyed by id or URL", "w.jsonl",
			`{"id": 7, "text": "a"}` + "\n" + `{"url": "https://example.org/x", "text": "b"}`,
			[]string{"w.jsonl#7", "w.jsonl:2"}, []string{"dir/w.jsonl#7", "https://example.org/x"}},
	} {
		r, err := ForFile(tt.file)
		require.NoError(t, err, tt.name)
		var names, keys []string
		for d, err := range r.Read(tt.file, "dir/"+tt.file, strings.NewReader(tt.in)) {
			require.NoError(t, err, tt.name)
			names, keys = append(names, d.Name), append(keys, d.Key)
		}
		assert.Equal(t, tt.names, names, tt.name)
		assert.Equal(t, tt.keys, keys, tt.name)
	}
	r, err := ForFile("notes.md")
	assert.NoError(t, err, "a file of another extension named directly")
	assert.Equal(t, Text, r)
	if _, ok := For("page.html"); !ok { // package input/html not imported here
		_, err := ForFile("page.HTML")
		assert.ErrorIs(t, err, ErrNoReader, "a web page is not read as text")
	}
}
