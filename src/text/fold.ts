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

// Char codes are folded into a reused buffer and turned into strings a chunk at a time (much faster than `+=` per char).
const CHUNK = 8192;
// The buffer is shared by every call (fold is synchronous and does not re-enter): a document costs no 8–64 KB array.
const buf: number[] = [];

export function fold(text: string): string {
  const parts: string[] = [];
  for (let start = 0; start < text.length; start += CHUNK) {
    const end = Math.min(start + CHUNK, text.length);
    buf.length = end - start;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      buf[i - start] = c < 0x41 ? c : c <= 0x5a ? c + 32 : c < 0x80 ? c : foldCode(c);
    }
    parts.push(String.fromCharCode.apply(null, buf));
  }
  return parts.join("");
}

/** The folded text of a document: the one the normalise stage made with `text` (each text is folded once), else folded now. */
export const foldedText = (doc: { readonly text: string; readonly folded: string | null }): string => doc.folded ?? fold(doc.text);

/** Folds a lexicon phrase the same way (phrases may be written with accents). */
export function foldPhrase(phrase: string): string {
  return fold(phrase.normalize("NFC")).replace(/\s+/g, " ").trim();
}
