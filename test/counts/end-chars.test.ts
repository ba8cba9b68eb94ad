/**
 * The end-of-text pre-tests (src/extract/counts/end-chars.ts) skip an
 * end-anchored regex when what ends the text cannot end one of its phrases.
 * They must never skip a regex that would match: for every pack and every
 * pair, a text the regex matches passes the pre-test.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileCounts } from "../../src/extract/counts/recognise-counts.js";
import { textEnd, type EndChars } from "../../src/extract/counts/end-chars.js";
import { createContext } from "../../src/pipeline.js";
import { foldPhrase } from "../../src/text/fold.js";

const TAILS = ["", " ", "  ", "   ", ".", ". ", ",", ", ", ".,", "., ", "\u00a0", "s", "es", "x", "1", "-"];
const HEADS = ["", " ", "x ", "1 ", "le ", "de ", "l'", "a", "é"];

describe("end-of-text pre-tests", () => {
  for (const [code, pack] of createContext().packs) {
    const { numbers: n, binding: b } = compileCounts(pack);
    const d = pack.data;
    const phrases = [
      ...Object.values(d.numbers.qualifiers).flat(),
      ...d.numbers.particles,
      ...d.numbers.ranges.open,
      ...d.counts.identifiers,
      ...d.counts.both,
      ...d.dates.months.flat(),
      ...d.dates.monthAbbreviations.flat(),
      ...d.counts.currencies.flatMap((c) => c.symbols),
    ].flatMap((p) => {
      const f = foldPhrase(p);
      return f.endsWith("*") ? [f.slice(0, -1), `${f.slice(0, -1)}s`, `${f.slice(0, -1)}aux`] : [f];
    });
    const pairs: [string, EndChars, RegExp][] = [
      ["qualifier", n.ends.qualifier, n.qualifierBefore],
      ["range-open", n.ends.rangeOpen, n.rangeOpen],
      ["identifier", b.ends.identifier, b.identifierBefore],
      ["month", b.ends.month, b.monthBefore],
      ["currency", b.ends.currency, b.currencyBefore],
      ["both", b.ends.both, b.bothBefore],
    ];
    it(`${code}: a text its regex matches always passes the pre-test`, () => {
      let matched = 0;
      fc.assert(
        fc.property(fc.constantFrom(...HEADS), fc.constantFrom(...phrases), fc.constantFrom(...TAILS), (head, phrase, tail) => {
          const text = `${head}${phrase}${tail}`;
          for (const [name, ends, re0] of pairs) {
            const re = new RegExp(re0.source, re0.flags.replace(/[gy]/g, ""));
            if (!re.test(text)) continue;
            matched++;
            expect(ends.may(textEnd(text, 0, text.length)), `${name} on ${JSON.stringify(text)}`).toBe(true);
          }
        }),
        { numRuns: 4000, seed: 17 },
      );
      // The generator reaches the regexes.
      expect(matched).toBeGreaterThan(500);
    });
  }
});
