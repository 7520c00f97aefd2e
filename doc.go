// Package verbatim finds what news articles quote, who said it, and
// whether outlets agree.
//
// The pipeline has three stages, each a package that can be used alone:
// package quote finds quoted statements with exact byte offsets,
// package attribute credits each to its speaker and adds reported
// (indirect) speech, and package compare clusters the quotes of many
// articles that render the same statement and flags where outlets
// differ.
package verbatim
