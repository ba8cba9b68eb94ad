import { LOST_LETTER_CLASS } from "./lost-letter.js";

import { unitClass } from "./word-index.js";

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

/** Tokenises `text[from, to)`; spans are offsets into `text`. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
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
