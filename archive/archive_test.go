package archive

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-nlp/verbatim"
)

// Articles written for the tests, in the shapes of wire copy: one
// statement quoted whole, reworded and cut short by three outlets, and
// other statements by other people.
var (
	harbor = verbatim.Document{Name: "harbor.txt", Outlet: "Harbor Post", URL: "https://harbor.example/bridge", Published: "2025-03-04",
		Headline: "Bridge to close", Text: []byte(`Mayor Linda Okafor said on Tuesday: "We will not reopen the river bridge until every cable has been inspected by independent engineers."
The council approved the budget. "The repairs will cost the city about four million dollars this year," said Tom Reyes, the city treasurer.
`)}
	gazette = verbatim.Document{Name: "gazette.txt", Outlet: "Valley Gazette", URL: "https://gazette.example/okafor", Published: "2025-03-03",
		Text: []byte(`"We won't reopen the river bridge until every cable has been checked by independent engineers," Mayor Linda Okafor told reporters.
Residents complained about the detour through the old town.
`)}
	courier = verbatim.Document{Name: "courier.txt", Outlet: "Courier", Published: "2025-03-05",
		Text: []byte(`City treasurer Tom Reyes warned that "the river bridge will stay closed until every cable has been inspected by independent engineers."
Drivers have been asked to use the northern ring road instead.
`)}
	unrelated = verbatim.Document{Name: "school.txt", Outlet: "Harbor Post", Published: "2025-04-01",
		Text: []byte(`"Our students deserve classrooms with working heating and clean water," Principal Ana Duarte said at the school board meeting.
`)}
)

func open(t testing.TB) (*Archive, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "archive.db")
	a, err := Open(path)
	require.NoError(t, err)
	t.Cleanup(func() { a.Close() })
	return a, path
}

func count(t testing.TB, a *Archive, table string) int {
	t.Helper()
	var n int
	require.NoError(t, a.db.QueryRow("SELECT count(*) FROM "+table).Scan(&n))
	return n
}

func TestAddFind(t *testing.T) {
	ctx := context.Background()
	a, _ := open(t)
	st, err := a.Add(ctx, []verbatim.Document{harbor, gazette, unrelated})
	require.NoError(t, err)
	assert.Equal(t, 3, st.Added)
	assert.Positive(t, st.Quotes)

	cases := []struct {
		name, query, speaker string
		wantArticles         int
		wantStatus           string
		wantEarliest         string
	}{
		{"truncated", "reopen the river bridge until every cable has been inspected", "Linda Okafor", 2, Credited, "Valley Gazette"},
		{"re-cased", "WE WILL NOT REOPEN THE RIVER BRIDGE UNTIL EVERY CABLE HAS BEEN INSPECTED", "Okafor", 2, Credited, "Valley Gazette"},
		{"other speaker claimed", "we will not reopen the bridge until every cable has been inspected by engineers", "Tom Reyes", 2, CreditedElsewhere, "Valley Gazette"},
		{"never said", "The harbor will host the sailing championship next summer", "Linda Okafor", 0, NotFound, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res, err := a.Find(ctx, c.query, FindOptions{Speaker: c.speaker})
			require.NoError(t, err)
			require.NotNil(t, res.Verdict)
			assert.Equal(t, c.wantStatus, res.Verdict.Status, res.Verdict.Message)
			if c.wantArticles == 0 {
				assert.Empty(t, res.Matches)
				return
			}
			require.NotEmpty(t, res.Matches)
			m := res.Matches[0]
			assert.Equal(t, c.wantArticles, m.Articles)
			require.NotNil(t, m.Earliest)
			assert.Equal(t, c.wantEarliest, m.Earliest.Outlet)
			assert.Equal(t, "Linda Okafor", m.Speakers[0].Speaker)
			assert.Equal(t, m.Earliest.Outlet, m.Versions[0].Outlet, "earliest report first")
		})
	}
}

// TestAcrossBatches checks that a statement added later joins the one
// stored earlier, and that adding the same articles again changes
// nothing.
func TestAcrossBatches(t *testing.T) {
	ctx := context.Background()
	a, _ := open(t)
	_, err := a.Add(ctx, []verbatim.Document{harbor})
	require.NoError(t, err)
	st, err := a.Add(ctx, []verbatim.Document{gazette, courier})
	require.NoError(t, err)
	assert.Equal(t, 2, st.Added)

	res, err := a.Find(ctx, "until every cable has been inspected by independent engineers", FindOptions{Speaker: "Tom Reyes"})
	require.NoError(t, err)
	require.NotEmpty(t, res.Matches)
	assert.Equal(t, 3, res.Matches[0].Articles, "one statement across the two batches")
	assert.Equal(t, Credited, res.Verdict.Status)
	assert.Equal(t, 1, res.Verdict.Articles)

	tables := []string{"articles", "quotes", "renderings", "statements", "tokens", "titles", "renderings_fts"}
	before := map[string]int{}
	for _, tb := range tables {
		before[tb] = count(t, a, tb)
	}
	st, err = a.Add(ctx, []verbatim.Document{harbor, gazette, courier})
	require.NoError(t, err)
	assert.Equal(t, Stats{Unchanged: 3}, st)
	for _, tb := range tables {
		assert.Equal(t, before[tb], count(t, a, tb), tb)
	}
}

// TestReplace checks that a changed article replaces its earlier
// version and that renderings no article quotes any more go.
func TestReplace(t *testing.T) {
	ctx := context.Background()
	a, _ := open(t)
	_, err := a.Add(ctx, []verbatim.Document{harbor, unrelated})
	require.NoError(t, err)
	nTokens := count(t, a, "tokens")

	changed := harbor
	changed.Text = []byte(`Mayor Linda Okafor said the ferry timetable would double in the summer months to serve the islands.
`)
	st, err := a.Add(ctx, []verbatim.Document{changed})
	require.NoError(t, err)
	assert.Equal(t, Stats{Replaced: 1, Quotes: st.Quotes, Statements: st.Statements}, st)
	assert.Equal(t, 2, count(t, a, "articles"))

	res, err := a.Find(ctx, "We will not reopen the river bridge until every cable has been inspected", FindOptions{})
	require.NoError(t, err)
	assert.Empty(t, res.Matches, "the old version's quotes are gone")
	assert.Less(t, count(t, a, "tokens"), nTokens+10)
	var n int
	require.NoError(t, a.db.QueryRow(`SELECT value FROM meta WHERE key = 'renderings'`).Scan(&n))
	assert.Equal(t, count(t, a, "renderings"), n, "the rendering count follows deletions")
	assert.Equal(t, count(t, a, "renderings WHERE instr(key, char(0)) = 0"), count(t, a, "renderings_fts"))
}

func TestOpenRefuses(t *testing.T) {
	dir := t.TempDir()
	garbage := filepath.Join(dir, "notes.db")
	require.NoError(t, os.WriteFile(garbage, []byte("these are my notes, not a database\n"), 0o644))
	_, err := Open(garbage)
	assert.ErrorIs(t, err, ErrNotArchive)
	got, _ := os.ReadFile(garbage)
	assert.Equal(t, "these are my notes, not a database\n", string(got), "the file is left alone")

	foreign := filepath.Join(dir, "other.db")
	db, err := sql.Open("sqlite3", foreign)
	require.NoError(t, err)
	_, err = db.Exec("CREATE TABLE contacts(name TEXT)")
	require.NoError(t, err)
	require.NoError(t, db.Close())
	_, err = Open(foreign)
	assert.ErrorIs(t, err, ErrNotArchive)

	newer := filepath.Join(dir, "newer.db")
	a, err := Open(newer)
	require.NoError(t, err)
	_, err = a.db.Exec("PRAGMA user_version = 99")
	require.NoError(t, err)
	require.NoError(t, a.Close())
	_, err = Open(newer)
	assert.ErrorIs(t, err, ErrNewerSchema)
	assert.ErrorContains(t, err, "schema 99")
}

// TestDamaged cuts an archive short and scribbles over its pages: Open
// or Find must fail with an error, not panic or answer silently wrong.
func TestDamaged(t *testing.T) {
	ctx := context.Background()
	a, path := open(t)
	_, err := a.Add(ctx, []verbatim.Document{harbor, gazette, courier, unrelated})
	require.NoError(t, err)
	_, err = a.db.Exec("PRAGMA wal_checkpoint(TRUNCATE)")
	require.NoError(t, err)
	require.NoError(t, a.Close())
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	require.Greater(t, len(b), 8192)
	for i := 4096; i < len(b); i++ {
		b[i] ^= 0x5a
	}
	require.NoError(t, os.WriteFile(path, b, 0o644))
	d, err := Open(path)
	if err == nil {
		defer d.Close()
		_, err = d.Find(ctx, "until every cable has been inspected by independent engineers", FindOptions{})
	}
	require.Error(t, err)
	assert.ErrorIs(t, err, ErrCorrupt)
}

func TestCheck(t *testing.T) {
	ctx := context.Background()
	a, _ := open(t)
	_, err := a.Add(ctx, []verbatim.Document{harbor, gazette, unrelated})
	require.NoError(t, err)
	today := []verbatim.Document{
		{Name: "today.txt", Text: []byte(`Governor Linda Okafor spoke at the opening of the ferry terminal. "The ferries will run every twenty minutes from the first of June," Governor Linda Okafor said.
"We will not reopen the river bridge until every cable has been inspected by independent engineers," said Tom Reyes, the city treasurer.
`)},
		// Indexed already: left out of the record it is checked against.
		harbor,
	}
	p, err := verbatim.New()
	require.NoError(t, err)
	rep, err := p.Check(today)
	require.NoError(t, err)
	flags, err := a.Check(ctx, rep)
	require.NoError(t, err)
	kinds := map[string][]string{}
	for _, f := range flags {
		kinds[f.Kind] = append(kinds[f.Kind], f.Subject+": "+f.Message)
		assert.NotEmpty(t, f.Evidence, f.Message)
	}
	require.Len(t, kinds[ArchiveSpeaker], 1, flags)
	assert.Contains(t, kinds[ArchiveSpeaker][0], "Tom Reyes: ")
	assert.Contains(t, kinds[ArchiveSpeaker][0], "Linda Okafor (1)", "the gazette only: harbor is today's")
	require.Len(t, kinds[ArchiveTitle], 1, flags)
	assert.Contains(t, kinds[ArchiveTitle][0], `Linda Okafor: today's articles call Linda Okafor "Governor"`)
}

// TestMigrate opens a file at schema 1, as the first release wrote
// it, and checks that Open migrates it and keeps its rows.
func TestMigrate(t *testing.T) {
	path := filepath.Join(t.TempDir(), "v1.db")
	db, err := sql.Open("sqlite3", path)
	require.NoError(t, err)
	_, err = db.Exec(migrations[1])
	require.NoError(t, err)
	_, err = db.Exec(`PRAGMA application_id = 1448231508; PRAGMA user_version = 1;
		INSERT INTO articles VALUES(1, 'old.txt', 'old.txt', '', '', '', '', x'00', 10);
		INSERT INTO statements VALUES(1);
		INSERT INTO renderings VALUES(1, 'we will see', 'see', 1, 1);
		INSERT INTO quotes VALUES(1, 1, 1, 0, 11, 'We will see', 'direct', 'Ana Duarte', '', '')`)
	require.NoError(t, err)
	require.NoError(t, db.Close())

	a, err := Open(path)
	require.NoError(t, err)
	defer a.Close()
	var v int
	var kind string
	require.NoError(t, a.db.QueryRow("PRAGMA user_version").Scan(&v))
	assert.Equal(t, SchemaVersion, v)
	require.NoError(t, a.db.QueryRow("SELECT speaker_kind FROM quotes WHERE id = 1").Scan(&kind))
	assert.Equal(t, "", kind)
	res, err := a.Find(context.Background(), "We will see", FindOptions{Speaker: "Duarte"})
	require.NoError(t, err)
	assert.Equal(t, Credited, res.Verdict.Status)
}
