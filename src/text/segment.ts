import type { LanguagePack } from "../lang/pack.js";
import type { Span } from "../types.js";
import { type BreakTable, compileBreaks, sentenceBreaks } from "./sentence-break.js";
import { hasWordChar } from "./char-tests.js";

/** What sentence splitting needs from a pack; built once per pack (`pack.memo("sentences", compileSegmenter)`). */
export interface Segmenter {
  segmenter: Intl.Segmenter;
  /** The same breaks computed in JavaScript for Latin text (sentence-break.ts). */
  breaks: BreakTable;
  abbreviations: ReadonlySet<string>;
}

export function compileSegmenter(pack: LanguagePack): Segmenter {
  const segmenter = new Intl.Segmenter(pack.code, { granularity: "sentence" });
  return { segmenter, breaks: compileBreaks(segmenter), abbreviations: new Set(pack.data.meta.abbreviations) };
}

const INITIAL = /^\p{Lu}$/u;
// A segment that continues the previous one: lower-case start, closing quote or bracket, inner punctuation.
const CONTINUES = /^[\p{Ll}»”)\],;:]/u;
/** `INITIAL.test(word)`: one upper-case letter (one code point: at most two units), ASCII read from its code. Exported for its test. */
export const isInitial = (word: string) => (word.length === 1 && word.charCodeAt(0) < 0x80 ? word.charCodeAt(0) >= 0x41 && word.charCodeAt(0) <= 0x5a : word.length <= 2 && INITIAL.test(word));
/** `CONTINUES.test(c)` for the unit `c`, ASCII read from its code. Exported for its test. */
export const continues = (c: number) =>
  c < 0x80 ? (c >= 0x61 && c <= 0x7a) || c === 0x29 || c === 0x5d || c === 0x2c || c === 0x3b || c === 0x3a : CONTINUES.test(String.fromCharCode(c));
/** A run-on guard: an unbalanced « never merges more than this many characters. */
const MAX_QUOTE_MERGE = 1000;

/** Characters of a merged segment looked at for its last word: abbreviations are short, and a longer run is none. */
const TAIL = 256;
const RUN_CHAR = /[\p{L}\p{N}.°º-]/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const FULL_STOP = 0x2e;

const isAsciiWord = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
/** A letter or digit, or ".", "°", "º", "-": what the word before a final period is made of. */
const isRun = (cp: number) => (cp < 0x80 ? isAsciiWord(cp) || cp === FULL_STOP || cp === 0x2d : RUN_CHAR.test(String.fromCodePoint(cp)));
const isWord = (cp: number) => (cp < 0x80 ? isAsciiWord(cp) : WORD_CHAR.test(String.fromCodePoint(cp)));

/** The code point of `text` that ends at `q` and its length, not reaching before `from` (a cut pair is a lone surrogate). */
function codePointBefore(text: string, q: number, from: number): number {
  const lo = text.charCodeAt(q - 1);
  if (lo >= 0xdc00 && lo <= 0xdfff && q - 2 >= from) {
    const hi = text.charCodeAt(q - 2);
    if (hi >= 0xd800 && hi <= 0xdbff) return (hi - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000;
  }
  return lo;
}

/**
 * Whether `text[start, end)` ends with an abbreviation or an initial: the word
 * before a final period ("gén." → "gén", "(U.S." → "U.S", "J.-C." → "J.-C"),
 * i.e. the leftmost letter or digit from which only letters, digits, ".", "°",
 * "º" and "-" run to the period. Reads only the last TAIL characters, backwards
 * (linear merging); a word going on before them is longer than any abbreviation.
 */
function endsWithAbbreviation(text: string, start: number, end: number, abbreviations: ReadonlySet<string>): boolean {
  const from = Math.max(start, end - TAIL);
  const dot = end - 1;
  if (dot < from || text.charCodeAt(dot) !== FULL_STOP) return false;
  let run = dot;
  while (run > from) {
    const cp = codePointBefore(text, run, from);
    if (!isRun(cp)) break;
    run -= cp > 0xffff ? 2 : 1;
  }
  let s = run;
  while (s < dot) {
    const cp = text.codePointAt(s)!;
    if (isWord(cp)) break;
    s += cp > 0xffff ? 2 : 1;
  }
  if (s >= dot) return false;
  if (from > start && s === from && RUN_CHAR.test(text[from - 1])) return false;
  const word = text.slice(s, dot);
  return abbreviations.has(word) || isInitial(word);
}

/** The depth of open « or “ quotes after reading `text[from, to)`, starting at `depth` (the quotes are single UTF-16 units). */
const quoteDepth = (text: string, from: number, to: number, depth = 0) => {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xab || c === 0x201c) depth++;
    else if ((c === 0xbb || c === 0x201d) && depth > 0) depth--;
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
 * The raw sentence segments of `text[lo, hi)`, line by line: a line feed always
 * ends a sentence and nothing breaks right before one (UAX #29 SB4, SB9–SB11),
 * and it stops every look-ahead as the end of the text does, so each line is
 * segmented alone — by the JavaScript table when it covers the line, else by
 * Intl.Segmenter — with the same breaks as the whole paragraph, less the
 * segments of blank lines (white space, which the caller drops).
 */
export function* lineSegments(s: Segmenter, text: string, lo: number, hi: number): Generator<Span> {
  for (let a = lo; a < hi; ) {
    let b = text.indexOf("\n", a);
    if (b < 0 || b > hi) b = hi;
    if (b > a) yield* sentenceBreaks(s.breaks, text, a, b) ?? rawSegments(s.segmenter, text, a, b);
    a = b + 1;
  }
}

/**
 * Splits `text[lo, hi)` (one paragraph) into sentences (line by line: the
 * JavaScript break table where it covers a line, Intl.Segmenter elsewhere), then
 * merges a segment into the previous one when that is only punctuation, ends with
 * an abbreviation or initial, when it starts in lower case or with a closing quote, or when the
 * previous one leaves a « or “ open. Spans are trimmed and never empty.
 */
export function segmentParagraph(text: string, lo: number, hi: number, s: Segmenter): Span[] {
  const merged: Span[] = [];
  // Whether the last merged span holds a letter or digit, and its open quotes, kept up to date as it grows (no rescans).
  let prevHasWord = false;
  let prevDepth = 0;
  for (const seg of lineSegments(s, text, lo, hi)) {
    let { start, end } = seg;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (start === end) continue;
    const prev = merged[merged.length - 1];
    const word = hasWordChar(text, start, end);
    if (prev) {
      const join =
        !prevHasWord ||
        endsWithAbbreviation(text, prev.start, prev.end, s.abbreviations) ||
        continues(text.charCodeAt(start)) ||
        (prev.end - prev.start < MAX_QUOTE_MERGE && prevDepth > 0);
      if (join) {
        prevHasWord ||= word;
        prevDepth = quoteDepth(text, prev.end, end, prevDepth);
        prev.end = end;
        continue;
      }
    }
    merged.push({ start, end });
    prevHasWord = word;
    prevDepth = quoteDepth(text, start, end);
  }
  return merged;
}
