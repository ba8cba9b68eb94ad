import { isLostLetter, LOST_LETTER_CLASS } from "./lost-letter.js";
import { charClass, DIGIT, hasSurrogate, isLetterOrMark, LETTER, SPACE, unitClass } from "./word-index.js";

/** A word, number or punctuation token with its span in the text. */
export interface Token {
  start: number;
  end: number;
  text: string;
  kind: "word" | "number" | "punct";
}

// Words keep inner apostrophes and hyphens ("aujourd'hui", "al-Assad") and a "?" or U+FFFD standing for a letter a
// scraper lost ("A?n"); numbers keep inner separators.
const TOKEN = new RegExp(`\\p{L}[\\p{L}\\p{M}]*(?:['\\u2019${LOST_LETTER_CLASS}-][\\p{L}\\p{M}]+)*|\\p{N}+(?:[.,\\u00a0\\u202f\\u2009 ]\\p{N}{3})*(?:[.,]\\p{N}+)?|[^\\s\\p{L}\\p{N}]`, "gu");

/** Tokenises `text[from, to)` (bounds clamped to the text); spans are offsets into `text`. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  from = Math.max(0, from);
  to = Math.min(text.length, to);
  return hasSurrogate(text, from, to) ? tokenizeByRegex(text, from, to) : tokenizeBmp(text, from, to);
}

/** `TOKEN` read with the cached classes of BMP units: no match array, no slice of the region (astral text takes `tokenizeByRegex`). */
function tokenizeBmp(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  let i = from;
  while (i < to) {
    const k = charClass(text.charCodeAt(i));
    if (k === SPACE) {
      i++;
      continue;
    }
    const start = i;
    if (k === LETTER) i = wordEnd(text, i + 1, to);
    else if (k === DIGIT) i = numberEnd(text, i + 1, to);
    else i++;
    out.push({ start, end: i, text: text.slice(start, i), kind: k === LETTER ? "word" : k === DIGIT ? "number" : "punct" });
  }
  return out;
}

const isDigitAt = (text: string, i: number, to: number) => i < to && charClass(text.charCodeAt(i)) === DIGIT;

/** `[\p{L}\p{M}]*(?:['’?\uFFFD-][\p{L}\p{M}]+)*` from `i`: a joiner belongs to the word only before a letter or mark. */
function wordEnd(text: string, i: number, to: number): number {
  for (;;) {
    while (i < to && isLetterOrMark(charClass(text.charCodeAt(i)))) i++;
    if (i + 1 >= to || !isJoiner(text.charCodeAt(i)) || !isLetterOrMark(charClass(text.charCodeAt(i + 1)))) return i;
    i += 2;
  }
}

const isJoiner = (c: number) => c === 0x27 || c === 0x2019 || c === 0x2d || isLostLetter(c);
const isGroupSeparator = (c: number) => c === 0x2e || c === 0x2c || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x20;

/** `\p{N}*(?:[.,\u00a0\u202f\u2009 ]\p{N}{3})*(?:[.,]\p{N}+)?` from `i`, greedy as the regex reads it. */
function numberEnd(text: string, i: number, to: number): number {
  while (isDigitAt(text, i, to)) i++;
  while (i < to && isGroupSeparator(text.charCodeAt(i)) && isDigitAt(text, i + 1, to) && isDigitAt(text, i + 2, to) && isDigitAt(text, i + 3, to)) i += 4;
  const c = i < to ? text.charCodeAt(i) : 0;
  if ((c === 0x2e || c === 0x2c) && isDigitAt(text, i + 1, to)) {
    i += 2;
    while (isDigitAt(text, i, to)) i++;
  }
  return i;
}

/** The tokens as `TOKEN` finds them: the definition, and the path of text holding astral characters. */
export function tokenizeByRegex(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  const slice = text.slice(from, to);
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(slice))) {
    const t = m[0];
    const c = t.codePointAt(0)!;
    // The first code point's class (a cached table for the BMP).
    const k = c < 0x10000 ? unitClass(c) : /\p{L}/u.test(String.fromCodePoint(c)) ? 2 : /\p{N}/u.test(String.fromCodePoint(c)) ? 3 : 1;
    const kind = k === 2 ? "word" : k === 3 ? "number" : "punct";
    out.push({ start: from + m.index, end: from + m.index + t.length, text: t, kind });
  }
  return out;
}
