import type { Ctx } from "../types.js";

/** Apostrophes (ASCII, typographic, modifier letter, backtick, acute, prime) and hyphens/dashes/minus. */
const APOSTROPHES_HYPHENS = /['\u2018\u2019\u02bc`\u00b4\u2032\u002d\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g;

/**
 * The scoring normalisation of FORMAT.md: Unicode NFKD, diacritics (combining
 * marks) removed, lower case, apostrophes and hyphens replaced by spaces,
 * white space collapsed and trimmed.
 */
export function normalise(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(APOSTROPHES_HYPHENS, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * The words of a string after normalisation: maximal runs of letters and
 * digits. Other punctuation (commas, periods, brackets) separates words, so
 * "Assad," and "Assad" are the same word, and "U.S." is the words "u" and "s".
 */
export function words(text: string): string[] {
  return normalise(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The words of `text` that are not stop words, in order, repeats kept. */
export function contentWords(text: string, stopwords: ReadonlySet<string>): string[] {
  return words(text).filter((w) => !stopwords.has(w));
}

/** Normalises a stop-word list the way scored text is normalised ("l'" -> "l", "été" -> "ete"). */
export function stopwordSet(list: readonly string[]): ReadonlySet<string> {
  const out = new Set<string>();
  for (const entry of list) for (const w of words(entry)) out.add(w);
  return out;
}

const NONE: ReadonlySet<string> = new Set();

/**
 * The scoring stop words of a language: the pack's `meta.stopwords`,
 * normalised once per pack. A language without a pack has none, so every word
 * of it is a content word.
 */
export function stopwordsFor(ctx: Ctx, lang: string): ReadonlySet<string> {
  const pack = ctx.packs.get(lang);
  return pack ? pack.memo("eval:stopwords", (p) => stopwordSet(p.data.meta.stopwords)) : NONE;
}
