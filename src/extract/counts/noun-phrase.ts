import type { CompiledBinding, NounInfo } from "./compile-binding.js";
import { lookupNoun } from "./compile-binding.js";
import { unitClass } from "../../text/word-index.js";
import type { NumberSpan } from "./find-numbers.js";
import { type Tokens, tokenAt } from "./sentence-tokens.js";

/** The noun phrase after a number: its words, head and lexicon entry. */
export interface NounPhrase {
  /** End of the last word taken, or the number's end when the noun is elided. */
  end: number;
  words: number;
  head: string | null;
  info: NounInfo | undefined;
}

const startsWithLetter = (s: string) => {
  const k = s.charCodeAt(0);
  return k >= 0xd800 && k <= 0xdfff ? /^\p{L}/u.test(s) : unitClass(k) === 2;
};
const isUpper = (ch: string | undefined) => ch !== undefined && ch !== ch.toLowerCase();

/**
 * Reads the noun phrase counted by `num`: after an optional link and
 * partitive ("3 millions de dollars", "dix de nos hommes"), up to
 * `maxNounWords` words until a break word, a cue, punctuation or another
 * number (a cue that is itself a counted noun may head it: "dix morts"). The head is the first (fr, es) or last (en) word found in a
 * lexicon, else the first or last word. In head-last languages a capitalised
 * word after a lower-case one starts something else ("five boroughs Sunday").
 */
export function nounPhrase(
  num: NumberSpan,
  t: Tokens,
  original: string,
  b: CompiledBinding,
  /** 1 at the tokens where a phrase stops (cues, numbers). */
  stop: ArrayLike<number>,
): NounPhrase {
  let i = tokenAt(t, num.end);
  const n = t.length;
  if (i < n && b.links.has(t.text(i)!) && (num.scaled || b.partitives.has(t.text(i + 1) ?? ""))) {
    i++;
    if (i < n && b.partitives.has(t.text(i)!)) i++;
  }
  const taken: number[] = [];
  while (taken.length < b.maxNounWords && i < n) {
    const w = t.text(i)!;
    if (!startsWithLetter(w) || b.breaks.has(w)) break;
    if (stop[i] === 1 && (taken.length || !lookupNoun(b, w))) break;
    // Head-last: a lexicon noun ends the phrase unless another noun follows ("police officers").
    if (!b.headFirst && taken.length && lookupNoun(b, t.text(taken[taken.length - 1])!) && !lookupNoun(b, w)) break;
    if (!b.headFirst && taken.length && isUpper(original[t.starts[i]]) && !isUpper(original[t.starts[taken[taken.length - 1]]])) break;
    taken.push(i);
    i++;
  }
  if (!taken.length) return { end: num.end, words: 0, head: null, info: undefined };
  const order = b.headFirst ? taken : [...taken].reverse();
  for (const k of order) {
    const pos = taken.indexOf(k);
    const pair = b.headFirst ? taken[pos + 1] : taken[pos - 1];
    if (pair !== undefined) {
      const phrase = b.headFirst ? `${t.text(k)!} ${t.text(pair)!}` : `${t.text(pair)!} ${t.text(k)!}`;
      const info = b.nouns.get(phrase);
      if (info) return { end: t.ends[taken[taken.length - 1]], words: taken.length, head: phrase, info };
    }
    const info = lookupNoun(b, t.text(k)!);
    if (info) return { end: t.ends[taken[taken.length - 1]], words: taken.length, head: t.text(k)!, info };
  }
  return { end: t.ends[taken[taken.length - 1]], words: taken.length, head: t.text(order[0])!, info: undefined };
}
