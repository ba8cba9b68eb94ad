import { fold } from "../text/fold.js";
import { isLostLetter, LOST_LETTER_CLASS } from "../text/lost-letter.js";
import { wordHash, type WordIndex } from "../text/word-index.js";

/** A word of a sentence: a run of letters or digits, with its span and its folded form. */
export interface GeoToken {
  start: number;
  end: number;
  key: string;
  /** `wordHash(key)`: a cheap first test before a lookup by key. */
  hash: number;
  /** Starts with an upper-case letter in the original text. */
  cap: boolean;
  /** Every letter is upper case (an acronym such as "AFP"). */
  allCaps: boolean;
}

/** A word; a "?" or U+FFFD between letters stands for a letter lost by a scraper's encoding ("A?n al-Assad"). Each repeat consumes one mark: linear. */
const WORD = new RegExp(`[\\p{L}\\p{N}]+(?:[${LOST_LETTER_CLASS}][\\p{L}\\p{N}]+)*`, "gu");

/** Folded key of a name: lower case, no diacritics, punctuation runs as single spaces ("Aïn al-Assad" → "ain al assad"). */
export function nameKey(name: string): string {
  const out: string[] = [];
  for (const m of fold(name.normalize("NFC")).matchAll(WORD)) out.push(m[0]);
  return out.join(" ");
}

/** The words of `text[from, to)` and the folded slice they were read from (offsets in it are relative to `from`). */
export function geoTokens(text: string, from: number, to: number): { tokens: GeoToken[]; folded: string } {
  const slice = text.slice(from, to);
  const folded = fold(slice);
  const out: GeoToken[] = [];
  for (const m of folded.matchAll(WORD)) {
    const word = slice.slice(m.index, m.index + m[0].length);
    const first = word[0];
    out.push({
      start: from + m.index,
      end: from + m.index + word.length,
      key: m[0],
      hash: wordHash(m[0], 0, m[0].length),
      cap: first !== first.toLowerCase(),
      allCaps: word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase(),
    });
  }
  return { tokens: out, folded };
}

/**
 * The tokens `geoTokens(text, from, to)` gives, read from the word index of
 * the folded document (no surrogate in it): words cut by `from` or `to` are cut there too.
 */
export function indexTokens(text: string, index: WordIndex, from: number, to: number): GeoToken[] {
  const out: GeoToken[] = [];
  const { starts, ends } = index;
  let k = index.firstFrom(from);
  const folded = index.folded;
  if (k > 0 && ends[k - 1] > from) out.push(token(text, from, Math.min(ends[k - 1], to), folded, wordHash(folded, from, Math.min(ends[k - 1], to))));
  for (; k < starts.length && starts[k] < to; k++) {
    // "A?n": words joined by one lost-letter mark are one word, as WORD reads them.
    let last = k;
    while (last + 1 < starts.length && starts[last + 1] === ends[last] + 1 && ends[last + 1] <= to && isLostLetter(folded.charCodeAt(ends[last]))) last++;
    if (last > k) {
      out.push(token(text, starts[k], ends[last], folded, wordHash(folded, starts[k], ends[last])));
      k = last;
      continue;
    }
    out.push(ends[k] <= to ? token(text, starts[k], ends[k], folded, index.hashes[k]) : token(text, starts[k], to, folded, wordHash(folded, starts[k], to)));
  }
  return out;
}

/**
 * Whether `indexTokens(text, index, from, to)` may hold a token that is not a
 * whole word of the index (a word cut by `from` or `to`, words joined by a
 * lost-letter mark), or whose hash `test` accepts: when not, no token of the
 * region passes `test` and the tokens need not be built.
 */
export function mayHoldToken(index: WordIndex, from: number, to: number, test: (hash: number) => boolean): boolean {
  const { starts, ends, hashes, folded } = index;
  let k = index.firstFrom(from);
  if (k > 0 && ends[k - 1] > from) return true;
  for (; k < starts.length && starts[k] < to; k++) {
    if (ends[k] > to || test(hashes[k])) return true;
    if (k + 1 < starts.length && starts[k + 1] === ends[k] + 1 && isLostLetter(folded.charCodeAt(ends[k]))) return true;
  }
  return false;
}

const CAP = 1;
const ALL_CAPS = 2;

/** A token whose key and case are only read when asked for (most words are only tested by hash). */
class IndexedToken implements GeoToken {
  private k: string | undefined = undefined;
  /** -1 until read, then its `CAP` and `ALL_CAPS` bits. */
  private caseBits = -1;

  constructor(
    readonly start: number,
    readonly end: number,
    readonly hash: number,
    private readonly text: string,
    private readonly folded: string,
  ) {}

  get key(): string {
    return (this.k ??= this.folded.slice(this.start, this.end));
  }

  get cap(): boolean {
    return (this.wordCase() & CAP) !== 0;
  }

  get allCaps(): boolean {
    return (this.wordCase() & ALL_CAPS) !== 0;
  }

  private wordCase(): number {
    if (this.caseBits < 0) this.caseBits = caseOf(this.text, this.start, this.end);
    return this.caseBits;
  }
}

const token = (text: string, start: number, end: number, folded: string, hash: number): GeoToken => new IndexedToken(start, end, hash, text, folded);

/** The `CAP` and `ALL_CAPS` bits of the word `text[start, end)`, as geoTokens reads them (ASCII words from their codes). */
function caseOf(text: string, start: number, end: number): number {
  let lower = false;
  let upper = false;
  let ascii = true;
  for (let i = start; i < end && ascii; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) ascii = false;
    else if (c >= 0x61 && c <= 0x7a) lower = true;
    else if (c >= 0x41 && c <= 0x5a) upper = true;
  }
  if (ascii) {
    const c = text.charCodeAt(start);
    return (c >= 0x41 && c <= 0x5a ? CAP : 0) | (end - start > 1 && !lower && upper ? ALL_CAPS : 0);
  }
  const word = text.slice(start, end);
  const first = word[0];
  return (first !== first.toLowerCase() ? CAP : 0) | (word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase() ? ALL_CAPS : 0);
}

/**
 * Whether tokens `a` and `b` (consecutive) belong to one name: what separates them is spaces, a hyphen or an
 * apostrophe, or a lone period inside an abbreviation ("EE.UU."): `/^(?:[ \t\u00a0'\u2019-]{1,3}|\.)$/u` on the
 * gap, read in place.
 */
export function joined(text: string, a: GeoToken, b: GeoToken): boolean {
  const gap = b.start - a.end;
  if (gap === 1 && text.charCodeAt(a.end) === 0x2e) return true;
  if (gap < 1 || gap > 3) return false;
  for (let i = a.end; i < b.start; i++) if (!isJoinUnit(text.charCodeAt(i))) return false;
  return true;
}

/** A unit of `[ \t\u00a0'\u2019-]`. */
const isJoinUnit = (c: number) => c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x27 || c === 0x2019 || c === 0x2d;
