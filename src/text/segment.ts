import type { LanguagePack } from "../lang/pack.js";
import type { Span } from "../types.js";

/** What sentence splitting needs from a pack; built once per pack (`pack.memo("sentences", compileSegmenter)`). */
export interface Segmenter {
  segmenter: Intl.Segmenter;
  abbreviations: ReadonlySet<string>;
}

export const compileSegmenter = (pack: LanguagePack): Segmenter => ({
  segmenter: new Intl.Segmenter(pack.code, { granularity: "sentence" }),
  abbreviations: new Set(pack.data.meta.abbreviations),
});

// The word before a final period: "gén." → "gén", "(U.S." → "U.S", "J.-C." → "J.-C".
const BEFORE_PERIOD = /([\p{L}\p{N}][\p{L}\p{N}.°º-]*)\.$/u;
const INITIAL = /^\p{Lu}$/u;
// A segment that continues the previous one: lower-case start, closing quote or bracket, inner punctuation.
const CONTINUES = /^[\p{Ll}»”)\],;:]/u;
const HAS_WORD = /[\p{L}\p{N}]/u;
/** A run-on guard: an unbalanced « never merges more than this many characters. */
const MAX_QUOTE_MERGE = 1000;

function endsWithAbbreviation(s: string, abbreviations: ReadonlySet<string>): boolean {
  const m = BEFORE_PERIOD.exec(s);
  return m !== null && (abbreviations.has(m[1]) || INITIAL.test(m[1]));
}

const openQuote = (s: string) => {
  let depth = 0;
  for (const ch of s) {
    if (ch === "«" || ch === "“") depth++;
    else if ((ch === "»" || ch === "”") && depth > 0) depth--;
  }
  return depth > 0;
};

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a;

/**
 * Splits `text[lo, hi)` (one paragraph) into sentences with Intl.Segmenter, then
 * merges a segment into the previous one when that is only punctuation, ends with
 * an abbreviation or initial, when it starts in lower case or with a closing quote, or when the
 * previous one leaves a « or “ open. Spans are trimmed and never empty.
 */
export function segmentParagraph(text: string, lo: number, hi: number, s: Segmenter): Span[] {
  const merged: Span[] = [];
  for (const seg of s.segmenter.segment(text.slice(lo, hi))) {
    let start = lo + seg.index;
    let end = start + seg.segment.length;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (start === end) continue;
    const prev = merged[merged.length - 1];
    if (prev) {
      const before = text.slice(prev.start, prev.end);
      const join =
        !HAS_WORD.test(before) ||
        endsWithAbbreviation(before, s.abbreviations) ||
        CONTINUES.test(text[start]) ||
        (before.length < MAX_QUOTE_MERGE && openQuote(before));
      if (join) {
        prev.end = end;
        continue;
      }
    }
    merged.push({ start, end });
  }
  return merged;
}
