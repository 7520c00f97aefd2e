// Package attribute credits quotes to their speakers.
package attribute
