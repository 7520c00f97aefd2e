package main

// The contract tests run "verbatim extract" and "verbatim check -format
// json" on small articles written for them, one txtar file per case in
// testdata/contract: the articles (*.txt) and the expected quotes
// (quotes.jsonl: document, kind, span, text, speaker, title, cue) and,
// where the case has one, flags (flags.jsonl: kind, subject, values).
// Confidence is documented as unstable: it is only checked to be in
// [0, 1]. After a change you mean, rewrite the expectations and review
// the diff like code:
//
//	go test ./cmd/verbatim -run Contract -update
//	git diff cmd/verbatim/testdata/contract

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/tools/txtar"
)

// contractQuote is what a case pins of one quote.
type contractQuote struct {
	Doc     string `json:"doc"`
	Kind    string `json:"kind"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Text    string `json:"text"`
	Speaker string `json:"speaker"`
	Title   string `json:"title,omitempty"`
	Cue     string `json:"cue,omitempty"`
}

// contractFlag is what a case pins of one flag.
type contractFlag struct {
	Kind    string   `json:"kind"`
	Subject string   `json:"subject"`
	Values  []string `json:"values"`
}

func TestContract(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "contract", "*.txtar"))
	require.NoError(t, err)
	require.NotEmpty(t, files, "no cases in testdata/contract")
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			ar, err := txtar.ParseFile(file)
			require.NoError(t, err)
			dir := t.TempDir()
			var articles []string
			sections := map[string]*txtar.File{}
			for i := range ar.Files {
				f := &ar.Files[i]
				if strings.HasSuffix(f.Name, ".txt") {
					require.NoError(t, os.WriteFile(filepath.Join(dir, f.Name), f.Data, 0o644))
					articles = append(articles, filepath.Join(dir, f.Name))
					continue
				}
				sections[f.Name] = f
			}
			require.NotEmpty(t, articles, "a case needs at least one article (*.txt)")
			require.Contains(t, sections, "quotes.jsonl")

			gotQuotes := extractQuotes(t, dir, articles)
			var gotFlags []contractFlag
			if sections["flags.jsonl"] != nil {
				gotFlags = checkFlags(t, articles)
			}
			if *update {
				sections["quotes.jsonl"].Data = jsonLines(t, gotQuotes)
				if f := sections["flags.jsonl"]; f != nil {
					f.Data = jsonLines(t, gotFlags)
				}
				require.NoError(t, os.WriteFile(file, txtar.Format(ar), 0o644))
				return
			}
			wantQuotes := parseLines[contractQuote](t, sections["quotes.jsonl"].Data)
			if diff := quoteDiff(wantQuotes, gotQuotes); diff != "" {
				t.Errorf("quotes differ from %s (-want +got):\n%s\nIf the change is intended: go test ./cmd/verbatim -run Contract -update", file, diff)
			}
			if f := sections["flags.jsonl"]; f != nil {
				assert.Equal(t, parseLines[contractFlag](t, f.Data), gotFlags, "flags of %s", file)
			}
		})
	}
}

// extractQuotes runs "verbatim extract" and checks the contract's
// field names and confidence on every record.
func extractQuotes(t *testing.T, dir string, articles []string) []contractQuote {
	t.Helper()
	var out, errs bytes.Buffer
	require.Zero(t, run(append([]string{"extract"}, articles...), &out, &errs), errs.String())
	var qs []contractQuote
	for _, line := range bytes.Split(bytes.TrimSpace(out.Bytes()), []byte("\n")) {
		if len(line) == 0 {
			continue
		}
		var rec map[string]json.RawMessage
		require.NoError(t, json.Unmarshal(line, &rec))
		for _, k := range contractFields {
			assert.Contains(t, rec, k, "contract field missing in %s", line)
		}
		var q contractQuote
		var extra struct {
			Cue        struct{ Text string } `json:"cue"`
			Confidence float64               `json:"confidence"`
		}
		rec["cue"] = json.RawMessage(`""`)
		b, err := json.Marshal(rec)
		require.NoError(t, err)
		require.NoError(t, json.Unmarshal(b, &q))
		require.NoError(t, json.Unmarshal(line, &extra))
		assert.True(t, extra.Confidence >= 0 && extra.Confidence <= 1, "confidence %v out of [0, 1]", extra.Confidence)
		q.Cue = extra.Cue.Text
		q.Doc, err = filepath.Rel(dir, q.Doc)
		require.NoError(t, err)
		qs = append(qs, q)
	}
	return qs
}

func checkFlags(t *testing.T, articles []string) []contractFlag {
	t.Helper()
	var out, errs bytes.Buffer
	require.Zero(t, run(append([]string{"check", "-format", "json"}, articles...), &out, &errs), errs.String())
	var rep struct{ Flags []contractFlag }
	require.NoError(t, json.Unmarshal(out.Bytes(), &rep))
	return rep.Flags
}

func jsonLines[T any](t *testing.T, vs []T) []byte {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	for _, v := range vs {
		require.NoError(t, enc.Encode(v))
	}
	return b.Bytes()
}

func parseLines[T any](t *testing.T, data []byte) []T {
	var out []T
	for _, line := range bytes.Split(bytes.TrimSpace(data), []byte("\n")) {
		if len(line) == 0 {
			continue
		}
		var v T
		require.NoError(t, json.Unmarshal(line, &v), "%s", line)
		out = append(out, v)
	}
	return out
}

// quoteDiff lists, field by field, how got differs from want: quotes
// are matched by document and span, then by document and text.
func quoteDiff(want, got []contractQuote) string {
	var lines []string
	used := make([]bool, len(got))
	match := func(w contractQuote) int {
		for _, same := range []func(g contractQuote) bool{
			func(g contractQuote) bool { return g.Doc == w.Doc && g.Start == w.Start && g.End == w.End },
			func(g contractQuote) bool { return g.Doc == w.Doc && g.Text == w.Text },
		} {
			for i, g := range got {
				if !used[i] && same(g) {
					return i
				}
			}
		}
		return -1
	}
	for _, w := range want {
		i := match(w)
		if i < 0 {
			lines = append(lines, fmt.Sprintf("- %s %d-%d %q: missing", w.Doc, w.Start, w.End, w.Text))
			continue
		}
		used[i] = true
		g := got[i]
		wv, gv := reflect.ValueOf(w), reflect.ValueOf(g)
		for f := range wv.NumField() {
			if a, b := wv.Field(f).Interface(), gv.Field(f).Interface(); a != b {
				lines = append(lines, fmt.Sprintf("  %s %d-%d %q: %s: -%q +%q",
					w.Doc, w.Start, w.End, w.Text, strings.ToLower(wv.Type().Field(f).Name), fmt.Sprint(a), fmt.Sprint(b)))
			}
		}
	}
	for i, g := range got {
		if !used[i] {
			lines = append(lines, fmt.Sprintf("+ %s %d-%d %q: unexpected (%s, speaker %q)", g.Doc, g.Start, g.End, g.Text, g.Kind, g.Speaker))
		}
	}
	slices.Sort(lines)
	return strings.Join(lines, "\n")
}
