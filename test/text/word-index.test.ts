import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { wordHash, WordIndex } from "../../src/text/word-index.js";

/** The words `[\p{L}\p{N}]+` finds, as [start, end, hash]. */
const byRegex = (s: string) => [...s.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => [m.index, m.index + m[0].length, wordHash(s, m.index, m.index + m[0].length)]);
const words = (ix: WordIndex) => Array.from(ix.starts, (s, k) => [s, ix.ends[k], ix.hashes[k]]);

describe("WordIndex", () => {
  it("holds the words of [\\p{L}\\p{N}]+ with their hashes", () => {
    const unit = fc.constantFrom("a", "Z", "é", "ж", "7", "٣", " ", ",", "'", "-", "\n", "\u00a0", "\u0301");
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 80 }).map((xs) => xs.join("")), (s) => {
        expect(words(new WordIndex(s))).toEqual(byRegex(s));
      }),
    );
  });

  it("indexes a document with more words than its scratch holds, then a small one, exactly", () => {
    const big = Array.from({ length: 9001 }, (_, i) => `w${i}`).join(" ");
    const ix = new WordIndex(big);
    expect(ix.length).toBe(9001);
    expect(words(ix)).toEqual(byRegex(big));
    expect(words(new WordIndex("deux mots"))).toEqual(byRegex("deux mots"));
    // The first index is a copy: indexing another document does not change it.
    expect(ix.starts[9000]).toBe(big.lastIndexOf("w9000"));
  });
});
