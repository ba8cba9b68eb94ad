import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tokenize, tokenizeByRegex } from "../../src/text/tokens.js";

// Letters (ASCII, accented, Arabic, Cyrillic), combining marks, digits (ASCII, Arabic-Indic, superscript,
// a Roman numeral), every number separator and word joiner, spaces of every kind, punctuation, and
// astral characters (the regex path) now and then.
const UNITS = [
  "a", "Z", "é", "ß", "ا", "ж", "\u0301", "\u064e", "0", "7", "٣", "²", "\u2163", ".", ",", "\u00a0", "\u202f", "\u2009", " ",
  "'", "\u2019", "-", "?", "\ufffd", "\n", "\t", "\u2003", "\u3000", "!", "«", "»", "(", "%", "$", "\u2014", "_",
];
const ASTRAL = ["\u{1d400}", "\u{1f600}", "\u{10400}"];
// Runs that put separators and joiners where they count: between digit groups and between letters.
const SEPARATORS = [".", ",", "\u00a0", "\u202f", "\u2009", " ", "'", "\u2019", "-", "?", "\ufffd"];
const RUNS = fc.tuple(fc.constantFrom("1", "12", "345", "٣٤٥", "ab", "é\u0301", "xyz"), fc.constantFrom(...SEPARATORS), fc.constantFrom("0", "00", "000", "0000", "a", "\u0301b", "ß")).map((xs) => xs.join(""));
const text = fc
  .array(fc.oneof({ weight: 30, arbitrary: fc.constantFrom(...UNITS) }, { weight: 10, arbitrary: RUNS }, { weight: 1, arbitrary: fc.constantFrom(...ASTRAL) }), { maxLength: 40 })
  .map((xs) => xs.join(""));

describe("tokenize", () => {
  it("gives the tokens of the TOKEN regex on any text and region", () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
        const [from, to] = [a % (t.length + 1), b % (t.length + 1)].sort((x, y) => x - y);
        expect(tokenize(t, from, to)).toEqual(tokenizeByRegex(t, from, to));
      }),
      { numRuns: 5000 },
    );
  });

  it("keeps joined words and grouped numbers whole", () => {
    const t = "Aïn al-Assad: aujourd'hui A?n, 2 500 soldats et 1.234,5 $ ; 3,14. Ⅳ";
    expect(tokenize(t).map((x) => [x.text, x.kind])).toEqual([
      ["Aïn", "word"], ["al-Assad", "word"], [":", "punct"], ["aujourd'hui", "word"], ["A?n", "word"], [",", "punct"],
      ["2 500", "number"], ["soldats", "word"], ["et", "word"], ["1.234,5", "number"], ["$", "punct"], [";", "punct"],
      ["3,14", "number"], [".", "punct"], ["Ⅳ", "number"],
    ]);
  });
});
