//go:build race

package archive

// raceEnabled reports a -race build: the slowest tests do less.
const raceEnabled = true
