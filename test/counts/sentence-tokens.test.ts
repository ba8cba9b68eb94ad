/**
 * The counts tokenizer reads character classes in a loop; the pack's token
 * regex (`b.token`) is its definition. Both give the same tokens on any
 * folded text, per pack.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileCounts } from "../../src/extract/counts/recognise-counts.js";
import { tokenizeByRegex, tokenizeSentence, type Tokens } from "../../src/extract/counts/sentence-tokens.js";
import { createContext } from "../../src/pipeline.js";
import { fold } from "../../src/text/fold.js";

const spans = (t: Tokens) => t.starts.map((s, i) => [s, t.ends[i], t.text(i)]);
const UNITS = [";", "a", "é", "l'", "d'", "qu'", "aujourd'hui", "-", "--", "anti-", "x-y-z-w-v-u", "'", "’", " ", "  ", "\t", "1", "12", "2 500", "1,5", ".", ",", "?", "\u0301", "\u00a0", "%", "$", "«", "»", "soldats", "vingt-trois", "del", "al-", "A", "Ñ", "ß"];

describe("counts tokenizer", () => {
  for (const [code, pack] of createContext().packs) {
    const b = compileCounts(pack).binding;
    it(`${code}: the same tokens as the pack's token regex`, () => {
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...UNITS), { maxLength: 40, size: "max" }), (units) => {
          const folded = fold(units.join(""));
          expect(spans(tokenizeSentence(folded, b))).toEqual(spans(tokenizeByRegex(folded, b)));
        }),
        { numRuns: 2000, seed: 11 },
      );
    });
    // bindSentence finds the ";" clause breaks with indexOf instead of reading the tokens.
    it.runIf(!b.elisionAt || b.elisionsPlain)(`${code}: every ";" is a token of its own`, () => {
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...UNITS), { maxLength: 40, size: "max" }), (units) => {
          const folded = fold(units.join(""));
          const t = tokenizeByRegex(folded, b);
          const tokens = t.starts.filter((s, i) => t.text(i) === ";");
          expect(tokens).toEqual([...folded.matchAll(/;/g)].map((m) => m.index));
        }),
        { numRuns: 1000, seed: 12 },
      );
    });
  }
});
