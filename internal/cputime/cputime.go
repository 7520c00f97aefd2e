// Package cputime reports the CPU time the process has used, for
// benchmarks that report throughput per CPU-second: on a shared machine
// it varies much less with the neighbours' load than wall time does.
package cputime

import "time"

// Used returns the process's user plus system CPU time so far, or 0
// where the system does not say.
func Used() time.Duration { return used() }
