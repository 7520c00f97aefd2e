//go:build !race

package verbatim

// raceEnabled: under the race detector the pathological inputs run at
// the -short size, since it slows them ten times over.
const raceEnabled = false
