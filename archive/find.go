package archive

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/verbatim-nlp/verbatim/compare"
	"github.com/verbatim-nlp/verbatim/quote"
)

// searchTokens is how many of a query's match tokens, the rarest
// first, the full-text search looks for: a rendering of the same
// statement shares some of the rarest, and common words would make the
// search scan long posting lists.
const searchTokens = 8

// postingBudget is how many postings of rare tokens a search reads
// whole (see candidates).
const postingBudget = 256

func quoteOf(text string) quote.Quote { return quote.Quote{Text: text} }

// A candidate is a stored rendering scored against a query.
type candidate struct {
	id, stmt int64
	score    float64
	shared   int
	content  int     // the rendering's match tokens
	cover    float64 // the IDF-weighted share of the query's tokens it holds
}

// tokenStats gives what IDF needs: tokens' document frequencies and
// the number of renderings.
type tokenStats interface {
	dfs(ctx context.Context, toks []string, df map[string]int) error
	count(ctx context.Context) (int, error)
}

// sqlStats reads tokenStats from the database.
type sqlStats struct {
	a *Archive
	q queryer
}

func (s sqlStats) dfs(ctx context.Context, toks []string, df map[string]int) error {
	return s.a.readDFs(ctx, s.q, toks, df)
}

func (s sqlStats) count(ctx context.Context) (int, error) { return s.a.readCount(ctx, s.q) }

func (a *Archive) readCount(ctx context.Context, q queryer) (int, error) {
	var n int
	err := q.QueryRowContext(ctx, `SELECT value FROM meta WHERE key = 'renderings'`).Scan(&n)
	return n, a.wrap(err)
}

// candidates proposes stored renderings for the match tokens toks by
// full-text search, and scores each with compare's Similarity.
func (a *Archive) candidates(ctx context.Context, q queryer, stats tokenStats, toks []string) ([]candidate, error) {
	if len(toks) == 0 {
		return nil, nil
	}
	df := map[string]int{}
	if err := stats.dfs(ctx, toks, df); err != nil {
		return nil, err
	}
	var search []string
	for _, t := range toks {
		if df[t] > 0 {
			search = append(search, t)
		}
	}
	if len(search) == 0 {
		return nil, nil
	}
	sort.SliceStable(search, func(i, j int) bool { return df[search[i]] < df[search[j]] })
	// The rarest tokens whose postings add up to at most postingBudget
	// are read whole and every rendering on them is scored: a rendering
	// of the same statement shares the rare words. When even the rarest
	// token is common, renderings holding two of the four rarest are
	// read instead, at most postingBudget of them: a ranked search over
	// common words would read every posting of each.
	k, sum := 0, 0
	for k < len(search) && k < searchTokens && sum+df[search[k]] <= postingBudget {
		sum += df[search[k]]
		k++
	}
	for i, t := range search {
		search[i] = `"` + strings.ReplaceAll(t, `"`, `""`) + `"`
	}
	match := strings.Join(search[:k], " OR ")
	if k == 0 {
		var pairs []string
		top := search[:min(len(search), 4)]
		for i := range top {
			for j := i + 1; j < len(top); j++ {
				pairs = append(pairs, "("+top[i]+" AND "+top[j]+")")
			}
		}
		if len(pairs) == 0 {
			pairs = top
		}
		match = strings.Join(pairs, " OR ")
	}
	query := `SELECT r.id, r.statement, r.tokens FROM
		(SELECT rowid FROM renderings_fts WHERE renderings_fts MATCH ? LIMIT ?) f
		JOIN renderings r ON r.id = f.rowid`
	rows, err := q.QueryContext(ctx, query, match, postingBudget)
	if err != nil {
		return nil, a.wrap(err)
	}
	var cs []candidate
	var ctoks [][]string
	var missing []string
	for rows.Next() {
		var c candidate
		var ts string
		if err := rows.Scan(&c.id, &c.stmt, &ts); err != nil {
			rows.Close()
			return nil, a.wrap(err)
		}
		f := strings.Fields(ts)
		for _, t := range f {
			if _, ok := df[t]; !ok {
				df[t] = 0
				missing = append(missing, t)
			}
		}
		cs = append(cs, c)
		ctoks = append(ctoks, f)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, a.wrap(err)
	}
	if err := stats.dfs(ctx, missing, df); err != nil {
		return nil, err
	}
	n, err := stats.count(ctx)
	if err != nil {
		return nil, err
	}
	idf := func(t string) float64 { return compare.IDF(df[t], n) }
	var wq float64
	for _, t := range toks {
		wq += idf(t)
	}
	for i := range cs {
		cs[i].score, cs[i].shared = compare.Similarity(toks, ctoks[i], idf)
		cs[i].content = len(ctoks[i])
		var wc float64
		for _, t := range ctoks[i] {
			wc += idf(t)
		}
		if wq > 0 {
			cs[i].cover = cs[i].score * min(wq, wc) / wq
		}
	}
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].score > cs[j].score })
	return cs, nil
}

// readDFs reads the document frequency of toks into df.
func (a *Archive) readDFs(ctx context.Context, q queryer, toks []string, df map[string]int) error {
	if len(toks) == 0 {
		return nil
	}
	arg, _ := json.Marshal(toks)
	rows, err := q.QueryContext(ctx, `SELECT token, df FROM tokens WHERE token IN (SELECT value FROM json_each(?))`, string(arg))
	if err != nil {
		return a.wrap(err)
	}
	defer rows.Close()
	for rows.Next() {
		var t string
		var n int
		if err := rows.Scan(&t, &n); err != nil {
			return a.wrap(err)
		}
		df[t] = n
	}
	return a.wrap(rows.Err())
}

// FindOptions refine Find.
type FindOptions struct {
	// Speaker is the person the quote is claimed to be by; Find then
	// gives a Verdict on the best match.
	Speaker string
	// Limit is the most statements returned (default 5).
	Limit int
	// MaxVersions is the most versions listed per statement (default
	// 50, earliest reports first); Match.Articles counts them all.
	MaxVersions int
	// Exclude names articles to leave out, by identity (URL, else
	// document name): a check of today's articles against the record
	// leaves out today's articles if they were indexed already.
	Exclude []string
}

// A Result is what Find returns: the statements that match the query,
// best first, and a verdict on the claimed speaker.
type Result struct {
	Query   string   `json:"query"`
	Matches []Match  `json:"matches"`
	Verdict *Verdict `json:"verdict,omitempty"`
}

// A Match is one stored statement that the query renders.
type Match struct {
	Statement int64 `json:"statement"`
	// Score is compare's Similarity of the query to the closest
	// rendering of the statement, from 0 to 1.
	Score float64 `json:"score"`
	// Text is the closest rendering.
	Text string `json:"text"`
	// Articles counts the articles that quote the statement.
	Articles int `json:"articles"`
	// Speakers lists who the statement is credited to, with the
	// number of articles that do so, most first ("" for uncredited).
	Speakers []Credit `json:"speakers"`
	// Versions lists the statement's quotes, earliest report first
	// (by Published; undated ones last, in the order stored).
	Versions []Version `json:"versions"`
	// Earliest is the earliest dated report, nil when none is dated.
	Earliest *Version `json:"earliest,omitempty"`
}

// A Credit is a speaker and the number of articles that credit them.
type Credit struct {
	Speaker string `json:"speaker"`
	// Kind is the speaker's kind (attribute.KindPerson …) as the
	// first article crediting them gives it.
	Kind     string `json:"kind,omitempty"`
	Articles int    `json:"articles"`
}

// A Version is one article's rendering of a statement.
type Version struct {
	Text      string `json:"text"`
	Kind      string `json:"kind"`
	Speaker   string `json:"speaker"`
	Title     string `json:"title,omitempty"`
	Via       string `json:"via,omitempty"`
	Doc       string `json:"doc"`
	Outlet    string `json:"outlet,omitempty"`
	Published string `json:"published,omitempty"`
	URL       string `json:"url,omitempty"`
	Headline  string `json:"headline,omitempty"` // the article's title
	Start     int    `json:"start"`
	End       int    `json:"end"`
}

// Verdict statuses.
const (
	Credited          = "credited"           // credited to the claimed speaker in Articles articles
	CreditedElsewhere = "credited-elsewhere" // found, but never credited to the claimed speaker
	NotFound          = "not-found"          // no stored statement matches
)

// A Verdict answers whether the best match was credited to the claimed
// speaker.
type Verdict struct {
	Speaker  string   `json:"speaker"`
	Status   string   `json:"status"`
	Articles int      `json:"articles"` // articles crediting the claimed speaker
	Others   []Credit `json:"others,omitempty"`
	Message  string   `json:"message"`
}

// Find looks up a quote as a user pastes it: it proposes stored
// renderings by full-text search and keeps those that compare's pair
// comparison links to text, grouped by statement, best first. Text
// with fewer content words than compare links fuzzily matches only a
// rendering with exactly its words. Find reads one consistent snapshot
// while writers go on.
func (a *Archive) Find(ctx context.Context, text string, opts FindOptions) (*Result, error) {
	if opts.Limit <= 0 {
		opts.Limit = 5
	}
	if opts.MaxVersions <= 0 {
		opts.MaxVersions = 50
	}
	res := &Result{Query: text, Matches: []Match{}}
	tx, err := a.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, a.wrap(err)
	}
	defer tx.Rollback()
	q := quoteOf(text)
	key, toks := compare.Key(q), compare.Tokens(q)
	best := map[int64]candidate{}
	add := func(c candidate) {
		if b, ok := best[c.stmt]; !ok || c.score > b.score {
			best[c.stmt] = c
		}
	}
	if key != "" {
		// The same words, stored as one rendering or, when short, one
		// per speaker (key, NUL, speaker).
		rows, err := tx.QueryContext(ctx, `SELECT id, statement FROM renderings WHERE key = ? OR (key > ? AND key < ?)`, key, key+"\x00", key+"\x01")
		if err != nil {
			return nil, a.wrap(err)
		}
		for rows.Next() {
			c := candidate{score: 1}
			if err := rows.Scan(&c.id, &c.stmt); err != nil {
				rows.Close()
				return nil, a.wrap(err)
			}
			add(c)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, a.wrap(err)
		}
	}
	if len(toks) >= a.cmp.MinContent() {
		cs, err := a.candidates(ctx, tx, sqlStats{a, tx}, toks)
		if err != nil {
			return nil, err
		}
		for _, c := range cs {
			if float64(c.content) < a.cmp.FragmentRatio()*float64(len(toks)) {
				// A stored fragment of the query: the query holds the
				// fragment's words, but says more; judge by how much of
				// the query the fragment covers.
				c.score = c.cover
			}
			if a.cmp.Linked(c.score, c.shared, false) {
				add(c)
			}
		}
	}
	ranked := make([]candidate, 0, len(best))
	for _, c := range best {
		ranked = append(ranked, c)
	}
	for i := range ranked {
		if err := a.countArticles(ctx, tx, &ranked[i]); err != nil {
			return nil, err
		}
	}
	sort.Slice(ranked, func(i, j int) bool {
		x, y := ranked[i], ranked[j]
		if x.score != y.score {
			return x.score > y.score
		}
		if x.shared != y.shared { // here: articles quoting it
			return x.shared > y.shared
		}
		return x.stmt < y.stmt
	})
	exclude := map[string]bool{}
	for _, e := range opts.Exclude {
		exclude[e] = true
	}
	for _, c := range ranked {
		if len(res.Matches) == opts.Limit {
			break
		}
		m, err := a.match(ctx, tx, c, opts.MaxVersions, exclude)
		if err != nil {
			return nil, err
		}
		if m.Articles > 0 {
			res.Matches = append(res.Matches, m)
		}
	}
	if opts.Speaker != "" {
		res.Verdict = verdict(opts.Speaker, res.Matches)
	}
	return res, nil
}

// countArticles replaces c.shared, no longer needed, by the number of
// articles quoting c's statement, the tie-breaker of the ranking.
func (a *Archive) countArticles(ctx context.Context, q queryer, c *candidate) error {
	err := q.QueryRowContext(ctx, `SELECT count(DISTINCT q.article) FROM renderings r JOIN quotes q ON q.rendering = r.id WHERE r.statement = ?`, c.stmt).Scan(&c.shared)
	return a.wrap(err)
}

// match loads a statement's versions and credits.
func (a *Archive) match(ctx context.Context, q queryer, c candidate, maxVersions int, exclude map[string]bool) (Match, error) {
	m := Match{Statement: c.stmt, Score: c.score, Speakers: []Credit{}, Versions: []Version{}}
	if err := q.QueryRowContext(ctx, `SELECT text FROM quotes WHERE rendering = ? LIMIT 1`, c.id).Scan(&m.Text); err != nil {
		return m, a.wrap(err)
	}
	rows, err := q.QueryContext(ctx, `SELECT q.text, q.kind, q.speaker, q.title, q.via, q.start, q."end", q.speaker_kind,
			a.name, a.url, a.outlet, a.published, a.title, a.id, a.ident
		FROM renderings r JOIN quotes q ON q.rendering = r.id JOIN articles a ON a.id = q.article
		WHERE r.statement = ? ORDER BY a.id, q.start`, c.stmt)
	if err != nil {
		return m, a.wrap(err)
	}
	credits := map[string]map[int64]bool{}
	kinds := map[string]string{}
	arts := map[int64]bool{}
	var all []Version
	for rows.Next() {
		var v Version
		var art int64
		var id, kind string
		if err := rows.Scan(&v.Text, &v.Kind, &v.Speaker, &v.Title, &v.Via, &v.Start, &v.End, &kind,
			&v.Doc, &v.URL, &v.Outlet, &v.Published, &v.Headline, &art, &id); err != nil {
			rows.Close()
			return m, a.wrap(err)
		}
		if exclude[id] {
			continue
		}
		if credits[v.Speaker] == nil {
			credits[v.Speaker] = map[int64]bool{}
			kinds[v.Speaker] = kind
		}
		credits[v.Speaker][art] = true
		arts[art] = true
		all = append(all, v)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return m, a.wrap(err)
	}
	m.Articles = len(arts)
	for s, as := range credits {
		m.Speakers = append(m.Speakers, Credit{Speaker: s, Kind: kinds[s], Articles: len(as)})
	}
	sort.Slice(m.Speakers, func(i, j int) bool {
		x, y := m.Speakers[i], m.Speakers[j]
		if x.Articles != y.Articles {
			return x.Articles > y.Articles
		}
		return x.Speaker < y.Speaker
	})
	dates := make([]time.Time, len(all))
	for i := range all {
		dates[i] = parseDate(all[i].Published)
	}
	idx := make([]int, len(all))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(i, j int) bool {
		x, y := dates[idx[i]], dates[idx[j]]
		if x.IsZero() != y.IsZero() {
			return !x.IsZero()
		}
		return x.Before(y)
	})
	for _, i := range idx[:min(len(idx), maxVersions)] {
		m.Versions = append(m.Versions, all[i])
	}
	if len(idx) > 0 && !dates[idx[0]].IsZero() {
		e := all[idx[0]]
		m.Earliest = &e
	}
	return m, nil
}

// dateLayouts are the forms of Published that Find orders by.
var dateLayouts = []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02", time.RFC1123Z, time.RFC1123, "January 2, 2006", "2 January 2006", "Jan 2, 2006"}

// parseDate reads a published date; the zero time when it cannot.
func parseDate(s string) time.Time {
	s = strings.TrimSpace(s)
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t
		}
	}
	return time.Time{}
}

// verdict says whether the best match is credited to speaker.
func verdict(speaker string, ms []Match) *Verdict {
	v := &Verdict{Speaker: speaker, Others: []Credit{}}
	if len(ms) == 0 {
		v.Status = NotFound
		v.Message = "no statement in the archive matches the quote"
		return v
	}
	m := ms[0]
	var names []string
	for _, c := range m.Speakers {
		if sameName(speaker, c.Speaker) {
			v.Articles += c.Articles
		} else if c.Speaker != "" {
			v.Others = append(v.Others, c)
			names = append(names, fmt.Sprintf("%s (%d)", c.Speaker, c.Articles))
		}
	}
	if v.Articles > 0 {
		v.Status = Credited
		v.Message = fmt.Sprintf("credited to %s in %d of %d articles", speaker, v.Articles, m.Articles)
		if len(names) > 0 {
			v.Message += "; also to " + strings.Join(names, ", ")
		}
		return v
	}
	v.Status = CreditedElsewhere
	if len(names) == 0 {
		v.Message = fmt.Sprintf("never credited to %s; the %d articles credit no one", speaker, m.Articles)
	} else {
		v.Message = fmt.Sprintf("never credited to %s; credited to %s instead", speaker, strings.Join(names, ", "))
	}
	return v
}

// sameName reports whether a claimed name and a stored one name one
// person: the words of one (case and punctuation aside) are all in the
// other, so "Biden" meets "Joe Biden" but "Hunter Biden" does not.
func sameName(a, b string) bool {
	wa, wb := nameWords(a), nameWords(b)
	if len(wa) == 0 || len(wb) == 0 {
		return false
	}
	return subset(wa, wb) || subset(wb, wa)
}

func nameWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

func subset(a, b []string) bool {
	for _, x := range a {
		found := false
		for _, y := range b {
			if x == y {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}
