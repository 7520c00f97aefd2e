//go:build race

package attribute

// raceEnabled: timing bounds do not hold under the race detector.
const raceEnabled = true
