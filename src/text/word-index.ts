import { lowerBound } from "./span-search.js";

/**
 * The words of a folded text: maximal runs of letters and digits
 * (`[\p{L}\p{N}]+` by code point, as the phrase and place matchers define a
 * word), found once per document so that every matcher and every sentence
 * reads them instead of rescanning the text.
 */

/** The classes of a UTF-16 unit (`charClass`): `\p{L}`, `\p{N}`, `\s`, `\p{M}`, a surrogate, anything else. */
export const OTHER = 1;
export const LETTER = 2;
export const DIGIT = 3;
export const SPACE = 4;
export const MARK = 5;
export const SURROGATE = 6;

// Per UTF-16 unit: 0 not known yet, else its class. A deterministic cache of Unicode properties.
const CLASS = new Uint8Array(0x10000);

function classify(c: number): number {
  if (c >= 0xd800 && c <= 0xdfff) return SURROGATE;
  const s = String.fromCharCode(c);
  return /^\s$/u.test(s) ? SPACE : /^\p{L}$/u.test(s) ? LETTER : /^\p{M}$/u.test(s) ? MARK : /^\p{N}$/u.test(s) ? DIGIT : OTHER;
}

/** The class of the UTF-16 unit `c` (LETTER, DIGIT, SPACE, MARK, SURROGATE or OTHER). */
export function charClass(c: number): number {
  let k = CLASS[c];
  if (k === 0) CLASS[c] = k = classify(c);
  return k;
}

/** Whether class `k` (`charClass`) is a letter or a combining mark: what continues a word in the tokenizers. */
export const isLetterOrMark = (k: number): boolean => k === LETTER || k === MARK;

/** 2 for a letter, 3 for a digit, 1 otherwise: the class of the BMP unit `c` as a word matcher sees it (a surrogate is "other"). */
export function unitClass(c: number): number {
  const k = charClass(c);
  return k <= DIGIT ? k : OTHER;
}

/** A UTF-16 surrogate unit (half of an astral character, or a lone one). */
export const isSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdfff;

/** A letter or digit UTF-16 unit: a word unit of the index (ASCII read from its code, others from `unitClass`). */
export const isWordUnit = (c: number): boolean => (c < 0x80 ? (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) : unitClass(c) > 1);

/** Whether `s` has a surrogate unit in `[from, to)` (astral characters take the matchers' slower, exact paths). */
export function hasSurrogate(s: string, from = 0, to = s.length): boolean {
  for (let i = from; i < to; i++) if (isSurrogate(s.charCodeAt(i))) return true;
  return false;
}

/** Hashes keep 30 bits: small integers, which V8 keeps unboxed in arrays and Map keys (no heap number per word). */
export const SMALL = 0x3fffffff;

/** A hash of `s[from, to)` (the same as `WordIndex.hashes`): lookups compare a number before they build a string. */
export function wordHash(s: string, from: number, to: number): number {
  let h = 0;
  for (let i = from; i < to; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h & SMALL;
}

/** A bitmap of the low 16 bits of a set of `wordHash` values: a one-load first test (false positives only) before an exact lookup. */
export const hashBitmap = (): Uint8Array => new Uint8Array(1 << 13);

export function setHashBit(bits: Uint8Array, h: number): void {
  bits[(h >> 3) & 0x1fff] |= 1 << (h & 7);
}

/** Whether `h` may be in the set of `bits` (`setHashBit`): false means it is not. */
export const hasHashBit = (bits: Uint8Array, h: number): boolean => (bits[(h >> 3) & 0x1fff] & (1 << (h & 7))) !== 0;

/**
 * Words are first written to these scratch arrays (shared by every call: the constructor is synchronous and
 * does not re-enter), then copied out at their exact count: a document's index makes no array-growth
 * garbage. A larger document grows them for its own index; they go back to their first size after it, so
 * one huge document does not keep its scratch for the rest of the run.
 */
const SCRATCH_WORDS = 4096;
const fresh = (n: number) => ({ starts: new Int32Array(n), ends: new Int32Array(n), hashes: new Int32Array(n) });
let scratch = fresh(SCRATCH_WORDS);

function grown(n: number): typeof scratch {
  const next = fresh(n);
  next.starts.set(scratch.starts);
  next.ends.set(scratch.ends);
  next.hashes.set(scratch.hashes);
  return next;
}

/** The word index of a document: the one an earlier stage built with its folded text (`doc.words`), else a new one. */
export const documentWords = (doc: { readonly words?: WordIndex }, folded: string): WordIndex => (doc.words?.folded === folded ? doc.words : new WordIndex(folded));

export class WordIndex {
  /** Start and end offsets of each word, in text order, and the `wordHash` of each. */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly hashes: Int32Array;
  /** The text holds a surrogate: callers use their exact fallback (astral letters and split pairs). */
  readonly astral: boolean;
  private keys: (string | undefined)[] = [];
  private readonly tables = new Map<object, { version: number; table: Int32Array }>();

  constructor(readonly folded: string) {
    const n = folded.length;
    let astral = false;
    let start = -1;
    let h = 0;
    let w = 0;
    let { starts, ends, hashes } = scratch;
    for (let i = 0; i <= n; i++) {
      const c = i < n ? folded.charCodeAt(i) : 0x20;
      if (isSurrogate(c)) astral = true;
      if (isWordUnit(c)) {
        if (start < 0) {
          start = i;
          h = 0;
        }
        h = (Math.imul(h, 31) + c) | 0;
      } else if (start >= 0) {
        if (w === starts.length) ({ starts, ends, hashes } = scratch = grown(2 * w));
        starts[w] = start;
        ends[w] = i;
        hashes[w] = h & SMALL;
        w++;
        start = -1;
      }
    }
    this.starts = starts.slice(0, w);
    this.ends = ends.slice(0, w);
    this.hashes = hashes.slice(0, w);
    if (starts.length > SCRATCH_WORDS) scratch = fresh(SCRATCH_WORDS);
    this.astral = astral;
  }

  get length(): number {
    return this.starts.length;
  }

  /** The folded text of word `k`. */
  key(k: number): string {
    return (this.keys[k] ??= this.folded.slice(this.starts[k], this.ends[k]));
  }

  /** Index of the first word starting at or after `pos`. */
  firstFrom(pos: number): number {
    return lowerBound(this.starts, pos);
  }

  /** A per-word table computed once per owner and version (e.g. a phrase vocabulary's ids). */
  table(owner: object, version: number, build: (index: WordIndex) => Int32Array): Int32Array {
    let t = this.tables.get(owner);
    if (!t || t.version !== version) this.tables.set(owner, (t = { version, table: build(this) }));
    return t.table;
  }
}
