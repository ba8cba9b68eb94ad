/**
 * PhraseMatcher.matchIn and PhraseScan (from a document's word index) must give exactly what
 * the regex scan `match` gives, on any region: words cut by the region's ends,
 * phrases across its end, wildcards, spaces and tabs, astral letters.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PhraseMatcher } from "../../src/text/phrase-matcher.js";
import { PhraseScan } from "../../src/text/phrase-scan.js";
import { PhraseVocabulary } from "../../src/text/phrase-vocabulary.js";
import { WordIndex } from "../../src/text/word-index.js";

const PHRASES = ["a", "a tire sur", "attaque*", "attaques", "attaque suicide", "tir*", "tirs", "u.s. forces", "u.s.", "al-shabaab", "al shabaab", "l'ouest", "de", "de la", "b*", "é", "x1", "1", "ab cd ef"];
// Wildcards after the lead ("tir* sur", "l'attaque*"), leads that are wildcards of each other ("at*", "atta*"), and a
// wildcard lead whose phrases also hold exact ones: the wildcard tried for a match is the first of its group that fits.
const WILD = ["tir* sur", "l'attaque*", "u.s. attaque*", "at*", "atta* de", "de la tir*", "a tir*", "attaque* suicide", "sur*", "ouest*", "atta*", "attaq*"];
const UNITS = ["at", "atta", "attaques", "ques", "surs", "ouests", "a", "b", "e", "é", "s", "t", "tir", "ire", "attaque", "sur", " ", "  ", "\t", "   ", "    ", ".", "u", "'", "-", "l", "ouest", "al", "shabaab", "x", "1", "\n", ",", "forces", "de", "la", "ab", "cd", "ef", "\u{1D400}", "\u0301"];

const vocab = new PhraseVocabulary();
const matchers = [PHRASES, PHRASES.slice(0, 8), PHRASES.slice(5), [...WILD, ...PHRASES.slice(0, 10)], [...PHRASES.slice(3), ...WILD]].map((ps) => new PhraseMatcher(ps.map((phrase, i) => ({ phrase, value: i })), vocab));
const scan = new PhraseScan(matchers, vocab);

describe("PhraseMatcher.matchIn", () => {
  it("equals the regex scan on any region", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...UNITS), { maxLength: 40 }), fc.nat(), fc.nat(), fc.boolean(), (units, a, b, isolated) => {
        const text = units.join("");
        const from = text.length ? a % (text.length + 1) : 0;
        const to = from + (text.length - from ? b % (text.length - from + 1) : 0);
        const index = new WordIndex(text);
        for (const m of matchers) {
          const expected = isolated ? m.match(text.slice(from, to)).map((x) => ({ ...x, start: x.start + from, end: x.end + from })) : m.match(text, from, to);
          expect(m.matchIn(index, from, to, isolated)).toEqual(expected);
        }
        const which = (a ^ b) & 31;
        const all = scan.scan(index, from, to, which);
        matchers.forEach((m, i) => expect(all[i]).toEqual(which & (1 << i) ? m.match(text, from, to) : []));
      }),
      { numRuns: 3000, seed: 7 },
    );
  });
});
