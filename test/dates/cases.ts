import { expect, it } from "vitest";
import { findDates } from "../../src/extract/dates/index.js";
import { testPack } from "./packs.js";

/** One expression, its expected first date (null: no date), and optionally precision, basis, rule and matched text. */
export type DateCase = [input: string, date: string | null, extra?: { precision?: string; basis?: string; rule?: string; text?: string }];

export function runCases(lang: "fr" | "en" | "es", published: string | null, cases: readonly DateCase[]): void {
  const pack = testPack(lang);
  it.each(cases)("%s → %s", (input, date, extra) => {
    const found = findDates(input, 0, input.length, pack, published);
    if (date === null) {
      expect(found).toEqual([]);
      return;
    }
    expect(found.length).toBeGreaterThan(0);
    const d = found[0];
    expect(d.date).toBe(date);
    if (published) expect(d.date <= published).toBe(true);
    expect(input.slice(d.start, d.end)).toBe(d.text);
    if (extra?.precision) expect(d.precision).toBe(extra.precision);
    if (extra?.basis) expect(d.basis).toBe(extra.basis);
    if (extra?.rule) expect(d.rule).toBe(extra.rule);
    if (extra?.text) expect(d.text).toBe(extra.text);
  });
}
