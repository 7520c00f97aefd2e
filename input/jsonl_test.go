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

// TestJSONLOutletFields: the outlet and date are read under the names
// other JSON Lines formats give them, "outlet" and "published" first,
// and a field of an unexpected shape is ignored, not an error.
func TestJSONLOutletFields(t *testing.T) {
	for _, tt := range []struct {
		name, line, outlet, published string
	}{
		{"outlet", `{"outlet": "Daily Ledger", "text": "x"}`, "Daily Ledger", ""},
		{"publisher, as PolNeAR gives it",
			`{"id": "ledger_2016-09-08_council", "publisher": "ledger", "publication_date": "2016-09-08", "text": "x"}`,
			"ledger", "2016-09-08"},
		{"site_name, as Open Graph gives it", `{"site_name": "The Harbour Times", "text": "x"}`, "The Harbour Times", ""},
		{"source as a string", `{"source": "Valley Radio", "text": "x"}`, "Valley Radio", ""},
		{"source as a news API's object", `{"source": {"id": "vr", "name": "Valley Radio"}, "text": "x"}`, "Valley Radio", ""},
		{"outlet wins over publisher", `{"outlet": "Daily Ledger", "publisher": "ledger-co", "text": "x"}`, "Daily Ledger", ""},
		{"publisher wins over source", `{"source": "Wire Service", "publisher": "ledger", "text": "x"}`, "ledger", ""},
		{"an empty publisher falls through to site_name", `{"publisher": " ", "site_name": "The Harbour Times", "text": "x"}`, "The Harbour Times", ""},
		{"published wins over publication_date", `{"published": "2020-01-02", "publication_date": "2020-01-01", "text": "x"}`, "", "2020-01-02"},
		{"a number or a list is no outlet", `{"publisher": 12, "source": ["a"], "publication_date": 2020, "text": "x"}`, "", ""},
	} {
		docs, errs := ReadJSONL("f.jsonl", []byte(tt.line))
		require.Empty(t, errs, tt.name)
		require.Len(t, docs, 1, tt.name)
		assert.Equal(t, tt.outlet, docs[0].Outlet, tt.name)
		assert.Equal(t, tt.published, docs[0].Published, tt.name)
	}
}

// TestSentinelPrefix: the package's sentinel errors carry its name, as
// Go's own packages' errors do ("bufio.Scanner: token too long").
func TestSentinelPrefix(t *testing.T) {
	for name, err := range map[string]error{
		"ErrNoText": ErrNoText, "ErrNotRegular": ErrNotRegular, "ErrFileTooLarge": ErrFileTooLarge,
		"ErrBadID": ErrBadID, "ErrNoReader": ErrNoReader, "errLineTooLong": errLineTooLong,
	} {
		assert.True(t, strings.HasPrefix(err.Error(), "input: "), "%s: %q", name, err)
	}
}
