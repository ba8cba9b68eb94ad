import type { Span } from "../types.js";

/**
 * Unicode sentence boundaries (UAX #29) computed in JavaScript for text made
 * only of the characters whose Sentence_Break class is listed here (Latin
 * letters, digits, common punctuation and spaces): the breaks are those of
 * Intl.Segmenter (ICU), at a fraction of its cost. Text holding any other
 * character (another script, a line or paragraph separator, a format or
 * combining character) gets null: the caller then asks Intl.Segmenter.
 * Each character is also checked against the runtime's segmenter on first use
 * (`check`), and test/text/sentence-break.test.ts checks them all.
 */

const enum C {
  Unknown = 0,
  Other,
  Sp,
  Lower,
  Upper,
  OLetter,
  Numeric,
  ATerm,
  STerm,
  Close,
  SContinue,
}

/** Characters covered: U+0000–U+024F (Latin) and U+2000–U+20CF (general punctuation, super- and subscripts, currency signs). */
const RANGES: readonly (readonly [number, number])[] = [
  [0x0000, 0x0250],
  [0x2000, 0x20d0],
];
const TABLE_SIZE = 0x20d0;

const EXPLICIT: readonly (readonly [C, readonly (number | readonly [number, number])[]])[] = [
  [C.ATerm, [0x2e, 0x2024]],
  [C.Close, [0x22, 0x27]],
  [C.SContinue, [0x2c, 0x2d, 0x3a, 0x3b, [0x2013, 0x2014]]],
  // Left to Intl.Segmenter: controls (line breaks among them), the soft hyphen, zero-width
  // and bidi format characters, line and paragraph separators.
  [C.Unknown, [[0x00, 0x08], 0x0a, 0x0d, [0x0e, 0x1f], [0x7f, 0x9f], 0xad, [0x200b, 0x200f], [0x2028, 0x202e], [0x2060, 0x206f]]],
];

/** The class of a covered character from its Unicode properties (UAX #29, table 4). */
function derived(ch: string): C {
  if (/\p{Lowercase}/u.test(ch)) return C.Lower;
  if (/\p{Uppercase}|\p{Lt}/u.test(ch)) return C.Upper;
  if (/\p{Alphabetic}/u.test(ch)) return C.OLetter;
  if (/\p{Nd}/u.test(ch)) return C.Numeric;
  if (/\p{Sentence_Terminal}/u.test(ch)) return C.STerm;
  if (/[\p{Ps}\p{Pe}\p{Pi}\p{Pf}]/u.test(ch)) return C.Close;
  if (/\p{White_Space}/u.test(ch)) return C.Sp;
  return C.Other;
}

/** Sentence_Break class per UTF-16 unit below TABLE_SIZE; C.Unknown outside the covered ranges. */
function buildTable(): Uint8Array {
  const t = new Uint8Array(TABLE_SIZE);
  for (const [lo, hi] of RANGES) for (let c = lo; c < hi; c++) t[c] = derived(String.fromCharCode(c));
  for (const [cls, items] of EXPLICIT) {
    for (const item of items) {
      const [lo, hi] = typeof item === "number" ? [item, item] : item;
      for (let c = lo; c <= hi; c++) t[c] = cls;
    }
  }
  return t;
}

/** A character's class in a table; C.Unknown beyond it. */
const classAt = (t: Uint8Array, text: string, i: number): C => {
  const c = text.charCodeAt(i);
  return c < TABLE_SIZE ? t[c] : C.Unknown;
};

/**
 * SB8: after "ATerm Close* Sp*", no break when a lower-case letter comes
 * before any other letter or terminator.
 */
function lowerFollows(t: Uint8Array, text: string, at: number, hi: number): boolean {
  for (let i = at; i < hi; i++) {
    const c = classAt(t, text, i);
    if (c === C.Lower) return true;
    if (c === C.Upper || c === C.OLetter || c === C.ATerm || c === C.STerm) return false;
  }
  return false;
}

/** Break offsets strictly inside `text[lo, hi)`, by the rules; the text must be covered. */
function breaksIn(t: Uint8Array, text: string, lo: number, hi: number): number[] {
  const out: number[] = [];
  let i = lo;
  while (i < hi) {
    const c = classAt(t, text, i);
    if (c !== C.ATerm && c !== C.STerm) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < hi && classAt(t, text, j) === C.Close) j++;
    let k = j;
    while (k < hi && classAt(t, text, k) === C.Sp) k++;
    if (k >= hi) break;
    const next = classAt(t, text, k);
    const bare = k === i + 1;
    const before = i > lo ? classAt(t, text, i - 1) : C.Unknown;
    const keep =
      next === C.SContinue ||
      next === C.ATerm ||
      next === C.STerm ||
      (c === C.ATerm &&
        ((bare && next === C.Numeric) || (bare && next === C.Upper && (before === C.Upper || before === C.Lower)) || lowerFollows(t, text, k, hi)));
    if (!keep) out.push(k);
    i = k;
  }
  return out;
}

/**
 * The class table of one segmenter. A character is used only once checked
 * against the segmenter (see `check`), on its first occurrence; one whose
 * breaks differ (another Unicode or ICU version) is left to the segmenter.
 * The outcome of a check depends only on the character and the segmenter, so
 * results never depend on which texts were seen first.
 */
export interface BreakTable {
  segmenter: Intl.Segmenter;
  /** The classes from Unicode properties, never changed: checks run on them, so no check depends on another. */
  derived: Uint8Array;
  /** The classes in use: `derived` less the characters that failed their check. */
  classes: Uint8Array;
  /** 1 once the character has been checked. */
  checked: Uint8Array;
}

export function compileBreaks(segmenter: Intl.Segmenter): BreakTable {
  const derived = buildTable();
  return { segmenter, derived, classes: derived.slice(), checked: new Uint8Array(TABLE_SIZE) };
}

/** Contexts that tell the classes apart; X stands for the character probed. */
const PROBES = ["a.X b", "1.X B", "1. XB", "A.X", "a.Xc", "aX b", "aX B", "1X B", "X. b", "aX. B", "a. X b", "a.)X c", "a?X b", "a.X. c", "a!X. c", "X"];

/**
 * Puts each character in every probe context and compares the rules' breaks
 * with the segmenter's; a character that differs becomes unknown. Probes are
 * separated by "\n", which ends the rules' context (UAX #29 SB4).
 */
function check(table: BreakTable, chars: readonly number[]): void {
  // Intl.Segmenter slows down on long strings: a few characters' probes at a time.
  for (let i = 0; i < chars.length; i += CHECK_BATCH) checkBatch(table, chars.slice(i, i + CHECK_BATCH));
}

/** Characters probed per Intl.Segmenter call (about 3 KB of probes). */
const CHECK_BATCH = 32;

function checkBatch(table: BreakTable, chars: readonly number[]): void {
  const t = table.derived;
  let batch = "";
  const owners: { at: number; len: number; c: number }[] = [];
  for (const c of chars) {
    for (const probe of PROBES) {
      const text = probe.replaceAll("X", String.fromCharCode(c));
      owners.push({ at: batch.length, len: text.length, c });
      batch += text + "\n";
    }
  }
  const icu = new Set<number>();
  for (const s of table.segmenter.segment(batch)) icu.add(s.index);
  const wrong: number[] = [];
  for (const { at, len, c } of owners) {
    const mine = new Set(breaksIn(t, batch, at, at + len));
    let same = icu.has(at);
    for (let i = at + 1; same && i < at + len; i++) if (icu.has(i) !== mine.has(i)) same = false;
    if (!same) wrong.push(c);
  }
  for (const c of chars) table.checked[c] = 1;
  for (const c of wrong) table.classes[c] = C.Unknown;
}

/** Whether every character of `text[lo, hi)` has a class (checking the new ones first). */
function covered(table: BreakTable, text: string, lo: number, hi: number): boolean {
  const t = table.classes;
  let fresh: Set<number> | null = null;
  for (let i = lo; i < hi; i++) {
    const c = text.charCodeAt(i);
    if (c >= TABLE_SIZE || t[c] === C.Unknown) return false;
    if (table.checked[c] === 0) (fresh ??= new Set()).add(c);
  }
  if (fresh === null) return true;
  check(table, [...fresh]);
  for (const c of fresh) if (t[c] === C.Unknown) return false;
  return true;
}

/**
 * The sentence segments of `text[lo, hi)` as absolute spans, as
 * `table.segmenter` gives them for that slice; null when the slice holds a
 * character the table does not cover. Breaks come only from SB11 (after
 * "SATerm Close* Sp*"), unless SB6, SB7, SB8 or SB8a hold there. Linear.
 */
export function sentenceBreaks(table: BreakTable, text: string, lo: number, hi: number): Span[] | null {
  if (!covered(table, text, lo, hi)) return null;
  const out: Span[] = [];
  let start = lo;
  for (const b of breaksIn(table.classes, text, lo, hi)) {
    out.push({ start, end: b });
    start = b;
  }
  if (start < hi) out.push({ start, end: hi });
  return out;
}
