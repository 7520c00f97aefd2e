package archive

import (
	"bufio"
	"context"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-nlp/verbatim"
)

// The kill test's child: the test binary run again with these set
// indexes synthetic articles in batches into the archive.
const (
	childEnv   = "VERBATIM_ARCHIVE_CHILD" // the archive path
	childBatch = 8
	childTotal = 64
)

func TestMain(m *testing.M) {
	if path := os.Getenv(childEnv); path != "" {
		os.Exit(indexChild(path))
	}
	os.Exit(m.Run())
}

// indexChild adds childTotal synthetic articles in batches, as
// "verbatim index" does.
func indexChild(path string) int {
	a, err := Open(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer a.Close()
	s := newSynth(3000)
	for i := 0; i < childTotal; i += childBatch {
		st, err := a.Add(context.Background(), s.articles(i, i+childBatch))
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		if st.Unchanged < childBatch {
			fmt.Println("committed") // tells the parent a batch is in
		}
	}
	return 0
}

// checkConsistent checks what a committed Add leaves: whole batches,
// and counts that agree with the rows.
func checkConsistent(t *testing.T, a *Archive) int {
	t.Helper()
	var ok string
	require.NoError(t, a.db.QueryRow("PRAGMA integrity_check").Scan(&ok))
	require.Equal(t, "ok", ok)
	arts := count(t, a, "articles")
	assert.Zero(t, arts%childBatch, "only whole batches are stored")
	var n int
	require.NoError(t, a.db.QueryRow(`SELECT value FROM meta WHERE key = 'renderings'`).Scan(&n))
	assert.Equal(t, count(t, a, "renderings"), n)
	assert.Equal(t, count(t, a, "renderings WHERE instr(key, char(0)) = 0"), count(t, a, "renderings_fts"))
	assert.Zero(t, count(t, a, "articles WHERE id NOT IN (SELECT article FROM quotes)"), "every article has its quotes")
	assert.Zero(t, count(t, a, "renderings WHERE statement NOT IN (SELECT id FROM statements)"))
	return arts
}

// TestKillDuringIndex kills an indexing child process at random
// moments, reopens the archive each time and checks it, then lets a
// last run finish what the killed ones left.
func TestKillDuringIndex(t *testing.T) {
	if raceEnabled {
		t.Skip("separate processes: nothing for -race to see, and slow under it")
	}
	exe, err := os.Executable()
	require.NoError(t, err)
	path := t.TempDir() + "/killed.db"
	seed := time.Now().UnixNano()
	t.Logf("kill times drawn with seed %d", seed) // to replay a failure
	rng := rand.New(rand.NewSource(seed))
	kills := 4
	if testing.Short() {
		kills = 3
	}
	run := func() (*exec.Cmd, *bufio.Scanner) {
		cmd := exec.Command(exe, "-test.run=^$")
		cmd.Env = append(os.Environ(), childEnv+"="+path)
		cmd.Stderr = os.Stderr
		out, err := cmd.StdoutPipe()
		require.NoError(t, err)
		require.NoError(t, cmd.Start())
		return cmd, bufio.NewScanner(out)
	}
	prev := 0
	for k := range kills {
		// Kill after 0–2 new batches, at a random moment of the next.
		cmd, out := run()
		batches := rng.Intn(3)
		for i := 0; i < batches && out.Scan(); i++ {
		}
		delay := time.Duration(rng.Intn(150)) * time.Millisecond
		time.Sleep(delay)
		require.NoError(t, cmd.Process.Kill())
		_ = cmd.Wait()
		a, err := Open(path)
		require.NoError(t, err, "kill %d", k)
		n := checkConsistent(t, a)
		assert.GreaterOrEqual(t, n, prev, "committed batches stay")
		prev = n
		t.Logf("kill %d after %d batches and %v: %d articles stored", k, batches, delay, n)
		require.NoError(t, a.Close())
	}
	cmd, out := run()
	for out.Scan() {
	}
	require.NoError(t, cmd.Wait(), "the last run resumes and finishes")
	a, err := Open(path)
	require.NoError(t, err)
	defer a.Close()
	assert.Equal(t, childTotal, checkConsistent(t, a))
}

// TestConcurrentReaders runs Finds while one writer adds batches; run
// it with -race.
func TestConcurrentReaders(t *testing.T) {
	ctx := context.Background()
	a, path := open(t)
	s := newSynth(3000)
	batch := 5
	if raceEnabled {
		batch = 2 // the pipeline is slow under -race
	}
	_, err := a.Add(ctx, s.articles(0, batch))
	require.NoError(t, err)
	// A second handle, as another process would open it.
	b, err := Open(path)
	require.NoError(t, err)
	defer b.Close()

	done := make(chan struct{})
	var wg sync.WaitGroup
	for r := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			h := a
			if r%2 == 1 {
				h = b
			}
			for i := 0; ; i++ {
				select {
				case <-done:
					return
				default:
				}
				q := s.statement(i%batch, 0)
				res, err := h.Find(ctx, q, FindOptions{})
				if !assert.NoError(t, err) {
					return
				}
				if assert.NotEmpty(t, res.Matches, "a statement stored before the readers started") {
					assert.Positive(t, res.Matches[0].Articles)
				}
			}
		}()
	}
	for i := batch; i < 4*batch; i += batch {
		_, err := a.Add(ctx, s.articles(i, i+batch))
		require.NoError(t, err)
	}
	close(done)
	wg.Wait()
	assert.Equal(t, 4*batch, count(t, a, "articles"))
}

// FuzzFind looks up arbitrary text: never an error or a panic, scores
// within 0–1, best first.
func FuzzFind(f *testing.F) {
	for _, s := range []string{"reopen the river bridge until every cable", "", "\"\" OR NEAR(", "*", "\x00\xff", "WE WILL NOT", "cable cable cable cable"} {
		f.Add(s, "Okafor")
	}
	a, _ := open(f)
	_, err := a.Add(context.Background(), []verbatim.Document{harbor, gazette, courier, unrelated})
	require.NoError(f, err)
	f.Fuzz(func(t *testing.T, text, speaker string) {
		res, err := a.Find(context.Background(), text, FindOptions{Speaker: speaker})
		require.NoError(t, err)
		for i, m := range res.Matches {
			assert.True(t, m.Score >= 0 && m.Score <= 1+1e-9, "score %v", m.Score)
			if i > 0 {
				assert.LessOrEqual(t, m.Score, res.Matches[i-1].Score)
			}
			assert.NotEmpty(t, m.Versions)
		}
		if speaker != "" {
			require.NotNil(t, res.Verdict)
		}
	})
}
