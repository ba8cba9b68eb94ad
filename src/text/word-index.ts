/**
 * The words of a folded text: maximal runs of letters and digits
 * (`[\p{L}\p{N}]+` by code point, as the phrase and place matchers define a
 * word), found once per document so that every matcher and every sentence
 * reads them instead of rescanning the text.
 */

// Per UTF-16 unit of the BMP: 0 not known yet, 1 other, 2 letter, 3 digit. A deterministic cache of a Unicode property.
const CLASS = new Uint8Array(0x10000);
const LETTER = /^\p{L}$/u;
const DIGIT = /^\p{N}$/u;

function classify(s: string): number {
  return LETTER.test(s) ? 2 : DIGIT.test(s) ? 3 : 1;
}

/** 2 for a letter, 3 for a digit, 1 otherwise: the class of the BMP unit `c` (a surrogate is "other"). */
export function unitClass(c: number): number {
  let k = CLASS[c];
  if (k === 0) CLASS[c] = k = c >= 0xd800 && c <= 0xdfff ? 1 : classify(String.fromCharCode(c));
  return k;
}

const isSurrogate = (c: number) => c >= 0xd800 && c <= 0xdfff;

/** Whether `s` has a surrogate unit in `[from, to)` (astral characters take the matchers' slower, exact paths). */
export function hasSurrogate(s: string, from = 0, to = s.length): boolean {
  for (let i = from; i < to; i++) if (isSurrogate(s.charCodeAt(i))) return true;
  return false;
}

/** Hashes keep 30 bits: small integers, which V8 keeps unboxed in arrays and Map keys (no heap number per word). */
const SMALL = 0x3fffffff;

/** A hash of `s[from, to)` (the same as `WordIndex.hashes`): lookups compare a number before they build a string. */
export function wordHash(s: string, from: number, to: number): number {
  let h = 0;
  for (let i = from; i < to; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h & SMALL;
}

export class WordIndex {
  /** Start and end offsets of each word, in text order, and the `wordHash` of each. */
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  readonly hashes: number[] = [];
  /** The text holds a surrogate: callers use their exact fallback (astral letters and split pairs). */
  readonly astral: boolean;
  private keys: (string | undefined)[] = [];
  private readonly tables = new Map<object, { version: number; table: Int32Array }>();

  constructor(readonly folded: string) {
    const n = folded.length;
    let astral = false;
    let start = -1;
    let h = 0;
    for (let i = 0; i < n; i++) {
      const c = folded.charCodeAt(i);
      if (isSurrogate(c)) astral = true;
      const word = c < 0x80 ? (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) : unitClass(c) > 1;
      if (word) {
        if (start < 0) {
          start = i;
          h = 0;
        }
        h = (Math.imul(h, 31) + c) | 0;
      } else if (start >= 0) {
        this.starts.push(start);
        this.ends.push(i);
        this.hashes.push(h & SMALL);
        start = -1;
      }
    }
    if (start >= 0) {
      this.starts.push(start);
      this.ends.push(n);
      this.hashes.push(h & SMALL);
    }
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
    const xs = this.starts;
    let lo = 0;
    let hi = xs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (xs[mid] < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** A per-word table computed once per owner and version (e.g. a phrase vocabulary's ids). */
  table(owner: object, version: number, build: (index: WordIndex) => Int32Array): Int32Array {
    let t = this.tables.get(owner);
    if (!t || t.version !== version) this.tables.set(owner, (t = { version, table: build(this) }));
    return t.table;
  }
}
