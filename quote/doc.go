// Package quote finds the quoted statements in a news article, with
// exact byte offsets.
//
// # Terms
//
// A quote mark is any of " “ ” „ ‟ ' ‘ ’ ‚ ‛ « » ‹ › 「 」 『 』 ＂, and the
// doubled forms that archive and TeX-style copy use for a double quote
// (two apostrophes, two backticks, ‘‘ and ’’). Marks come in families (double, single, and the two
// corner-bracket pairs); a closing mark closes an open mark of its own
// family only, so a curly opening mark closed by a straight one pairs,
// while an apostrophe never closes a double quote.
//
// A quote is the text between an opening mark and its closing mark. Its
// Kind is:
//
//   - Direct: a full quoted statement. It opens a sentence, follows a
//     colon, a comma or a speech verb ("Xi said “both…”"), or ends with
//     a sentence mark and stands apart from the reporter's words.
//   - Partial: a fragment embedded in the reporter's sentence, such as
//     defended Russia’s “reasonable concerns”, Wang said that “regional
//     security…”, or a headline fragment such as ‘move in’.
//   - Term: a quoted name, title or word that is not speech: the “Quad”,
//     “Survival Guide”, the so-called “peace dividend”. Short quotes all
//     of whose words are capitalised, and quotes after "so-called",
//     "dubbed", "known as", "the word" and the like, are terms.
//   - Indirect: reported speech without marks. This package never
//     produces it; package attribute does.
//
// An apostrophe is a mark inside a word (Russia’s, don't), an elision
// ('90s, 'em, rock 'n' roll), or a closing-shaped single mark after a
// word with no single quote open (the leaders’ meeting).
//
// # Paragraphs and unbalanced marks
//
// The extractor first decides the document's layout: whether its
// paragraphs are lines, blocks between blank lines, or indented blocks,
// and whether their lines are hard-wrapped (as wire feeds, newsletters
// and PDF text are). A line break inside a paragraph is read as a space,
// so a quote, and the sentence around it, run on over it. A quote may
// also cross a few paragraph breaks with no blank line between them
// (MaxSoftLines) to a closing mark, for text with stray line breaks. It
// runs over several paragraphs when each new paragraph starts with the
// opening mark again, the convention for long quotes; it is then one
// Quote whose Parts are the paragraphs' pieces. A quote whose closing
// mark never comes ends at the end of the paragraph where it started and
// is marked Unclosed, so a stray mark cannot swallow the rest of the
// article. A second opening double mark while one is open ends the
// first as Unclosed. Single marks that never close are taken for
// apostrophes. Marks nested deeper than MaxDepth are Stray.
//
// Extractor.Marks lists every mark with the Role it was given, so that
// every mark in the input is accounted for.
//
// # Offsets
//
// All offsets are half-open byte offsets into the input, counted from 0.
// Any bytes are valid input: invalid UTF-8 and NUL bytes stay in place
// and count one byte each, so offsets always index the original bytes.
// Which punctuation inside the marks a quote's span keeps is set out at
// Quote.
package quote
