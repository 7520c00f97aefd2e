// Package compare clusters quotes from many articles that render the
// same statement, and flags where the articles disagree.
package compare
