import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileBreaks, sentenceBreaks } from "../../src/text/sentence-break.js";

const seg = new Intl.Segmenter("fr", { granularity: "sentence" });
const icu = (t: string) => [...seg.segment(t)].map((s) => [s.index, s.index + s.segment.length]);
const mine = (table: ReturnType<typeof compileBreaks>, t: string) => sentenceBreaks(table, t, 0, t.length)?.map((s) => [s.start, s.end]) ?? null;

const COVERED = [...Array.from({ length: 0x250 }, (_, c) => c), ...Array.from({ length: 0xd0 }, (_, i) => 0x2000 + i)].map((c) => String.fromCharCode(c));
const CONTEXTS = ["a.X b", "a. X b", "1.X B", "A.X", "a.Xc", "X. b", "aX. B", "a.) X", "a? X", "a!X. c", "a. 1X b", "a. (X b", "a.X\u00a0b", "a.XX b", "X"];

describe("sentence breaks in JavaScript (Latin text)", () => {
  it("gives Intl.Segmenter's breaks for every covered character in every context, or leaves the text to it", () => {
    const table = compileBreaks(seg);
    let covered = 0;
    for (const ch of COVERED) {
      for (const ctx of CONTEXTS) {
        const t = ctx.replaceAll("X", ch);
        const got = mine(table, t);
        if (got === null) continue;
        covered++;
        expect(got, JSON.stringify(t)).toEqual(icu(t));
      }
    }
    // Letters, digits, punctuation and spaces are handled here; line breaks and format characters are not.
    expect(covered).toBeGreaterThan(COVERED.length * CONTEXTS.length * 0.85);
    expect(mine(table, "a.\nb")).toBeNull();
    expect(mine(table, "Москва. Да")).toBeNull();
  });

  it("gives Intl.Segmenter's breaks on random Latin paragraphs", () => {
    const table = compileBreaks(seg);
    const unit = fc.constantFrom("a", "B", "1", ".", " ", " ", "?", "!", "«", "»", ")", '"', "'", "-", ",", ";", "é", "É", "M.", "etc.", "…", "\u00a0", "\u202f", "’", "“", "”", "ª", "ǅ", "²", "%", "\u203c", "\u2024");
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 300 }), (xs) => {
        const t = xs.join("");
        expect(mine(table, t)).toEqual(icu(t));
      }),
      { numRuns: 2000, seed: 11 },
    );
  });
});
