package report

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/verbatim-nlp/verbatim/compare"
)

// CSVHeader is the first row CSV writes, one column per field.
var CSVHeader = []string{
	"doc", "outlet", "url", "published", "id", "start", "end", "kind", "text",
	"speaker", "person", "title", "via", "cue", "confidence",
	"cluster", "cluster_docs", "flags",
}

// CSV writes rep for spreadsheets: a header row, then one row per quote
// in the report's order, with its cluster, how many documents quote
// that cluster, and the flags that concern the quote as
// "severity kind" joined by "; ". A flag concerns a quote when it is
// raised on the quote's cluster or its evidence lies inside the quote
// or on the words that name its speaker.
//
// A text cell that starts with =, +, -, @ or ; (or their full-width
// forms), white space or a control character gets a leading
// apostrophe, so that spreadsheets show it instead of running it as a
// formula.
func CSV(w io.Writer, rep *compare.Report) error {
	docs := make(map[string]*compare.DocSummary, len(rep.Documents))
	for i := range rep.Documents {
		docs[rep.Documents[i].Doc] = &rep.Documents[i]
	}
	clusterDocs := make(map[string]int, len(rep.Clusters))
	for _, c := range rep.Clusters {
		clusterDocs[c.ID] = c.Docs
	}
	// Flags by cluster and by document, so each quote looks only at its
	// own document's evidence.
	byCluster := map[string][]int{}
	byDoc := map[string][]int{}
	for i, f := range rep.Flags {
		if f.Cluster != "" {
			byCluster[f.Cluster] = append(byCluster[f.Cluster], i)
		}
		seen := map[string]bool{}
		for _, e := range f.Evidence {
			if !seen[e.Doc] {
				seen[e.Doc] = true
				byDoc[e.Doc] = append(byDoc[e.Doc], i)
			}
		}
	}

	cw := csv.NewWriter(w)
	if err := cw.Write(CSVHeader); err != nil {
		return err
	}
	row := make([]string, len(CSVHeader))
	for i := range rep.Quotes {
		q := &rep.Quotes[i]
		var d compare.DocSummary
		if p := docs[q.Doc]; p != nil {
			d = *p
		}
		cd := ""
		if q.Cluster != "" {
			cd = strconv.Itoa(clusterDocs[q.Cluster])
		}
		row = append(row[:0],
			safe(q.Doc), safe(d.Outlet), safe(d.URL), safe(d.Published), q.ID,
			strconv.Itoa(q.Start), strconv.Itoa(q.End), q.Kind.String(), safe(q.Text),
			safe(q.Speaker), safe(q.SpeakerName), safe(q.Title), safe(q.Via), safe(q.Cue.Text),
			strconv.FormatFloat(q.Confidence, 'f', -1, 64),
			q.Cluster, cd, flagsFor(rep, q, byCluster[q.Cluster], byDoc[q.Doc]),
		)
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// flagsFor lists the flags among the candidates that concern q, each
// once, in the report's order.
func flagsFor(rep *compare.Report, q *compare.QuoteEntry, cluster, doc []int) string {
	var b strings.Builder
	add := func(i int) {
		f := &rep.Flags[i]
		if b.Len() > 0 {
			b.WriteString("; ")
		}
		b.WriteString(string(f.Severity))
		b.WriteByte(' ')
		b.WriteString(f.Kind)
	}
	ci, di := 0, 0
	for ci < len(cluster) || di < len(doc) {
		// Merge the two sorted lists of flag indexes.
		var i int
		switch {
		case di >= len(doc) || ci < len(cluster) && cluster[ci] < doc[di]:
			i = cluster[ci]
			ci++
		case ci >= len(cluster) || doc[di] < cluster[ci]:
			i = doc[di]
			di++
		default: // the same flag in both
			i = cluster[ci]
			ci++
			di++
		}
		if (q.Cluster != "" && rep.Flags[i].Cluster == q.Cluster) || concerns(&rep.Flags[i], q) {
			add(i)
		}
	}
	return b.String()
}

func concerns(f *compare.Flag, q *compare.QuoteEntry) bool {
	for _, e := range f.Evidence {
		if e.Doc != q.Doc || e.End <= e.Start {
			continue
		}
		inQuote := e.Start >= q.Start && e.End <= q.End
		onSpeaker := e.Start == q.Mention.Start && e.End == q.Mention.End
		if inQuote || onSpeaker {
			return true
		}
	}
	return false
}

// safe defuses a cell that a spreadsheet would run as a formula: one
// that starts with a formula sign (ASCII or full-width), a semicolon
// (an argument separator in some locales), white space or a control
// character, since spreadsheets skip leading blanks before the sign.
func safe(s string) string {
	if s == "" {
		return s
	}
	r, _ := utf8.DecodeRuneInString(s)
	if unicode.IsSpace(r) || unicode.IsControl(r) || strings.ContainsRune(formulaStart, r) {
		return "'" + s
	}
	return s
}

// formulaStart holds the runes that may start a formula: =, +, -, @,
// their full-width and small forms, the minus sign and ;.
const formulaStart = "=+-@;\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\u2212\uFF1B"
