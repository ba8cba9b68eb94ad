import { isSurrogate, unitClass } from "./word-index.js";

/**
 * Tests of short strings (a token, a line), each the exact answer of the regex it
 * names: ASCII is read from its code and anything else is left to the regex.
 * The hot paths ran these regexes a few hundred times per document on short
 * strings (tokens, lines, the gap between two words), where a call to the
 * regex costs more than the test itself.
 */

const UPPER = /^\p{Lu}/u;
const UPPER_LOWER = /^\p{Lu}\p{Ll}/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

const isAsciiUpper = (c: number) => c >= 0x41 && c <= 0x5a;
const isAsciiLower = (c: number) => c >= 0x61 && c <= 0x7a;

/** `/^\p{Lu}/u.test(s)`: starts with an upper-case letter. */
export function startsUpper(s: string): boolean {
  const c = s.charCodeAt(0);
  return c < 0x80 ? isAsciiUpper(c) : UPPER.test(s);
}

/** `/^\p{Lu}\p{Ll}/u.test(s)`: an upper-case letter, then a lower-case one ("Haji", not "AFP" or "A"). */
export function startsUpperLower(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 0x80) {
    if (!isAsciiUpper(c)) return false;
    const d = s.charCodeAt(1);
    if (d < 0x80) return isAsciiLower(d);
  }
  return UPPER_LOWER.test(s);
}

/**
 * `/[\p{L}\p{N}]/u.test(s.slice(from, to))`: `s[from, to)` holds a letter or digit (a surrogate pair is read as the
 * code point it spells, a lone surrogate is neither).
 */
export function hasWordChar(s: string, from = 0, to = s.length): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (isSurrogate(c)) return WORD_CHAR.test(s.slice(i, to));
    if (unitClass(c) > 1) return true;
  }
  return false;
}

/** `/\D/.test(s)`: holds a UTF-16 unit that is not an ASCII digit. */
export function hasNonDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return true;
  }
  return false;
}
