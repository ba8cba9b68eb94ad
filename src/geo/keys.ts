import { fold } from "../text/fold.js";

/** A word of a sentence: a run of letters or digits, with its span and its folded form. */
export interface GeoToken {
  start: number;
  end: number;
  key: string;
  /** Starts with an upper-case letter in the original text. */
  cap: boolean;
  /** Every letter is upper case (an acronym such as "AFP"). */
  allCaps: boolean;
}

/** A word; a "?" or U+FFFD between letters stands for a letter lost by a scraper's encoding ("A?n al-Assad"). Each repeat consumes one mark: linear. */
const WORD = /[\p{L}\p{N}]+(?:[?\uFFFD][\p{L}\p{N}]+)*/gu;
/** What may separate two words of one name: spaces, a hyphen, an apostrophe, or a lone period inside an abbreviation ("EE.UU."). */
const JOIN = /^(?:[ \t\u00a0'\u2019-]{1,3}|\.)$/u;

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
      cap: first !== first.toLowerCase(),
      allCaps: word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase(),
    });
  }
  return { tokens: out, folded };
}

/** Whether tokens `a` and `b` (consecutive) belong to one name: only spaces, a hyphen or an apostrophe between them. */
export function joined(text: string, a: GeoToken, b: GeoToken): boolean {
  return JOIN.test(text.slice(a.end, b.start));
}
