// Package archive keeps the quotes of every article it is given in one
// SQLite file, and answers a fact-checker's question about a quote now
// circulating: has this been said before, in which words, by whom, and
// where was it first reported?
//
// Open opens or creates an archive; Add runs the Verbatim pipeline over
// articles and stores their metadata, quotes, speakers, titles and
// channels; Find looks up a quote as a user pastes it (truncated,
// reworded, re-cased, with or without a claimed speaker); Close closes
// the file.
//
// # Statements
//
// Quotes are stored by rendering: one row per distinct comparison key
// (compare.Key), shared by every article that prints those words. Each
// rendering belongs to one statement. Add clusters a batch with
// compare, as "verbatim check" does, then joins each of the batch's
// clusters to a stored statement: one that already holds one of its
// renderings, or else the statement of the best stored rendering that
// compare's pair comparison (compare.Similarity and Clusterer.Linked)
// links to one of them. So statements cluster across everything
// stored, not only within a batch. Two stored statements are never
// merged afterwards: a later rendering that matches both joins the
// one it matches best. A rendering with fewer content words than
// compare's MinContent is kept apart per speaker, as compare keeps it,
// and is never linked fuzzily.
//
// Find proposes candidate renderings by a full-text search (SQLite
// FTS5, over compare's match tokens), then scores each with the same
// pair comparison, so the archive and a check report agree on what
// renders one statement. As compare caps its posting lists, the search
// reads the postings of the query's rarest tokens up to 256 in all;
// when even the rarest token is common, it reads up to 256 renderings
// holding two of the four rarest. A stored rendering shorter than
// compare's FragmentRatio of the query is a fragment of it: it is
// scored by the share of the query it covers, not of itself, so a
// sentence that merely contains a quoted phrase does not match the
// phrase's statement.
//
// # Articles
//
// An article is identified by its URL, or by its document name when it
// has none. Adding an article whose text and metadata are unchanged
// does nothing; a changed article replaces its earlier version, and a
// rendering no article quotes any more is deleted.
//
// # The file
//
// The archive is one SQLite database in WAL mode, written through a
// pure-Go driver (no cgo, no server). Each Add is one transaction: a
// process killed during Add leaves the archive as the last committed
// Add left it, and adding the same articles again skips those already
// stored, so an interrupted index run resumes where it stopped. Any
// number of readers, in this process or others, may Find while one
// writer adds; a second writer waits for the first (up to a busy
// timeout).
//
// The file carries an application id ("VRBT") and a schema version
// (PRAGMA user_version). Open creates the schema in an empty file,
// migrates an older schema in one transaction, and refuses a file
// that is not a SQLite database or belongs to another application
// (ErrNotArchive), a damaged one (ErrCorrupt) and one written by a
// newer schema (ErrNewerSchema).
//
// Schema version 2 (version 1 without quotes.speaker_kind):
//
//	articles(id, ident UNIQUE, name, url, outlet, published, title, hash, bytes)
//	statements(id)
//	renderings(id, key UNIQUE, tokens, content, statement → statements)
//	renderings_fts: FTS5 over renderings.tokens (contentless, rowid = renderings.id)
//	quotes(id, article → articles, rendering → renderings, start, end, text,
//	       kind, speaker, title, via, speaker_kind)
//	titles(person, title, article → articles): the titles each article gives each person
//	tokens(token, df): how many renderings hold each match token (for IDF)
//	meta(key, value): counts kept up to date by Add ("renderings")
//
// A new schema version appends one migration to migrations (schema.go)
// and never edits an old one.
package archive
