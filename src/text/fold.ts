/**
 * Folds text for matching while keeping every offset: the result has the same
 * length as the input, each UTF-16 unit replaced by its lower-case base letter
 * (diacritics removed), typographic apostrophes and dashes by ASCII ones.
 * Matching runs on the folded string; spans are then valid on the original.
 */
const cache = new Map<string, string>();

function foldChar(ch: string): string {
  let f = cache.get(ch);
  if (f !== undefined) return f;
  const base = ch.normalize("NFD")[0] ?? ch;
  f = base.toLowerCase();
  if (f.length !== 1) f = ch.length === 1 ? ch : f[0];
  if (f === "\u2019" || f === "\u2018" || f === "\u02bc" || f === "`" || f === "\u00b4") f = "'";
  else if (f === "\u2010" || f === "\u2011" || f === "\u2012" || f === "\u2013" || f === "\u2014") f = "-";
  cache.set(ch, f);
  return f;
}

export function fold(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x41) out += text[i];
    else if (c <= 0x5a) out += String.fromCharCode(c + 32);
    else if (c < 0x80) out += text[i];
    else out += foldChar(text[i]);
  }
  return out;
}

/** Folds a lexicon phrase the same way (phrases may be written with accents). */
export function foldPhrase(phrase: string): string {
  return fold(phrase.normalize("NFC")).replace(/\s+/g, " ").trim();
}
