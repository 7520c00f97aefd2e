// Package eval scores Verbatim's quotes against gold annotations in the
// JSON Lines format of the PolNeAR conversion described in
// ../shared/eval/README.md, and lists the mistakes for error analysis.
//
// # Gold data
//
// LoadJSONL reads one Doc per line. The gold's code-point offsets are
// converted to byte offsets on load, so every Span in this package is a
// half-open byte range into Doc.Text, like every span in Verbatim.
//
// # Quoted segments
//
// A gold segment is one quoted stretch of text: each quoted_spans entry
// of a gold quote of kind "direct" or "mixed" (a direct quote
// interrupted by "he said" has two). A gold quote of kind "mixed"
// without quoted_spans (13 in the dev split, with marks the conversion
// could not pair, such as a quote opened with ”) contributes its whole
// span. A predicted segment is a quote.Quote of Kind Direct or
// Partial at Depth 0; a quote over several paragraphs contributes one
// segment per entry of Parts. Terms and Indirect quotes are not
// segments: PolNeAR annotates attributed speech only, so a predicted
// scare-quoted term counts as a false positive.
//
// Every segment, gold or predicted, is first trimmed: white space and
// quote marks are removed from both ends, and the punctuation , . ; :
// from the end. Equal trimmed segments within one document count once.
// Two matchings are reported:
//
//   - exact: a predicted segment is correct when its trimmed span equals
//     a gold segment's trimmed span;
//   - lenient: gold and predicted segments are paired one to one,
//     greedily by decreasing overlap/union of their trimmed byte spans,
//     and a pair counts when overlap/union ≥ 0.5.
//
// # Indirect quotes
//
// Gold quotes of kind "indirect" (the whole Start..End span, gaps of
// discontinuous quotes included) are matched one to one against
// predicted quotes of Kind Indirect at any depth, greedily by decreasing
// overlap/union with the threshold 0.5 (Scores.Indirect), and again
// pairing any two spans that share a byte, greedily by decreasing
// overlap (Scores.IndirectAny). PolNeAR's indirect attributions are
// wider than reported speech (beliefs, polls, reports), so recall is
// bounded well below 1 for a reported-speech finder.
//
// # Speakers and cues
//
// A gold quote is matched when one of its segments (direct, mixed) or
// its span (indirect) is matched by the lenient matching above; the
// prediction it is matched with is the one paired with its first
// matched segment. Over matched gold quotes that have a speaker span,
// the speaker is correct when the prediction's Mention overlaps the gold
// speaker span by at least one byte (PolNeAR resolves no pronouns, so
// "he" is compared as written). A prediction without a Mention is wrong
// and is also counted in Accuracy.Missing. Cue accuracy is the same
// test for the prediction's Cue against the gold cue span, over matched
// gold quotes.
//
// The thresholds and the trimming rule are part of the method; if they
// change, EVALUATION.md says so next to the numbers.
package eval
