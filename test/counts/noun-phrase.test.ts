/**
 * nounPhrase reads the words it takes as a run of tokens; the definition is
 * the version that collected them in an array and joined every word with its
 * neighbour to look two-word nouns up (kept here as the oracle).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CompiledBinding, lookupNoun } from "../../src/extract/counts/compile-binding.js";
import type { NumberSpan } from "../../src/extract/counts/find-numbers.js";
import { type NounPhrase, nounPhrase } from "../../src/extract/counts/noun-phrase.js";
import { compileCounts } from "../../src/extract/counts/recognise-counts.js";
import { type Tokens, tokenAt, tokenizeSentence } from "../../src/extract/counts/sentence-tokens.js";
import { createContext } from "../../src/pipeline.js";
import { fold } from "../../src/text/fold.js";
import { unitClass } from "../../src/text/word-index.js";

const startsWithLetter = (s: string) => {
  const k = s.charCodeAt(0);
  return k >= 0xd800 && k <= 0xdfff ? /^\p{L}/u.test(s) : unitClass(k) === 2;
};
const isUpper = (ch: string | undefined) => ch !== undefined && ch !== ch.toLowerCase();

function oracle(num: NumberSpan, t: Tokens, original: string, b: CompiledBinding, stop: ArrayLike<number>): NounPhrase {
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

describe("nounPhrase", () => {
  for (const [code, pack] of createContext().packs) {
    const b = compileCounts(pack).binding;
    // Words of two-word nouns (each half), single nouns, stems with endings, links, partitives, break words, other words.
    const lexicon = [...b.nouns.keys()].flatMap((k) => k.split(" "));
    const stems = [...b.stems.keys(), "x"].flatMap((s) => [s, `${s}s`, `${s}ees`]);
    const small = [...b.links, ...b.partitives, ...[...b.breaks].slice(0, 20), "Sunday", "Police", "x", "de", "of", "the", "-", ",", "7", "12"];
    const word = fc.oneof(fc.constantFrom(...lexicon), fc.constantFrom(...stems), fc.constantFrom(...small));
    it(`${code}: the same phrase as the array version`, () => {
      fc.assert(
        fc.property(fc.array(word, { minLength: 1, maxLength: 12 }), fc.array(fc.boolean(), { maxLength: 14 }), fc.boolean(), fc.nat(3), (words, stops, scaled, capital) => {
          const original = `3 ${words.map((w, i) => (i === capital ? w.charAt(0).toUpperCase() + w.slice(1) : w)).join(" ")}`;
          const folded = fold(original);
          const t = tokenizeSentence(folded, b);
          const stop = new Uint8Array(t.length + 1);
          stops.forEach((s, i) => (stop[i] = s ? 1 : 0));
          const num = { start: 0, end: 1, qualifierStart: 0, scaled } as NumberSpan;
          expect(nounPhrase(num, t, original, b, stop)).toEqual(oracle(num, t, original, b, stop));
        }),
        { numRuns: 3000, seed: 7 },
      );
    });
  }
});
