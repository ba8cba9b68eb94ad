/**
 * The counts engine: every number of a sentence bound to what it counts.
 *
 * One generic engine driven by the pack's `numbers.json` (how numbers are
 * written: separators, number words, collectives, qualifiers, ranges) and
 * `counts.json` (what they count: head nouns per category, binding cues,
 * units, identifiers). Compiled once per pack through `pack.memo("counts")`.
 *
 * API for other stages (all pure):
 *
 *   recogniseCounts(text, sentence, pack): CountMention[]
 *     The counts of one sentence, in text order. `text` is the document's
 *     normalised text, `sentence` a span of it; offsets in the mentions are
 *     document offsets. `start`/`end` cover the number and its noun phrase,
 *     `qualifierStart` the qualifier ("au moins") if any, `numberEnd` the
 *     number. Elided nouns without a cue get category "other" with
 *     `categorySource: "default"`.
 *
 *   resolveDocumentCounts(mentions): CountMention[]
 *     Document pass over all mentions in text order: a "default" mention
 *     takes the category of the count before it (`categorySource: "context"`).
 *
 *   toCount(mention, docId, n): Count   — the record, `count_id` `${docId}:c${n}`.
 */
export type { CategorySource, CountMention } from "./mention.js";
export { compileCounts, recogniseCounts, type CompiledCounts } from "./recognise-counts.js";
export { resolveDocumentCounts, toCount } from "./resolve-document.js";
