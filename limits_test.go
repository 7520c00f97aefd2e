package verbatim

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/verbatim-nlp/verbatim/attribute"
)

// MaxDocumentBytes keeps parts within what package attribute's 32-bit
// offsets can tokenize; out-of-range values leave the default.
func TestMaxDocumentBytesRange(t *testing.T) {
	for _, tt := range []struct{ n, want int }{
		{4096, 4096},
		{1 << 30, 1 << 30},
		{1<<30 + 1, DefaultMaxDocumentBytes},
		{100, DefaultMaxDocumentBytes},
	} {
		p, err := New(MaxDocumentBytes(tt.n))
		if err != nil {
			t.Fatal(err)
		}
		if p.limits.maxDoc != tt.want {
			t.Errorf("MaxDocumentBytes(%d): limit %d, want %d", tt.n, p.limits.maxDoc, tt.want)
		}
	}
}

// The zero Pipeline works like New(): it used to split every text into
// parts of 0 bytes, forever.
func TestZeroPipeline(t *testing.T) {
	text := []byte("“We will not back down,” the mayor said on Tuesday.\n\nShe called the plan “a first step”.")
	p, err := New()
	require.NoError(t, err)
	want := p.Extract(text)
	require.NotEmpty(t, want.Quotes)

	var z Pipeline
	assert.Equal(t, want, z.Extract(text), "Extract")
	res, err := z.ExtractDoc(Document{Name: "a.txt", Text: text})
	assert.NoError(t, err, "ExtractDoc: a short UTF-8 text has no warnings")
	assert.Equal(t, want, res, "ExtractDoc")
	assert.Equal(t, []*attribute.Result{want}, z.ExtractAll([]Document{{Name: "a.txt", Text: text}}), "ExtractAll")
	docs := []Document{{Name: "a.txt", Text: text}, {Name: "b.txt", Text: text}}
	assert.Equal(t, p.Check(docs), z.Check(docs), "Check")
	assert.Equal(t, []int{len(text)}, parts(text, 0), "parts with no limit")
}
