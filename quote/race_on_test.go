//go:build race

package quote

// raceEnabled: under the race detector TestPathological skips:
// quote runs on one goroutine, so the detector finds nothing there and
// only slows the inputs ten times over.
const raceEnabled = true
