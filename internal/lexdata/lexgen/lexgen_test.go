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

func TestLowerLemmasAndExceptions(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "data.noun")
	require.NoError(t, os.WriteFile(data, []byte("  1 licence line\n"+
		"00001 03 n 02 poll 0 opinion_poll 0 000 | a survey\n"+
		"00002 18 n 01 Clinton 0 000 | a president\n"+
		"00003 00 a 02 galore(ip) 0 Bush 0 000 | plenty\n"), 0o644))
	l, err := LowerLemmas(data)
	require.NoError(t, err)
	assert.Equal(t, map[string]bool{"poll": true, "opinion_poll": true, "galore": true}, l)

	exc := filepath.Join(dir, "noun.exc")
	require.NoError(t, os.WriteFile(exc, []byte("geese goose\naxes ax axis\n"), 0o644))
	e, err := Exceptions(exc)
	require.NoError(t, err)
	assert.Equal(t, map[string][]string{"geese": {"goose"}, "axes": {"ax", "axis"}}, e)
}

// TestSynset reads data-file lines shaped as WordNet writes them: the
// lemma count in hex, an adjective's position marker, the licence's
// indented lines and a line shorter than its count.
func TestSynset(t *testing.T) {
	fs, lemmas, ok := Synset("00123456 00 s 02 galore(ip) 0 aplenty 0 001 & 00987654 a 0000 | in abundance")
	require.True(t, ok)
	assert.Equal(t, "00123456", fs[0])
	assert.Equal(t, []string{"galore", "aplenty"}, lemmas)
	_, lemmas, ok = Synset("00222222 03 n 0a Poll 0 poll 0 001 @ 00333333 n 0000 | a count")
	require.False(t, ok, "0a is ten lemmas, the line holds two")
	assert.Nil(t, lemmas)
	_, _, ok = Synset("  1 This software and database is being provided")
	assert.False(t, ok, "a licence line")
}
