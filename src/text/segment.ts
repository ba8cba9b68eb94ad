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

/** Characters of a merged segment looked at for its last word: abbreviations are short, and a longer run is none. */
const TAIL = 256;
const RUN_CHAR = /[\p{L}\p{N}.°º-]/u;

/** Whether `text[start, end)` ends with an abbreviation or an initial; reads only its last TAIL characters (linear merging). */
function endsWithAbbreviation(text: string, start: number, end: number, abbreviations: ReadonlySet<string>): boolean {
  const from = Math.max(start, end - TAIL);
  const m = BEFORE_PERIOD.exec(text.slice(from, end));
  if (m === null) return false;
  // The word may go on before the window: then it is longer than any abbreviation.
  if (from > start && m.index === 0 && RUN_CHAR.test(text[from - 1])) return false;
  return abbreviations.has(m[1]) || INITIAL.test(m[1]);
}

/** The depth of open « or “ quotes after reading `s`, starting at `depth`. */
const quoteDepth = (s: string, depth = 0) => {
  for (const ch of s) {
    if (ch === "«" || ch === "“") depth++;
    else if ((ch === "»" || ch === "”") && depth > 0) depth--;
  }
  return depth;
};

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a;

/** Intl.Segmenter slows down with the length of the string it iterates (super-linear): it is run on windows of this size. */
const WINDOW = 512;
/** A character that ends the look-ahead of the Unicode sentence rules (UAX #29 SB8): a letter, a terminator or a line separator. */
const STOPPER = /[\p{L}\p{Sentence_Terminal}\n\r\u0085\u2028\u2029]/u;

/**
 * The raw Intl.Segmenter segments of `text[lo, hi)` as absolute spans, computed
 * window by window: each window's segments are kept up to the last break whose
 * look-ahead ends inside the window, and the next window starts at that
 * break, so the breaks are those of one pass over the whole paragraph.
 */
export function* rawSegments(segmenter: Intl.Segmenter, text: string, lo: number, hi: number): Generator<Span> {
  let at = lo;
  let size = WINDOW;
  while (at < hi) {
    const end = Math.min(hi, at + size);
    const segs: Span[] = [];
    for (const seg of segmenter.segment(text.slice(at, end))) segs.push({ start: at + seg.index, end: at + seg.index + seg.segment.length });
    if (end === hi) return yield* segs;
    let cut = segs.length - 1;
    while (cut > 0 && !STOPPER.test(text.slice(segs[cut].start, end))) cut--;
    if (cut === 0) {
      size *= 2;
      continue;
    }
    yield* segs.slice(0, cut);
    at = segs[cut].start;
    size = WINDOW;
  }
}

/**
 * Splits `text[lo, hi)` (one paragraph) into sentences with Intl.Segmenter, then
 * merges a segment into the previous one when that is only punctuation, ends with
 * an abbreviation or initial, when it starts in lower case or with a closing quote, or when the
 * previous one leaves a « or “ open. Spans are trimmed and never empty.
 */
export function segmentParagraph(text: string, lo: number, hi: number, s: Segmenter): Span[] {
  const merged: Span[] = [];
  // Whether the last merged span holds a letter or digit, and its open quotes, kept up to date as it grows (no rescans).
  let prevHasWord = false;
  let prevDepth = 0;
  for (const seg of rawSegments(s.segmenter, text, lo, hi)) {
    let { start, end } = seg;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (start === end) continue;
    const prev = merged[merged.length - 1];
    const hasWord = HAS_WORD.test(text.slice(start, end));
    if (prev) {
      const join =
        !prevHasWord ||
        endsWithAbbreviation(text, prev.start, prev.end, s.abbreviations) ||
        CONTINUES.test(text[start]) ||
        (prev.end - prev.start < MAX_QUOTE_MERGE && prevDepth > 0);
      if (join) {
        prevHasWord ||= hasWord;
        prevDepth = quoteDepth(text.slice(prev.end, end), prevDepth);
        prev.end = end;
        continue;
      }
    }
    merged.push({ start, end });
    prevHasWord = hasWord;
    prevDepth = quoteDepth(text.slice(start, end));
  }
  return merged;
}
