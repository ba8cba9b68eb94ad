/**
 * The hand-written tests of src/text/char-tests.ts, segment.ts and geo/keys.ts must answer exactly as the
 * regexes they stand for, on ASCII, other BMP letters of both cases, marks, digits of other scripts,
 * astral letters and lone surrogates.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hasNonDigit, hasWordChar, startsUpper, startsUpperLower } from "../../src/text/char-tests.js";
import { continues, isInitial } from "../../src/text/segment.js";
import { joined, type GeoToken } from "../../src/geo/keys.js";

const UNITS = ["A", "Z", "a", "z", "0", "9", " ", "\t", "\u00a0", ".", "'", "\u2019", "-", ")", "]", ",", ";", ":", "»", "”", "«", "!", "[",
  "É", "é", "Σ", "σ", "ǅ", "\u0301", "٣", "中", "\u{1D400}", "\u{1D41A}", "\ud835", "\udc00", "ß", "Ⅻ", "_", "@"];
const strings = fc.array(fc.constantFrom(...UNITS), { maxLength: 6 }).map((xs) => xs.join(""));

describe("char tests", () => {
  it("answer as their regexes on any short string", () => {
    fc.assert(
      fc.property(strings, (s) => {
        expect(startsUpper(s), JSON.stringify(s)).toBe(/^\p{Lu}/u.test(s));
        expect(startsUpperLower(s), JSON.stringify(s)).toBe(/^\p{Lu}\p{Ll}/u.test(s));
        expect(hasWordChar(s), JSON.stringify(s)).toBe(/[\p{L}\p{N}]/u.test(s));
        if (s.length > 1) expect(hasWordChar(s, 1, s.length - 1), JSON.stringify(s)).toBe(/[\p{L}\p{N}]/u.test(s.slice(1, -1)));
        expect(hasNonDigit(s), JSON.stringify(s)).toBe(/\D/.test(s));
        expect(isInitial(s), JSON.stringify(s)).toBe(/^\p{Lu}$/u.test(s));
        if (s.length) expect(continues(s.charCodeAt(0)), JSON.stringify(s)).toBe(/^[\p{Ll}»”)\],;:]/u.test(s[0]));
      }),
      { numRuns: 5000, seed: 3 },
    );
  });

  it("tell the cases they are for", () => {
    expect([startsUpperLower("Haji"), startsUpperLower("AFP"), startsUpperLower("A"), startsUpperLower("Émile")]).toEqual([true, false, false, true]);
    expect([hasWordChar("« — »"), hasWordChar("— 3"), hasWordChar("\u{1D400}"), hasWordChar("\ud835")]).toEqual([false, true, true, false]);
  });
});

describe("joined", () => {
  const token = (start: number, end: number): GeoToken => ({ start, end, key: "", hash: 0, cap: false, allCaps: false });
  it("answers as /^(?:[ \\t\\u00a0'\\u2019-]{1,3}|\\.)$/u on the gap between two tokens", () => {
    fc.assert(
      fc.property(strings, (gap) => {
        const text = `ab${gap}cd`;
        expect(joined(text, token(0, 2), token(2 + gap.length, 4 + gap.length)), JSON.stringify(gap)).toBe(/^(?:[ \t\u00a0'\u2019-]{1,3}|\.)$/u.test(gap));
      }),
      { numRuns: 3000, seed: 4 },
    );
    expect([" ", "-", " - ", ".", "..", "    ", ""].map((g) => joined(`ab${g}cd`, token(0, 2), token(2 + g.length, 4 + g.length)))).toEqual([true, true, true, true, false, false, false]);
  });
});
