package verbatim

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/verbatim-nlp/verbatim/internal/newseval"
)

// newsDir holds the news development sets (../shared/eval/news/README.md).
var newsDir = filepath.Join("..", "shared", "eval", "news")

// newsFloor is the least each figure of score.py may be on one set, for
// one choice of gold kinds; NotSpeech is the most reported quotes over
// not-speech spans.
type newsFloor struct {
	Recall, Precision, Speaker, ClusterR, ClusterP, Flags, Titles float64
	NotSpeech                                                     int
}

// newsFloors are fixed floors: the figures measured at the end of the
// session that built the stages for unseen news (main at 26a0c98) less
// 0.02, for each set, its hard-wrapped copy (" wrapped", wrap.py's 72
// columns) and the kinds scored. Flags are whole flags (a 5 of 5, b 4 of
// 4). Extraction and speaker floors were raised with the quote fixes
// for lost paragraph breaks and misplaced marks; b's cluster recall
// floors went down 0.03/0.02 there, because the quotes then found add
// pairs that compare splits (48/65 → 53/75 right). Cluster precision keeps the
// earlier, higher floors (0.978/0.979 a, 0.972/0.976 b). They are raised by hand
// when the figures rise, never lowered to let a change through.
var newsFloors = map[string]newsFloor{
	"a direct":                 {Recall: 0.980, Precision: 0.980, Speaker: 0.881, ClusterR: 0.784, ClusterP: 0.978, Flags: 0.98, Titles: 0.980, NotSpeech: 0},
	"a direct,partial":         {Recall: 0.980, Precision: 0.980, Speaker: 0.864, ClusterR: 0.844, ClusterP: 0.979, Flags: 0.98, Titles: 0.949, NotSpeech: 0},
	"a wrapped direct":         {Recall: 0.980, Precision: 0.980, Speaker: 0.881, ClusterR: 0.784, ClusterP: 0.978, Flags: 0.98, Titles: 0.980, NotSpeech: 0},
	"a wrapped direct,partial": {Recall: 0.980, Precision: 0.980, Speaker: 0.864, ClusterR: 0.844, ClusterP: 0.979, Flags: 0.98, Titles: 0.949, NotSpeech: 0},
	"b direct":                 {Recall: 0.980, Precision: 0.980, Speaker: 0.940, ClusterR: 0.940, ClusterP: 0.972, Flags: 0.98, Titles: 0.961, NotSpeech: 0},
	"b direct,partial":         {Recall: 0.980, Precision: 0.980, Speaker: 0.932, ClusterR: 0.883, ClusterP: 0.976, Flags: 0.98, Titles: 0.939, NotSpeech: 0},
	"b wrapped direct":         {Recall: 0.980, Precision: 0.980, Speaker: 0.940, ClusterR: 0.940, ClusterP: 0.972, Flags: 0.98, Titles: 0.961, NotSpeech: 0},
	"b wrapped direct,partial": {Recall: 0.980, Precision: 0.980, Speaker: 0.932, ClusterR: 0.883, ClusterP: 0.976, Flags: 0.98, Titles: 0.926, NotSpeech: 0},
}

// newsKinds are the gold kinds each set is scored on, as score.py's
// --kinds.
var newsKinds = [][]string{{"direct"}, {"direct", "partial"}}

// newsMaxGap is how far a hard-wrapped copy's figure may fall below the
// original's: a reader of layout scores the same on both.
const newsMaxGap = 0.02

// TestNewsSets runs Check on the news development sets and on
// hard-wrapped copies of them, scores the reports as score.py does, logs
// every figure and fails below the floors of newsFloors.
func TestNewsSets(t *testing.T) {
	for _, set := range []string{"a", "b"} {
		t.Run(set, func(t *testing.T) {
			dir := filepath.Join(newsDir, set)
			goldPath, articles := filepath.Join(dir, "gold.json"), filepath.Join(dir, "articles")
			for _, p := range []string{goldPath, articles} {
				if _, err := os.Stat(p); err != nil {
					t.Skipf("news set %s is missing (%v): it lives in ../shared/eval/news beside the repository", set, err)
				}
			}
			gb, err := os.ReadFile(goldPath)
			require.NoError(t, err)
			gold, err := newseval.ParseGold(gb)
			require.NoError(t, err)
			docs, err := Load(articles)
			require.NoError(t, err)
			orig := scoreNews(t, set, docs, gold)
			if testing.Short() {
				t.Log("-short: the hard-wrapped copy is skipped")
				return
			}
			wdocs, wgold := wrapNews(t, docs, gold)
			wrapped := scoreNews(t, set+" wrapped", wdocs, wgold)
			t.Run("wrapped within 0.02", func(t *testing.T) {
				for i, kinds := range newsKinds {
					o, w := figures(orig[i]), figures(wrapped[i])
					for _, name := range figureNames {
						if w[name] < o[name]-newsMaxGap {
							t.Errorf("%s %v: wrapped %s %.3f is more than %.2f below the original's %.3f", set, kinds, name, w[name], newsMaxGap, o[name])
						}
					}
				}
			})
		})
	}
}

// scoreNews checks docs, scores the report for each of newsKinds, logs
// the figures and holds them to newsFloors[name+" "+kinds].
func scoreNews(t *testing.T, name string, docs []Document, gold *newseval.Gold) []newseval.Figures {
	t.Helper()
	rep, err := Check(docs)
	require.NoError(t, err)
	js, err := json.Marshal(rep) // the JSON of verbatim check, which score.py reads
	require.NoError(t, err)
	pr, err := newseval.ParseReport(js)
	require.NoError(t, err)
	var out []newseval.Figures
	for _, kinds := range newsKinds {
		f := newseval.Score(gold, pr, kinds...)
		key := name + " " + strings.Join(kinds, ",")
		t.Logf("%s: %s", key, f)
		floor, ok := newsFloors[key]
		require.True(t, ok, "no floors for %s", key)
		got := figures(f)
		mins := []float64{floor.Recall, floor.Precision, floor.Speaker, floor.ClusterR, floor.ClusterP, floor.Flags, floor.Titles}
		for k, fig := range figureNames {
			if got[fig] < mins[k] {
				t.Errorf("%s: %s %.3f is below its floor %.3f", key, fig, got[fig], mins[k])
			}
		}
		if f.NotSpeech > floor.NotSpeech {
			t.Errorf("%s: %d quotes over not-speech spans, at most %d allowed", key, f.NotSpeech, floor.NotSpeech)
		}
		out = append(out, f)
	}
	return out
}

// figureNames are score.py's figures, in the order of newsFloor's fields.
var figureNames = []string{"extract recall", "extract precision", "speaker acc", "cluster pair recall", "cluster pair precision", "flags", "titles"}

func figures(f newseval.Figures) map[string]float64 {
	return map[string]float64{
		"extract recall": f.ExtractRecall(), "extract precision": f.ExtractPrecision(), "speaker acc": f.SpeakerAcc(),
		"cluster pair recall": f.ClusterRecall(), "cluster pair precision": f.ClusterPrecision(),
		"flags": f.FlagShare(), "titles": f.TitleAcc(),
	}
}

// wrapNews writes hard-wrapped copies of docs into a temporary folder
// (as wrap.py does: 72 columns, a blank line between paragraphs), loads
// them back and moves the gold's offsets with them.
func wrapNews(t *testing.T, docs []Document, gold *newseval.Gold) ([]Document, *newseval.Gold) {
	t.Helper()
	dir := t.TempDir()
	maps, texts := map[string][]int{}, map[string][]byte{}
	for _, d := range docs {
		base := filepath.Base(d.Name)
		w, m := newseval.Wrap(d.Text, 72)
		maps[base], texts[base] = m, w
		require.NoError(t, os.WriteFile(filepath.Join(dir, base), w, 0o644))
	}
	wdocs, err := Load(dir)
	require.NoError(t, err)
	require.Len(t, wdocs, len(docs), fmt.Sprintf("wrapped copies in %s", dir))
	return wdocs, newseval.Move(gold, maps, texts)
}
