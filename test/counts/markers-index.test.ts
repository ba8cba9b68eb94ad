import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { recogniseCounts } from "../../src/extract/counts/index.js";
import { loadPacks } from "../../src/lang/registry.js";
import { fold } from "../../src/text/fold.js";
import { WordIndex } from "../../src/text/word-index.js";

const packs = loadPacks();

describe("counts from the document's word index", () => {
  for (const lang of ["fr", "en", "es"]) {
    it(`${lang}: the same counts as the regex scan of each sentence, sentences cut mid-word included`, () => {
      const cases = (JSON.parse(readFileSync(new URL(`./${lang}.cases.json`, import.meta.url), "utf8")) as { text: string }[]).map((c) => c.text);
      const text = cases.join(" ");
      const folded = fold(text);
      const index = WordIndex.of(folded);
      let at = 0;
      let compared = 0;
      for (const [i, c] of cases.entries()) {
        // The case as a sentence, then the same span less its first character (a word cut by the sentence start).
        for (const start of [at, at + 1]) {
          const sentence = { start, end: at + c.length, index: i, paragraph: 0, zone: "body" as const };
          const byIndex = recogniseCounts(text, sentence, packs.get(lang)!, folded, undefined, index);
          expect(byIndex, `${c} from ${start - at}`).toEqual(recogniseCounts(text, sentence, packs.get(lang)!, folded));
          compared += byIndex.length;
        }
        at += c.length + 1;
      }
      expect(compared).toBeGreaterThan(cases.length);
    });
  }

  it("WordIndex.of builds an index once per text", () => {
    const a = WordIndex.of("deux soldats tues");
    expect(WordIndex.of("deux soldats tues")).toBe(a);
    const b = WordIndex.of("trois civils");
    expect(b).not.toBe(a);
    expect([...b.starts]).toEqual([0, 6]);
  });
});
