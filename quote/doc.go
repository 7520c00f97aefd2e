// Package quote finds the quoted statements in a news article.
package quote
