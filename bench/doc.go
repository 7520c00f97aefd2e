// Package bench holds side-by-side benchmarks of Verbatim and
// github.com/jdkato/prose/v2 on the same text. It is a separate module
// so that prose and its models never enter Verbatim's own dependencies;
// the replace directive in go.mod points at the working tree. See
// BENCHMARKS.md at the repository root.
package bench
