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

/** The stop words of several packs in one table: each folded stop word → a bit per pack that lists it (`packs[i]` is bit `1 << i`). */
export function stopwordTable(packs: readonly LanguagePack[]): ReadonlyMap<string, number> {
  if (packs.length > 31) throw new Error("stopwordTable takes at most 31 packs");
  const out = new Map<string, number>();
  packs.forEach((pack, i) => {
    for (const w of pack.memo("stopwords", stopwordSet)) out.set(w, (out.get(w) ?? 0) | (1 << i));
  });
  return out;
}

/** `stopwordHits(words, stopwordSet(packs[i]))` for every pack `i` of `table` (a `stopwordTable`), in one lookup per word. */
export function stopwordHitsPerPack(words: readonly string[], table: ReadonlyMap<string, number>, packs: number): number[] {
  const hits = new Array<number>(packs).fill(0);
  for (const w of words) {
    let bits = table.get(w) ?? 0;
    if (w.endsWith("'")) bits |= table.get(w.slice(0, -1)) ?? 0;
    for (; bits; bits &= bits - 1) hits[31 - Math.clz32(bits & -bits)]++;
  }
  return hits;
}
