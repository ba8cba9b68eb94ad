import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { recogniseCounts } from "../../src/extract/counts/index.js";
import { compileCounts } from "../../src/extract/counts/recognise-counts.js";
import { loadPacks } from "../../src/lang/registry.js";
import { fold } from "../../src/text/fold.js";
import { documentWords, WordIndex } from "../../src/text/word-index.js";

const packs = loadPacks();

describe("counts from the document's word index", () => {
  for (const lang of ["fr", "en", "es"]) {
    it(`${lang}: the same counts as the regex scan of each sentence, sentences cut mid-word included`, () => {
      const pack = packs.get(lang)!;
      // Else the comparison below would be regex against regex.
      expect(pack.memo("counts", compileCounts).binding.markers.indexed).toBe(true);
      const cases = (JSON.parse(readFileSync(new URL(`./${lang}.cases.json`, import.meta.url), "utf8")) as { text: string }[]).map((c) => c.text);
      const text = cases.join(" ");
      const folded = fold(text);
      const index = new WordIndex(folded);
      let at = 0;
      let compared = 0;
      for (const [i, c] of cases.entries()) {
        // The case as a sentence, then the same span less its first character (a word cut by the sentence start), less its last (cut by its end).
        for (const [start, end] of [[at, at + c.length], [at + 1, at + c.length], [at, at + c.length - 1]]) {
          const sentence = { start, end, index: i, paragraph: 0, zone: "body" as const };
          const byIndex = recogniseCounts(text, sentence, packs.get(lang)!, folded, undefined, index);
          expect(byIndex, `${c} from ${start - at}`).toEqual(recogniseCounts(text, sentence, packs.get(lang)!, folded));
          compared += byIndex.length;
        }
        at += c.length + 1;
      }
      expect(compared).toBeGreaterThan(cases.length);
    });
  }

  it("a text with a surrogate (no word index served) gets the regex scan's counts", () => {
    const text = "Au moins 12 soldats ont été tués 𝔞 Gao, alors que 3 civils ont été blessés.";
    const folded = fold(text);
    const index = new WordIndex(folded);
    expect(index.astral).toBe(true);
    const sentence = { start: 0, end: text.length, index: 0, paragraph: 0, zone: "body" as const };
    const counts = recogniseCounts(text, sentence, packs.get("fr")!, folded, undefined, index);
    expect(counts.map((m) => m.value)).toEqual([12, 3]);
    expect(counts).toEqual(recogniseCounts(text, sentence, packs.get("fr")!, folded));
  });

  it("documentWords reuses the index a stage left on the document only for the same folded text", () => {
    const words = new WordIndex("deux soldats tues");
    expect(documentWords({ words }, "deux soldats tues")).toBe(words);
    const other = documentWords({ words }, "trois civils");
    expect(other).not.toBe(words);
    expect([...other.starts]).toEqual([0, 6]);
    expect([...documentWords({}, "trois civils").starts]).toEqual([0, 6]);
  });
});
