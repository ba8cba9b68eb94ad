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
  // The words taken are the tokens [first, i): a run, read in place.
  const first = i;
  while (i - first < b.maxNounWords && i < n) {
    const w = t.text(i)!;
    if (!startsWithLetter(w) || b.breaks.has(w)) break;
    const taken = i > first;
    if (stop[i] === 1 && (taken || !lookupNoun(b, w))) break;
    // Head-last: a lexicon noun ends the phrase unless another noun follows ("police officers").
    if (!b.headFirst && taken && lookupNoun(b, t.text(i - 1)!) && !lookupNoun(b, w)) break;
    if (!b.headFirst && taken && isUpper(original[t.starts[i]]) && !isUpper(original[t.starts[i - 1]])) break;
    i++;
  }
  if (i === first) return { end: num.end, words: 0, head: null, info: undefined };
  const last = i - 1;
  const end = t.ends[last];
  const words = i - first;
  // Head-first languages read the words in order, each with the next; head-last ones backwards, each with the previous.
  const step = b.headFirst ? 1 : -1;
  for (let k = b.headFirst ? first : last; k >= first && k <= last; k += step) {
    const pair = k + step;
    if (pair >= first && pair <= last) {
      const lead = b.headFirst ? t.text(k)! : t.text(pair)!;
      // Only a word that starts a two-word lexicon entry is joined to its neighbour and looked up.
      if (b.pairLeads.has(lead)) {
        const phrase = b.headFirst ? `${lead} ${t.text(pair)!}` : `${lead} ${t.text(k)!}`;
        const info = b.nouns.get(phrase);
        if (info) return { end, words, head: phrase, info };
      }
    }
    const info = lookupNoun(b, t.text(k)!);
    if (info) return { end, words, head: t.text(k)!, info };
  }
  return { end, words, head: t.text(b.headFirst ? first : last)!, info: undefined };
}
