package compare

import "math"

// This file exports the pair comparison of a Compare run for callers
// that keep renderings elsewhere, such as package archive: the same
// scores and thresholds, without the run's candidate index.

// IDF returns the weight of a match token found in df of n distinct
// renderings, as a Compare run weighs it: at least 100 renderings are
// assumed, so that a few quotes are not weighed as a whole corpus.
func IDF(df, n int) float64 {
	const idfPrior = 100
	return math.Log(1 + float64(max(n, idfPrior))/float64(max(df, 1)))
}

// Similarity scores two renderings by their match tokens (see Tokens;
// both sorted): the IDF-weighted share of the smaller rendering's
// tokens that the other one has, from 0 to 1, and how many tokens they
// share. idf gives a token's weight (see IDF).
func Similarity(a, b []string, idf func(tok string) float64) (score float64, shared int) {
	var wa, wb, sum float64
	for _, t := range a {
		wa += idf(t)
	}
	for _, t := range b {
		wb += idf(t)
	}
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] == b[j]:
			sum += idf(a[i])
			shared++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	minW := math.Min(wa, wb)
	if minW <= 0 {
		return 0, shared
	}
	return sum / minW, shared
}

// Linked reports whether a Compare run with c's options links two
// renderings with this Similarity score and number of shared tokens:
// enough shared words and a score over Threshold, or over
// SpeakerThreshold when both are credited to one person and they share
// a word more than MinShared asks. (A run also links a few paraphrases
// sharing fewer words on evidence beyond the words, such as a shared
// cue; Linked leaves those out.)
func (c *Clusterer) Linked(score float64, shared int, sameSpeaker bool) bool {
	cfg := c.config()
	if shared < cfg.minShared {
		return false
	}
	t := cfg.threshold
	if shared > cfg.minShared && sameSpeaker {
		t = cfg.speakerThreshold
	}
	return score >= t
}

// MinContent returns how many content words (match tokens) a
// rendering needs before c links it by anything but identical words.
func (c *Clusterer) MinContent() int { return c.config().minContent }

// FragmentRatio returns the content-length ratio under which c treats
// the shorter of two linked renderings as a fragment of the longer
// (FragmentRatio is not an option; it is reported for callers that
// must treat fragments as Compare does).
func (c *Clusterer) FragmentRatio() float64 { return c.config().fragmentRatio }
