package archive

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"sync"

	"github.com/ncruces/go-sqlite3"
	_ "github.com/ncruces/go-sqlite3/driver" // registers "sqlite3"
	"github.com/ncruces/go-sqlite3/ext/fts5"

	"github.com/verbatim-nlp/verbatim"
	"github.com/verbatim-nlp/verbatim/compare"
)

// Errors of Open (and of any call that meets a damaged file).
var (
	// ErrNotArchive reports a file that is not a SQLite database, or
	// one written by another application.
	ErrNotArchive = errors.New("archive: not a Verbatim archive")
	// ErrNewerSchema reports an archive written by a newer Verbatim.
	ErrNewerSchema = errors.New("archive: written by a newer version of Verbatim")
	// ErrCorrupt reports a damaged database file.
	ErrCorrupt = errors.New("archive: database file is damaged")
)

// applicationID marks the file as a Verbatim archive: "VRBT".
const applicationID = 0x56524254

// migrations[v] takes the schema from version v-1 to v; migrations[0]
// is unused. Append, never edit: a file at version v has run 1…v.
var migrations = []string{
	1: `
CREATE TABLE articles(
	id INTEGER PRIMARY KEY,
	ident TEXT NOT NULL UNIQUE,
	name TEXT NOT NULL,
	url TEXT NOT NULL,
	outlet TEXT NOT NULL,
	published TEXT NOT NULL,
	title TEXT NOT NULL,
	hash BLOB NOT NULL,
	bytes INTEGER NOT NULL
);
CREATE TABLE statements(id INTEGER PRIMARY KEY);
CREATE TABLE renderings(
	id INTEGER PRIMARY KEY,
	key TEXT NOT NULL UNIQUE,
	tokens TEXT NOT NULL,
	content INTEGER NOT NULL,
	statement INTEGER NOT NULL REFERENCES statements(id)
);
CREATE INDEX renderings_statement ON renderings(statement);
CREATE VIRTUAL TABLE renderings_fts USING fts5(tokens, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0');
CREATE TABLE quotes(
	id INTEGER PRIMARY KEY,
	article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	rendering INTEGER NOT NULL REFERENCES renderings(id),
	start INTEGER NOT NULL,
	"end" INTEGER NOT NULL,
	text TEXT NOT NULL,
	kind TEXT NOT NULL,
	speaker TEXT NOT NULL,
	title TEXT NOT NULL,
	via TEXT NOT NULL
);
CREATE INDEX quotes_article ON quotes(article);
CREATE INDEX quotes_rendering ON quotes(rendering);
CREATE INDEX quotes_speaker ON quotes(speaker);
CREATE TABLE titles(
	person TEXT NOT NULL,
	title TEXT NOT NULL,
	article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	PRIMARY KEY(person, title, article)
) WITHOUT ROWID;
CREATE INDEX titles_article ON titles(article);
CREATE TABLE tokens(token TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE meta(key TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;
INSERT INTO meta VALUES('renderings', 0);
`,
	// The kind of speaker (attribute.KindPerson …), so that a check
	// can tell a person from the state they speak for; '' in rows
	// written before.
	2: `ALTER TABLE quotes ADD COLUMN speaker_kind TEXT NOT NULL DEFAULT '';`,
}

// SchemaVersion is the schema this package writes.
var SchemaVersion = len(migrations) - 1

func init() { sqlite3.AutoExtension(fts5.Register) }

// An Archive is an open archive file. It is safe for concurrent use:
// Find runs in parallel, and Add calls take turns.
type Archive struct {
	db   *sql.DB
	path string
	pipe *verbatim.Pipeline
	cmp  *compare.Clusterer
	mu   sync.Mutex // one Add at a time in this process
}

type config struct {
	pipe    *verbatim.Pipeline
	cmpOpts []compare.Option
}

// An Option configures Open.
type Option func(*config)

// Pipeline sets the pipeline that Add runs over articles (default:
// verbatim.New()).
func Pipeline(p *verbatim.Pipeline) Option { return func(c *config) { c.pipe = p } }

// CompareOptions sets the options of the comparison that clusters
// statements in Add and scores matches in Find.
func CompareOptions(opts ...compare.Option) Option {
	return func(c *config) { c.cmpOpts = append(c.cmpOpts, opts...) }
}

// Open opens the archive at path, creating the file if it does not
// exist. It fails with ErrNotArchive, ErrCorrupt or ErrNewerSchema
// (wrapped with the path) rather than touch a file it cannot read.
func Open(path string, opts ...Option) (*Archive, error) {
	var c config
	for _, o := range opts {
		o(&c)
	}
	cmp, err := compare.New(c.cmpOpts...)
	if err != nil {
		return nil, err
	}
	if c.pipe == nil {
		p, err := verbatim.New()
		if err != nil {
			return nil, err
		}
		c.pipe = p
	}
	if err := checkHeader(path); err != nil {
		return nil, err
	}
	dsn := (&url.URL{Scheme: "file", OmitHost: true, Path: path,
		RawQuery: "_pragma=busy_timeout(20000)&_pragma=foreign_keys(1)&_pragma=synchronous(normal)"}).String()
	db, err := sql.Open("sqlite3", dsn)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	a := &Archive{db: db, path: path, pipe: c.pipe, cmp: cmp}
	if err := a.init(context.Background()); err != nil {
		db.Close()
		return nil, err
	}
	return a, nil
}

// checkHeader refuses an existing, non-empty file that does not start
// with SQLite's magic string, before SQLite may treat it as empty.
func checkHeader(path string) error {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return err
	}
	if !info.Mode().IsRegular() {
		return fmt.Errorf("%s: %w (not a regular file)", path, ErrNotArchive)
	}
	head := make([]byte, 16)
	n, err := io.ReadFull(f, head)
	if n == 0 && (err == io.EOF || err == nil) {
		return nil // empty: a new archive
	}
	if !bytes.Equal(head[:n], []byte("SQLite format 3\x00")) {
		return fmt.Errorf("%s: %w (not a SQLite database)", path, ErrNotArchive)
	}
	return nil
}

// init checks the application id and schema version, and creates or
// migrates the schema.
func (a *Archive) init(ctx context.Context) error {
	var mode string
	if err := a.db.QueryRowContext(ctx, "PRAGMA journal_mode=WAL").Scan(&mode); err != nil {
		return a.wrap(err)
	}
	v, err := a.version(ctx, a.db)
	if err != nil {
		return err
	}
	if v == SchemaVersion {
		return nil
	}
	tx, err := a.db.BeginTx(ctx, nil) // immediate: one migrator at a time
	if err != nil {
		return a.wrap(err)
	}
	defer tx.Rollback()
	if v, err = a.version(ctx, tx); err != nil { // another process may have migrated
		return err
	}
	if v == 0 {
		if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA application_id=%d", applicationID)); err != nil {
			return a.wrap(err)
		}
	}
	for ; v < SchemaVersion; v++ {
		if _, err := tx.ExecContext(ctx, migrations[v+1]); err != nil {
			return fmt.Errorf("%s: migrating to schema %d: %w", a.path, v+1, a.wrap(err))
		}
	}
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version=%d", SchemaVersion)); err != nil {
		return a.wrap(err)
	}
	return a.wrap(tx.Commit())
}

type queryer interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
}

// version returns the file's schema version, checking that it is ours:
// 0 for a new, empty database.
func (a *Archive) version(ctx context.Context, q queryer) (int, error) {
	var app, v, tables int
	if err := q.QueryRowContext(ctx, "PRAGMA application_id").Scan(&app); err != nil {
		return 0, a.wrap(err)
	}
	if err := q.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return 0, a.wrap(err)
	}
	if err := q.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_schema").Scan(&tables); err != nil {
		return 0, a.wrap(err)
	}
	switch {
	case app == 0 && v == 0 && tables == 0:
		return 0, nil
	case app != applicationID:
		return 0, fmt.Errorf("%s: %w (a SQLite database of another application)", a.path, ErrNotArchive)
	case v > SchemaVersion:
		return 0, fmt.Errorf("%s: %w (schema %d; this build reads schema %d at most: update Verbatim)", a.path, ErrNewerSchema, v, SchemaVersion)
	}
	return v, nil
}

// wrap names the file in err and marks a damaged file as ErrCorrupt.
func (a *Archive) wrap(err error) error {
	if err == nil {
		return nil
	}
	switch {
	case errors.Is(err, sqlite3.CORRUPT):
		return fmt.Errorf("%s: %w: %v", a.path, ErrCorrupt, err)
	case errors.Is(err, sqlite3.NOTADB):
		return fmt.Errorf("%s: %w: %v", a.path, ErrNotArchive, err)
	}
	return err
}

// Close closes the archive. Adds and Finds in progress fail.
func (a *Archive) Close() error { return a.db.Close() }

// Path returns the file the archive was opened from.
func (a *Archive) Path() string { return a.path }
