/**
 * SymbolFinder tries its alternation only near anchor characters; the
 * definition is the global regex of the same literal alternation, longest
 * first (what gatherFacts ran before), kept here as the oracle.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SymbolFinder } from "../../src/text/boilerplate-symbols.js";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function oracle(phrases: readonly string[], folded: string): { at: number; phrase: string }[] {
  const alt = [...phrases].sort((a, b) => b.length - a.length).map(escape).join("|");
  if (!alt) return [];
  const re = new RegExp(alt, "g");
  const out: { at: number; phrase: string }[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(folded))) out.push({ at: m.index, phrase: m[0] });
  return out;
}

const PHRASES = ["©", "photo:", "photo :", "photos :", "photo d'illustration :", "(photo d'archives)", "(archive)", "(photo by", "more on this:", "more:", ":)", "x©"];
const UNITS = ["©", "photo", "photos", " ", ":", "(", ")", "d'illustration", "d'archives", "archive", "by", "more", "on", "this", "x", "a", "\n", "\t", "\u{1D400}"];

describe("SymbolFinder", () => {
  it("finds what the global alternation finds", () => {
    fc.assert(
      fc.property(fc.subarray(PHRASES, { minLength: 0 }), fc.array(fc.constantFrom(...UNITS), { maxLength: 60 }), (phrases, units) => {
        const folded = units.join("");
        expect(new SymbolFinder(phrases).findAll(folded)).toEqual(oracle(phrases, folded));
      }),
      { numRuns: 3000, seed: 3 },
    );
  });
});
