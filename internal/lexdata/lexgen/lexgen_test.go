package lexgen

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestForms(t *testing.T) {
	p := filepath.Join(t.TempDir(), "names.txt")
	require.NoError(t, os.WriteFile(p, []byte("# header\n[female]\nMaria | Marie # inline note\n\n[male]\nLionel\n"), 0o644))
	m, err := Forms(p)
	require.NoError(t, err)
	assert.Equal(t, map[string]bool{"maria": true, "marie": true, "lionel": true}, m)
}

func TestLemmasAndLicence(t *testing.T) {
	dir := t.TempDir()
	idx := filepath.Join(dir, "index.adv")
	require.NoError(t, os.WriteFile(idx, []byte("  1 licence line\nafterwards r 1 0\nad_hoc r 1 0\n"), 0o644))
	l, err := Lemmas(idx)
	require.NoError(t, err)
	assert.True(t, l["afterwards"])
	assert.True(t, l["ad_hoc"])
	assert.False(t, OneWord("ad_hoc"))
	assert.True(t, OneWord("afterwards"))
	assert.False(t, OneWord("a"))

	lic := filepath.Join(dir, "copyright")
	require.NoError(t, os.WriteFile(lic, []byte("Licence: WordNet\n \n"), 0o644))
	var b bytes.Buffer
	require.NoError(t, WriteLicence(&b, lic))
	assert.Equal(t, "# Licence: WordNet\n", b.String())
}
