import { charClass, DIGIT, isLetterOrMark, LETTER, SPACE, SURROGATE } from "../../text/word-index.js";
import type { CompiledBinding } from "./compile-binding.js";

/** The tokens of a folded sentence as parallel arrays (offsets relative to the sentence); their texts are cut on demand. */
export class Tokens {
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  private readonly texts: (string | undefined)[] = [];

  constructor(readonly folded: string) {}

  get length(): number {
    return this.starts.length;
  }

  /** The text of token `i` (undefined past the last token). */
  text(i: number): string | undefined {
    if (i < 0 || i >= this.starts.length) return undefined;
    return (this.texts[i] ??= this.folded.slice(this.starts[i], this.ends[i]));
  }

  push(start: number, end: number, text?: string): void {
    this.starts.push(start);
    this.ends.push(end);
    if (text !== undefined) this.texts[this.starts.length - 1] = text;
  }
}

/**
 * The tokens `b.token` finds (elisions, words of letters and marks joined by
 * up to four hyphens, runs of numbers, single other characters), read by a
 * loop over character classes; a sentence with an astral character is left to
 * the regex. `b.elisionAt` is tried only where a run of letters ends on an
 * apostrophe, as every elision is letters and an apostrophe (else at every token).
 */
export function tokenizeSentence(folded: string, b: CompiledBinding): Tokens {
  const t = new Tokens(folded);
  const { starts, ends } = t;
  const n = folded.length;
  const el = b.elisionAt;
  const plain = b.elisionsPlain;
  let i = 0;
  while (i < n) {
    const k = charClass(folded.charCodeAt(i));
    if (k === SPACE) {
      i++;
      continue;
    }
    if (k === SURROGATE) return tokenizeByRegex(folded, b);
    let j = i + 1;
    if (el && !plain) {
      el.lastIndex = i;
      if (el.test(folded)) {
        j = el.lastIndex;
        starts.push(i);
        ends.push(j);
        i = j;
        continue;
      }
    } else if (el && k === LETTER) {
      // [i, j) is a run of letters: an elision when an apostrophe ends it, else the start of a word.
      while (j < n && charClass(folded.charCodeAt(j)) === LETTER) j++;
      if (folded.charCodeAt(j) === 0x27) {
        el.lastIndex = i;
        if (el.test(folded)) {
          const e = el.lastIndex;
          starts.push(i);
          ends.push(e);
          i = e;
          continue;
        }
      }
    }
    if (isLetterOrMark(k)) {
      while (j < n && isLetterOrMark(charClass(folded.charCodeAt(j)))) j++;
      for (let g = 0; g < 4 && folded.charCodeAt(j) === 0x2d && j + 1 < n && isLetterOrMark(charClass(folded.charCodeAt(j + 1))); g++) {
        j += 2;
        while (j < n && isLetterOrMark(charClass(folded.charCodeAt(j)))) j++;
      }
    } else if (k === DIGIT) {
      while (j < n && charClass(folded.charCodeAt(j)) === DIGIT) j++;
    }
    starts.push(i);
    ends.push(j);
    i = j;
  }
  return t;
}

/** The same tokens by `b.token` itself (sentences with astral characters). */
export function tokenizeByRegex(folded: string, b: CompiledBinding): Tokens {
  const t = new Tokens(folded);
  const re = b.token;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(folded))) {
    t.push(m.index, m.index + m[0].length, m[0]);
  }
  return t;
}

/** Index of the first token starting at or after `offset` (binary search). */
export function tokenAt(t: Tokens, offset: number): number {
  let lo = 0;
  let hi = t.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (t.starts[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Number of tokens starting in `[from, to)`. */
export const tokensBetween = (t: Tokens, from: number, to: number): number => Math.max(0, tokenAt(t, to) - tokenAt(t, from));
