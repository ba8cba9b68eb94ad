import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { recogniseCounts, resolveDocumentCounts } from "../../src/extract/counts/index.js";
import { loadPacks } from "../../src/lang/registry.js";

interface Case {
  text: string;
  expect: { value: number; value_max: number | null; qualifier: string; category: string }[];
}

const packs = loadPacks();

/** The counts of one sentence, as the stage sees them (sentence pass, then document pass). */
export function countsOf(text: string, lang: string) {
  const sentence = { start: 0, end: text.length, index: 0, paragraph: 0, zone: "body" as const };
  return resolveDocumentCounts(recogniseCounts(text, sentence, packs.get(lang)!)).map((m) => ({
    value: m.value,
    value_max: m.valueMax,
    qualifier: m.qualifier,
    category: m.category,
  }));
}

for (const lang of ["fr", "en", "es"]) {
  const cases = JSON.parse(readFileSync(new URL(`./${lang}.cases.json`, import.meta.url), "utf8")) as Case[];
  describe(`counts ${lang}`, () => {
    it("has at least 60 cases", () => expect(cases.length).toBeGreaterThanOrEqual(60));
    it.each(cases.map((c) => [c.text, c.expect] as const))("%s", (text, expected) => {
      expect(countsOf(text, lang)).toEqual(expected);
    });
  });
}
