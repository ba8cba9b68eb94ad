import type { LanguagePack } from "../lang/pack.js";
import { foldPhrase } from "./fold.js";

/** A pack's stop words, folded (case and accents ignored); compiled once per pack. */
export const stopwordSet = (pack: LanguagePack): ReadonlySet<string> => new Set(pack.data.meta.stopwords.map(foldPhrase));

// A word, keeping one trailing apostrophe so elided forms ("l'", "qu'") are tokens of their own.
const WORD = /\p{L}[\p{L}\p{M}]*'?/gu;

/** The words of folded text, in order. */
export function foldedWords(folded: string): string[] {
  return folded.match(WORD) ?? [];
}

/** How many of `words` are in the stop word set (an elided "l'" also matches "l"). */
export function stopwordHits(words: readonly string[], stop: ReadonlySet<string>): number {
  let hits = 0;
  for (const w of words) if (stop.has(w) || (w.endsWith("'") && stop.has(w.slice(0, -1)))) hits++;
  return hits;
}
