package archive

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/verbatim-nlp/verbatim/attribute"
	"github.com/verbatim-nlp/verbatim/compare"
)

// Flag kinds of Check, beside compare's.
const (
	// ArchiveSpeaker flags a statement that today's articles credit to
	// a person the archive never credits it to, while it credits it
	// to someone else.
	ArchiveSpeaker = "archive-speaker"
	// ArchiveTitle flags a title today's articles give a person that
	// no stored article gives them, when stored articles give them
	// other titles.
	ArchiveTitle = "archive-title"
)

// maxFlagEvidence bounds the evidence listed per flag.
const maxFlagEvidence = 8

// Check compares a report on today's articles (compare.Report, as
// "verbatim check" makes it) with the stored record, leaving today's
// articles out of the record if they were indexed already, and returns
// flags of the kinds ArchiveSpeaker and ArchiveTitle, sorted like the
// report's (compare.SortFlags).
func (a *Archive) Check(ctx context.Context, rep *compare.Report) ([]compare.Flag, error) {
	var today []string
	for _, d := range rep.Documents {
		if d.URL != "" {
			today = append(today, d.URL)
		} else {
			today = append(today, d.Doc)
		}
	}
	byID := make(map[string]*compare.QuoteEntry, len(rep.Quotes))
	for i := range rep.Quotes {
		byID[rep.Quotes[i].ID] = &rep.Quotes[i]
	}
	kind := map[string]string{}
	for _, s := range rep.Speakers {
		kind[s.Name] = s.Kind
	}
	flags := []compare.Flag{}
	for _, c := range rep.Clusters {
		// Each person the cluster's quotes are credited to; only named
		// people: a state or ministry speaks for its officials, and
		// compare's speaker-conflict rules judge those.
		var people []string
		seen := map[string]bool{}
		for _, id := range c.Quotes {
			if q := byID[id]; q != nil && q.SpeakerName != "" && !seen[q.SpeakerName] && kind[q.SpeakerName] == attribute.KindPerson {
				seen[q.SpeakerName] = true
				people = append(people, q.SpeakerName)
			}
		}
		if len(people) == 0 || c.Text == "" {
			continue
		}
		res, err := a.Find(ctx, c.Text, FindOptions{Exclude: today, Limit: 1, MaxVersions: 1})
		if err != nil {
			return nil, err
		}
		sort.Strings(people)
		for _, who := range people {
			v := verdict(who, res.Matches)
			if v.Status != CreditedElsewhere || !slices.ContainsFunc(v.Others, isPerson) {
				continue // none, or a state credited for its official's words
			}
			f := compare.Flag{Kind: ArchiveSpeaker, Subject: who, Values: []string{who}, Severity: compare.Medium, Cluster: c.ID}
			f.Message = fmt.Sprintf("today's articles credit this statement to %s; the archive never does: %s", who, strings.TrimPrefix(v.Message, "never credited to "+who+"; "))
			for _, o := range v.Others {
				f.Values = append(f.Values, o.Speaker)
			}
			if e := res.Matches[0].Earliest; e != nil {
				f.Message += fmt.Sprintf(" (first reported %s by %s)", e.Published, orDoc(e))
			}
			for _, id := range c.Quotes {
				if q := byID[id]; q != nil && q.SpeakerName == who {
					f.Evidence = appendEvidence(&f, compare.Evidence{Doc: q.Doc, Start: q.Start, End: q.End, Text: q.Text})
				}
			}
			flags = append(flags, f)
		}
	}
	arg, _ := json.Marshal(today)
	for _, s := range rep.Speakers {
		if len(s.Titles) == 0 {
			continue
		}
		stored, err := a.titles(ctx, append([]string{s.Name}, s.Aliases...), string(arg))
		if err != nil {
			return nil, err
		}
		if len(stored) == 0 {
			continue // the archive has no record of this person's titles
		}
		var given []string
		for t := range s.Titles {
			given = append(given, t)
		}
		sort.Strings(given)
		for _, t := range given {
			if sameHead(t, stored) {
				continue
			}
			f := compare.Flag{Kind: ArchiveTitle, Subject: s.Name, Values: []string{t}, Severity: compare.Low}
			var known []string
			for _, st := range stored {
				f.Values = append(f.Values, st.title)
				known = append(known, fmt.Sprintf("%q (%d articles)", st.title, st.articles))
			}
			f.Message = fmt.Sprintf("today's articles call %s %q; the archive never does, it says %s", s.Name, t, strings.Join(known, ", "))
			for i := range rep.Quotes {
				q := &rep.Quotes[i]
				if q.SpeakerName == s.Name && q.Title == t {
					f.Evidence = appendEvidence(&f, compare.Evidence{Doc: q.Doc, Start: q.Mention.Start, End: q.Mention.End, Text: q.Mention.Text})
				}
			}
			flags = append(flags, f)
		}
	}
	compare.SortFlags(flags)
	return flags, nil
}

func isPerson(c Credit) bool { return c.Kind == attribute.KindPerson }

func appendEvidence(f *compare.Flag, e compare.Evidence) []compare.Evidence {
	if len(f.Evidence) >= maxFlagEvidence {
		f.Omitted++
		return f.Evidence
	}
	return append(f.Evidence, e)
}

func orDoc(v *Version) string {
	if v.Outlet != "" {
		return v.Outlet
	}
	return v.Doc
}

type storedTitle struct {
	title    string
	articles int
}

// titles returns the titles stored articles, other than those in the
// JSON list exclude, give any of names, most given first.
func (a *Archive) titles(ctx context.Context, names []string, exclude string) ([]storedTitle, error) {
	ns, _ := json.Marshal(names)
	rows, err := a.db.QueryContext(ctx, `SELECT t.title, count(DISTINCT t.article) n FROM titles t JOIN articles a ON a.id = t.article
		WHERE t.person IN (SELECT value FROM json_each(?)) AND a.ident NOT IN (SELECT value FROM json_each(?))
		GROUP BY t.title ORDER BY n DESC, t.title`, string(ns), exclude)
	if err != nil {
		return nil, a.wrap(err)
	}
	defer rows.Close()
	var out []storedTitle
	for rows.Next() {
		var t storedTitle
		if err := rows.Scan(&t.title, &t.articles); err != nil {
			return nil, a.wrap(err)
		}
		out = append(out, t)
	}
	return out, a.wrap(rows.Err())
}

// sameHead reports whether a stored title ends in the same word as t
// ("Foreign Minister" and "Chinese Foreign Minister"): titles are
// written longer and shorter, and only another head is news.
func sameHead(t string, stored []storedTitle) bool {
	h := head(t)
	for _, s := range stored {
		if head(s.title) == h {
			return true
		}
	}
	return false
}

func head(t string) string {
	ws := nameWords(t)
	if len(ws) == 0 {
		return ""
	}
	return ws[len(ws)-1]
}
