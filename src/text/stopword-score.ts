import type { LanguagePack } from "../lang/pack.js";
import { foldPhrase } from "./fold.js";

/** A pack's stop words, folded (case and accents ignored); compiled once per pack. */
export const stopwordSet = (pack: LanguagePack): ReadonlySet<string> => new Set(pack.data.meta.stopwords.map(foldPhrase));

// A word, keeping one trailing apostrophe so elided forms ("l'", "qu'") are tokens of their own.
const WORD = /\p{L}[\p{L}\p{M}]*'?/gu;

export interface StopwordScore {
  words: number;
  hits: number;
}

/** Counts words of the folded text and how many are stop words of the set. */
export function stopwordScore(folded: string, stop: ReadonlySet<string>): StopwordScore {
  let words = 0;
  let hits = 0;
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(folded))) {
    words++;
    const w = m[0];
    if (stop.has(w) || (w.endsWith("'") && stop.has(w.slice(0, -1)))) hits++;
  }
  return { words, hits };
}
