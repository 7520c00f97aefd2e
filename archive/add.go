package archive

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"errors"
	"strconv"
	"strings"

	"github.com/verbatim-nlp/verbatim"
	"github.com/verbatim-nlp/verbatim/compare"
)

// Stats counts what one Add did.
type Stats struct {
	Added     int `json:"added"`     // articles new to the archive
	Replaced  int `json:"replaced"`  // articles whose earlier version was replaced
	Unchanged int `json:"unchanged"` // articles already stored as given: skipped
	Quotes    int `json:"quotes"`    // speech quotes stored
	// Statements counts the statements the batch started; the other
	// quotes joined statements already stored.
	Statements int `json:"statements"`
}

// ident is what identifies an article across runs: its URL, or its
// name when it has none.
func ident(d *verbatim.Document) string {
	if d.URL != "" {
		return d.URL
	}
	return d.Name
}

// hashDoc fingerprints what Add stores of an article: its text and
// metadata (not its name, when the URL identifies it).
func hashDoc(d *verbatim.Document) []byte {
	h := sha256.New()
	for _, s := range []string{ident(d), d.Outlet, d.Published, d.Headline} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	h.Write(d.Text)
	return h.Sum(nil)
}

// Add runs the pipeline over docs and stores them in one transaction:
// either all of docs are stored or, on error (or if the process dies),
// none. Articles stored already with the same text and metadata are
// skipped; a changed one replaces its earlier version. When several
// of docs share an identity (URL, else name), the last one counts.
func (a *Archive) Add(ctx context.Context, docs []verbatim.Document) (Stats, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	var st Stats
	last := map[string]int{}
	for i := range docs {
		last[ident(&docs[i])] = i
	}
	// Run the pipeline outside the write transaction, on the articles
	// not stored yet as given, so readers and other writers wait less.
	var todo []verbatim.Document
	var hashes [][]byte
	for i := range docs {
		d := &docs[i]
		if last[ident(d)] != i {
			continue
		}
		h := hashDoc(d)
		same, _, err := a.stored(ctx, a.db, ident(d), h)
		if err != nil {
			return st, err
		}
		if same {
			st.Unchanged++
			continue
		}
		todo = append(todo, *d)
		hashes = append(hashes, h)
	}
	if len(todo) == 0 {
		return st, nil
	}
	if err := ctx.Err(); err != nil {
		return st, err
	}
	// Warnings (a limit passed) leave the results whole; the caller that
	// wants them reads the documents through Pipeline.ExtractDoc.
	res, _ := a.pipe.ExtractAll(todo)
	in := make([]compare.Document, len(todo))
	for i, d := range todo {
		// Names are indexes: unique, whatever the documents' names.
		in[i] = compare.Document{Name: strconv.Itoa(i), Text: d.Text, Quotes: res[i].Quotes, People: res[i].People,
			Outlet: d.Outlet, URL: d.URL, Published: d.Published}
	}
	rep := a.cmp.Compare(in)
	if err := ctx.Err(); err != nil {
		return st, err
	}

	tx, err := a.db.BeginTx(ctx, nil) // immediate: the write lock now
	if err != nil {
		return st, a.wrap(err)
	}
	defer tx.Rollback()
	w := &writer{a: a, q: &stmtCache{tx: tx, m: map[string]*sql.Stmt{}}, ctx: ctx, keys: map[string]rendering{}, df: map[string]int{}, n: -1}
	artID := make([]int64, len(todo)) // 0: skipped
	for i := range todo {
		d := &todo[i]
		same, old, err := a.stored(ctx, tx, ident(d), hashes[i])
		if err != nil {
			return st, err
		}
		if same { // another process stored it meanwhile
			st.Unchanged++
			continue
		}
		if old != 0 {
			if err := w.remove(old); err != nil {
				return st, err
			}
			st.Replaced++
		} else {
			st.Added++
		}
		r, err := w.q.ExecContext(ctx, `INSERT INTO articles(ident, name, url, outlet, published, title, hash, bytes) VALUES(?,?,?,?,?,?,?,?)`,
			ident(d), d.Name, d.URL, d.Outlet, d.Published, d.Headline, hashes[i], len(d.Text))
		if err != nil {
			return st, a.wrap(err)
		}
		if artID[i], err = r.LastInsertId(); err != nil {
			return st, err
		}
		for _, p := range res[i].People {
			for _, t := range p.Titles {
				if _, err := w.q.ExecContext(ctx, `INSERT OR IGNORE INTO titles(person, title, article) VALUES(?,?,?)`, p.Name, t.Text, artID[i]); err != nil {
					return st, a.wrap(err)
				}
			}
		}
	}

	kinds := make([]map[string]string, len(todo)) // per article, speaker → kind
	for i := range todo {
		kinds[i] = map[string]string{}
		for _, p := range res[i].People {
			kinds[i][p.Name] = p.Kind
		}
	}
	// The batch's clusters, in report order, each joined to one
	// statement.
	var order []string
	members := map[string][]int{}
	for qi := range rep.Quotes {
		e := &rep.Quotes[qi]
		if e.Cluster == "" || !e.IsSpeech() {
			continue
		}
		di, err := strconv.Atoi(e.Doc)
		if err != nil || di < 0 || di >= len(todo) || artID[di] == 0 {
			continue
		}
		if _, ok := members[e.Cluster]; !ok {
			order = append(order, e.Cluster)
		}
		members[e.Cluster] = append(members[e.Cluster], qi)
	}
	for _, c := range order {
		m := members[c]
		rs := make([]rendering, len(m))
		for j, qi := range m {
			e := &rep.Quotes[qi]
			di, _ := strconv.Atoi(e.Doc)
			rs[j] = w.prepare(e.Text, e.Speaker, ident(&todo[di]), e.Start)
		}
		stmt, started, err := w.statement(rs)
		if err != nil {
			return st, err
		}
		if started {
			st.Statements++
		}
		for j, qi := range m {
			e := &rep.Quotes[qi]
			di, _ := strconv.Atoi(e.Doc)
			id, err := w.store(&rs[j], stmt)
			if err != nil {
				return st, err
			}
			if _, err := w.q.ExecContext(ctx, `INSERT INTO quotes(article, rendering, start, "end", text, kind, speaker, title, via, speaker_kind) VALUES(?,?,?,?,?,?,?,?,?,?)`,
				artID[di], id, e.Start, e.End, e.Text, e.Kind.String(), e.Speaker, e.Title, e.Via, kinds[di][e.Speaker]); err != nil {
				return st, a.wrap(err)
			}
			st.Quotes++
		}
	}
	if err := w.flushCount(); err != nil {
		return st, err
	}
	if err := ctx.Err(); err != nil {
		return st, err
	}
	return st, a.wrap(tx.Commit())
}

// stored reports whether the article ident is stored with hash h, and
// its row id if it is stored at all.
func (a *Archive) stored(ctx context.Context, q queryer, ident string, h []byte) (same bool, id int64, err error) {
	var old []byte
	err = q.QueryRowContext(ctx, `SELECT id, hash FROM articles WHERE ident = ?`, ident).Scan(&id, &old)
	if errors.Is(err, sql.ErrNoRows) {
		return false, 0, nil
	}
	if err != nil {
		return false, 0, a.wrap(err)
	}
	return string(old) == string(h), id, nil
}

// A rendering is one distinct comparison key, stored or about to be.
type rendering struct {
	key   string
	toks  []string
	short bool
	id    int64 // 0 until stored
	stmt  int64
}

// writer holds the state of one Add transaction.
type writer struct {
	a     *Archive
	q     *stmtCache
	ctx   context.Context
	keys  map[string]rendering // by storage key, for this batch
	added int                  // renderings added minus removed
	df    map[string]int       // tokens' document frequency, as far as read
	n     int                  // renderings stored before the batch; -1 until read
}

// dfs reads the document frequency of toks into df, from the cache
// where it can: most of a batch's tokens come back many times.
func (w *writer) dfs(ctx context.Context, toks []string, df map[string]int) error {
	var miss []string
	for _, t := range toks {
		if v, ok := w.df[t]; ok {
			df[t] = v
		} else {
			miss = append(miss, t)
		}
	}
	got := map[string]int{}
	if err := w.a.readDFs(ctx, w.q, miss, got); err != nil {
		return err
	}
	for _, t := range miss {
		w.df[t] = got[t]
		df[t] = got[t]
	}
	return nil
}

// count returns the number of renderings stored, this batch's included.
func (w *writer) count(ctx context.Context) (int, error) {
	if w.n < 0 {
		n, err := w.a.readCount(ctx, w.q)
		if err != nil {
			return 0, err
		}
		w.n = n
	}
	return w.n + w.added, nil
}

// bump adds d to the cached document frequency of toks.
func (w *writer) bump(toks []string, d int) {
	for _, t := range toks {
		if v, ok := w.df[t]; ok {
			w.df[t] = v + d
		}
	}
}

// prepare builds the rendering of a quote and looks it up. A short
// quote (fewer content words than compare links fuzzily) is kept per
// speaker, or per quote when it has none, as compare keeps it.
func (w *writer) prepare(text, speaker, article string, start int) rendering {
	q := quoteOf(text)
	r := rendering{key: compare.Key(q), toks: compare.Tokens(q)}
	if len(r.toks) < w.a.cmp.MinContent() {
		r.short = true
		if speaker != "" {
			r.key += "\x00" + speaker
		} else {
			r.key += "\x00#" + article + "#" + strconv.Itoa(start)
		}
	}
	return r
}

// lookup fills r.id and r.stmt if r is stored.
func (w *writer) lookup(r *rendering) error {
	if s, ok := w.keys[r.key]; ok {
		r.id, r.stmt = s.id, s.stmt
		return nil
	}
	err := w.q.QueryRowContext(w.ctx, `SELECT id, statement FROM renderings WHERE key = ?`, r.key).Scan(&r.id, &r.stmt)
	if errors.Is(err, sql.ErrNoRows) {
		return nil
	}
	return w.a.wrap(err)
}

// statement returns the statement for one batch cluster: that of a
// rendering stored already, else that of the stored rendering that the
// comparison links best to one of rs, else a new one (started).
func (w *writer) statement(rs []rendering) (id int64, started bool, err error) {
	for i := range rs {
		if err := w.lookup(&rs[i]); err != nil {
			return 0, false, err
		}
	}
	for i := range rs {
		if rs[i].id != 0 {
			return rs[i].stmt, false, nil
		}
	}
	// Try the longest renderings: they carry the most evidence.
	best, bestScore := int64(0), 0.0
	tried := map[string]bool{}
	for n := 0; n < 2; n++ {
		k := -1
		for i := range rs {
			if !rs[i].short && !tried[rs[i].key] && (k < 0 || len(rs[i].toks) > len(rs[k].toks)) {
				k = i
			}
		}
		if k < 0 {
			break
		}
		tried[rs[k].key] = true
		cs, err := w.a.candidates(w.ctx, w.q, w, rs[k].toks)
		if err != nil {
			return 0, false, err
		}
		for _, c := range cs {
			if c.score > bestScore && w.a.cmp.Linked(c.score, c.shared, false) {
				best, bestScore = c.stmt, c.score
			}
		}
	}
	if best != 0 {
		return best, false, nil
	}
	r, err := w.q.ExecContext(w.ctx, `INSERT INTO statements DEFAULT VALUES`)
	if err != nil {
		return 0, false, w.a.wrap(err)
	}
	id, err = r.LastInsertId()
	return id, true, err
}

// store stores r under statement stmt unless it is stored already, and
// returns its id.
func (w *writer) store(r *rendering, stmt int64) (int64, error) {
	if r.id != 0 {
		return r.id, nil
	}
	if s, ok := w.keys[r.key]; ok {
		r.id, r.stmt = s.id, s.stmt
		return r.id, nil
	}
	toks := strings.Join(r.toks, " ")
	res, err := w.q.ExecContext(w.ctx, `INSERT INTO renderings(key, tokens, content, statement) VALUES(?,?,?,?)`, r.key, toks, len(r.toks), stmt)
	if err != nil {
		return 0, w.a.wrap(err)
	}
	if r.id, err = res.LastInsertId(); err != nil {
		return 0, err
	}
	r.stmt = stmt
	w.keys[r.key] = *r
	w.added++
	w.bump(r.toks, 1)
	for _, t := range r.toks {
		if _, err := w.q.ExecContext(w.ctx, `INSERT INTO tokens(token, df) VALUES(?, 1) ON CONFLICT(token) DO UPDATE SET df = df + 1`, t); err != nil {
			return 0, w.a.wrap(err)
		}
	}
	if r.short {
		return r.id, nil // never a fuzzy candidate
	}
	if _, err := w.q.ExecContext(w.ctx, `INSERT INTO renderings_fts(rowid, tokens) VALUES(?,?)`, r.id, toks); err != nil {
		return 0, w.a.wrap(err)
	}
	return r.id, nil
}

// remove deletes an article, and the renderings, tokens and statements
// that no other article quotes.
func (w *writer) remove(article int64) error {
	rows, err := w.q.QueryContext(w.ctx, `SELECT DISTINCT rendering FROM quotes WHERE article = ?`, article)
	if err != nil {
		return w.a.wrap(err)
	}
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return w.a.wrap(err)
		}
		ids = append(ids, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return w.a.wrap(err)
	}
	if _, err := w.q.ExecContext(w.ctx, `DELETE FROM articles WHERE id = ?`, article); err != nil {
		return w.a.wrap(err)
	}
	for _, id := range ids {
		var used int
		if err := w.q.QueryRowContext(w.ctx, `SELECT EXISTS(SELECT 1 FROM quotes WHERE rendering = ?)`, id).Scan(&used); err != nil {
			return w.a.wrap(err)
		}
		if used == 1 {
			continue
		}
		var key, toks string
		var stmt int64
		if err := w.q.QueryRowContext(w.ctx, `DELETE FROM renderings WHERE id = ? RETURNING key, tokens, statement`, id).Scan(&key, &toks, &stmt); err != nil {
			return w.a.wrap(err)
		}
		delete(w.keys, key)
		w.added--
		w.bump(strings.Fields(toks), -1)
		if !strings.Contains(key, "\x00") { // short renderings are not indexed
			if _, err := w.q.ExecContext(w.ctx, `DELETE FROM renderings_fts WHERE rowid = ?`, id); err != nil {
				return w.a.wrap(err)
			}
		}
		for _, t := range strings.Fields(toks) {
			if _, err := w.q.ExecContext(w.ctx, `UPDATE tokens SET df = df - 1 WHERE token = ?`, t); err != nil {
				return w.a.wrap(err)
			}
			if _, err := w.q.ExecContext(w.ctx, `DELETE FROM tokens WHERE token = ? AND df <= 0`, t); err != nil {
				return w.a.wrap(err)
			}
		}
		if _, err := w.q.ExecContext(w.ctx, `DELETE FROM statements WHERE id = ? AND NOT EXISTS(SELECT 1 FROM renderings WHERE statement = ?)`, stmt, stmt); err != nil {
			return w.a.wrap(err)
		}
	}
	return nil
}

// flushCount adds the batch's renderings to the stored count (the n of
// IDF).
func (w *writer) flushCount() error {
	if w.added == 0 {
		return nil
	}
	_, err := w.q.ExecContext(w.ctx, `UPDATE meta SET value = value + ? WHERE key = 'renderings'`, w.added)
	return w.a.wrap(err)
}

// stmtCache prepares each statement of a transaction once.
type stmtCache struct {
	tx *sql.Tx
	m  map[string]*sql.Stmt
}

func (c *stmtCache) stmt(ctx context.Context, query string) (*sql.Stmt, error) {
	if s, ok := c.m[query]; ok {
		return s, nil
	}
	s, err := c.tx.PrepareContext(ctx, query)
	if err != nil {
		return nil, err
	}
	c.m[query] = s
	return s, nil
}

func (c *stmtCache) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	s, err := c.stmt(ctx, query)
	if err != nil {
		return nil, err
	}
	return s.QueryContext(ctx, args...)
}

func (c *stmtCache) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	s, err := c.stmt(ctx, query)
	if err != nil {
		return c.tx.QueryRowContext(ctx, query, args...) // reports err
	}
	return s.QueryRowContext(ctx, args...)
}

func (c *stmtCache) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	s, err := c.stmt(ctx, query)
	if err != nil {
		return nil, err
	}
	return s.ExecContext(ctx, args...)
}
