import { foldPhrase } from "./fold.js";

export interface PhraseMatch<T> extends Readonly<{ start: number; end: number; value: T; phrase: string }> {}

export interface PhraseEntry<T> {
  phrase: string;
  value: T;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Compiles lexicon phrases into one longest-first alternation that runs on
 * folded text (see fold.ts). Matches are whole words: not preceded or followed
 * by a letter or digit (`\b` is ASCII-only, so Unicode look-arounds are used).
 *
 * Phrase syntax: a space matches one or more spaces; a trailing `*` on a word
 * allows up to four more letters (inflections: "attaque*" → attaques). Every
 * alternative is literal text with bounded quantifiers, so the pattern cannot
 * backtrack catastrophically.
 */
export class PhraseMatcher<T> {
  private readonly re: RegExp | null;
  private readonly byKey = new Map<string, T>();
  private readonly wildcard: { re: RegExp; value: T; phrase: string }[] = [];

  constructor(entries: readonly PhraseEntry<T>[]) {
    const alts: string[] = [];
    const seen = new Set<string>();
    const sorted = [...entries].sort((a, b) => foldPhrase(b.phrase).length - foldPhrase(a.phrase).length);
    for (const { phrase, value } of sorted) {
      const folded = foldPhrase(phrase);
      if (!folded || seen.has(folded)) continue;
      seen.add(folded);
      const src = folded
        .split(" ")
        .map((w) => (w.endsWith("*") ? escape(w.slice(0, -1)) + "\\p{L}{0,4}" : escape(w)))
        .join("[ \\t]{1,3}");
      alts.push(src);
      if (folded.includes("*")) this.wildcard.push({ re: new RegExp(`^${src}$`, "u"), value, phrase });
      else this.byKey.set(folded, value);
    }
    this.re = alts.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts.join("|")})(?![\\p{L}\\p{N}])`, "gu") : null;
  }

  /** All non-overlapping matches in `folded[from, to)`, leftmost-longest. */
  match(folded: string, from = 0, to = folded.length): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    if (!this.re) return out;
    const re = this.re;
    re.lastIndex = from;
    const region = to === folded.length ? folded : folded.slice(0, to);
    let m: RegExpExecArray | null;
    while ((m = re.exec(region))) {
      const text = m[0];
      const key = text.replace(/[ \t]+/g, " ");
      let value = this.byKey.get(key);
      let phrase = key;
      if (value === undefined) {
        const w = this.wildcard.find((x) => x.re.test(text));
        if (!w) continue;
        value = w.value;
        phrase = w.phrase;
      }
      out.push({ start: m.index, end: m.index + text.length, value, phrase });
    }
    return out;
  }
}
