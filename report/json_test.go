package report

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/verbatim-nlp/verbatim/compare"
	"github.com/verbatim-nlp/verbatim/quote"
)

// wholeJSON is how check printed its report before JSON streamed it:
// the contract JSON must keep, byte for byte.
func wholeJSON(t *testing.T, rep *compare.Report) []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	require.NoError(t, enc.Encode(rep))
	return buf.Bytes()
}

func TestJSONStreamsTheSameBytes(t *testing.T) {
	q := quote.Quote{Start: 4, End: 30, Text: "<b>not</b> & \"never\" — ok", Kind: quote.Direct, Speaker: "Ana Ruiz"}
	tests := []struct {
		name string
		rep  *compare.Report
	}{
		{"zero report: every array null", &compare.Report{}},
		{"empty arrays", &compare.Report{Documents: []compare.DocSummary{}, Speakers: []compare.Speaker{},
			Quotes: []compare.QuoteEntry{}, Clusters: []compare.Cluster{}, Flags: []compare.Flag{}}},
		{"one of each, with characters HTML would escape", &compare.Report{
			Documents: []compare.DocSummary{{Doc: "a.txt", Quotes: 1}, {Doc: "b.txt", Skipped: 2, Outlet: "X & Y"}},
			Speakers: []compare.Speaker{{Name: "Ana Ruiz", Aliases: []string{}, Titles: map[string]int{"mayor": 2},
				TitleDocs: map[string][]string{"mayor": {"a.txt", "b.txt"}}}},
			Quotes:   []compare.QuoteEntry{{Doc: "a.txt", ID: "q1", Cluster: "c1", Quote: &q}},
			Clusters: []compare.Cluster{{ID: "c1", Quotes: []string{"q1"}, Text: q.Text, Docs: 1}},
			Flags: []compare.Flag{{Kind: compare.Truncated, Cluster: "c1", Values: []string{"a", "b"},
				Evidence: []compare.Evidence{{Doc: "a.txt", Start: 1, End: 2}}}},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got bytes.Buffer
			require.NoError(t, JSON(&got, tt.rep))
			require.Equal(t, string(wholeJSON(t, tt.rep)), got.String())
		})
	}
}
