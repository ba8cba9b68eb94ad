import { foldPhrase } from "../../text/fold.js";
import { escapeRegExp } from "../../text/regex-escape.js";

/**
 * Turns lexicon phrases into one longest-first alternation over folded text:
 * a space matches one to three spaces, a trailing `*` on a word up to four
 * more letters. Only literals and bounded quantifiers, so no catastrophic
 * backtracking. Returns null for an empty list.
 */
export function alternation(phrases: readonly string[]): string | null {
  const folded = [...new Set(phrases.map(foldPhrase).filter(Boolean))].sort((a, b) => b.length - a.length);
  if (!folded.length) return null;
  const alts = folded.map((p) =>
    p
      .split(" ")
      .map((w) => (w.endsWith("*") ? escapeRegExp(w.slice(0, -1)) + "\\p{L}{0,4}" : escapeRegExp(w)))
      .join("[ ]{1,3}"),
  );
  return `(?:${alts.join("|")})`;
}

/** Whole-word guard for alternatives that begin or end with a letter (symbols such as "%" need none). */
export const WORD_START = "(?<![\\p{L}\\p{N}])";
export const WORD_END = "(?![\\p{L}\\p{N}])";

/** A regex that never matches, for empty lexicons. */
export const NEVER = /(?!)/u;

/** Compiles `src` if the alternation exists, else the never-matching regex. */
export function compileOr(src: string | null, wrap: (alt: string) => string, flags: string): RegExp {
  return src ? new RegExp(wrap(src), flags) : new RegExp(NEVER.source, flags);
}
