/**
 * Folds text for matching while keeping every offset: the result has the same
 * length as the input, each UTF-16 unit replaced by its lower-case base letter
 * (diacritics removed), typographic apostrophes and dashes by ASCII ones.
 * Matching runs on the folded string; spans are then valid on the original.
 */
const cache = new Map<number, number>();

function foldCode(c: number): number {
  let f = cache.get(c);
  if (f !== undefined) return f;
  const ch = String.fromCharCode(c);
  const base = ch.normalize("NFD")[0] ?? ch;
  let s = base.toLowerCase();
  if (s.length !== 1) s = ch.length === 1 ? ch : s[0];
  if (s === "\u2019" || s === "\u2018" || s === "\u02bc" || s === "`" || s === "\u00b4") s = "'";
  else if (s === "\u2010" || s === "\u2011" || s === "\u2012" || s === "\u2013" || s === "\u2014") s = "-";
  f = s.charCodeAt(0);
  cache.set(c, f);
  return f;
}

const unitCache = new Map<string, string>();

/** The folded form of one UTF-16 unit. */
function foldUnit(ch: string): string {
  let f = unitCache.get(ch);
  if (f === undefined) unitCache.set(ch, (f = String.fromCharCode(foldCode(ch.charCodeAt(0)))));
  return f;
}

const ASCII = /^[\x00-\x7f]*$/;
/** The units that fold to something else or may: ASCII capitals and everything beyond ASCII, one unit at a time (no `u` flag). */
const FOLDABLE = /[A-Z\u0080-\uffff]/g;

export function fold(text: string): string {
  // ASCII folds to lower case, which `toLowerCase` gives for ASCII; other text replaces its foldable units one for one.
  return ASCII.test(text) ? text.toLowerCase() : text.replace(FOLDABLE, foldUnit);
}

/** Folds a lexicon phrase the same way (phrases may be written with accents). */
export function foldPhrase(phrase: string): string {
  return fold(phrase.normalize("NFC")).replace(/\s+/g, " ").trim();
}
