import { describe, expect, it } from "vitest";
import { formatTable } from "../../src/eval/format-table.js";
import { scoreDocument } from "../../src/eval/score-document.js";
import { summarise } from "../../src/eval/summarise.js";
import { EN_STOP, FR_STOP, goldCount, goldDoc, goldEvent, predCount, predEvent } from "./fixtures.js";

// Three documents: two French (one event found, one missed), one English (one false event).
const fr1 = scoreDocument(
  goldDoc({ id: "fr1", events: [goldEvent({ date: "2030-05-01" })], counts: [goldCount(3, "killed")] }),
  { text: "", events: [predEvent({ date: "2030-05-01" })], counts: [predCount(3, "killed")] },
  FR_STOP,
);
const fr2 = scoreDocument(goldDoc({ id: "fr2", events: [goldEvent()] }), { text: "", events: [], counts: [] }, FR_STOP);
const en1 = scoreDocument(goldDoc({ id: "en1", lang: "en" }), { text: "", events: [predEvent()], counts: [predCount(7, "people")] }, EN_STOP);
const summary = summarise([
  { lang: "fr", tally: fr1.tally },
  { lang: "en", tally: en1.tally },
  { lang: "fr", tally: fr2.tally },
]);

describe("summarise: micro-averaged, per language", () => {
  it("splits by language, sorted, and sums counts before dividing", () => {
    expect(summary.languages).toEqual(["en", "fr"]);
    expect(summary.by_lang.fr.docs).toBe(2);
    expect(summary.by_lang.fr.prf.events).toMatchObject({ tp: 1, fp: 0, fn: 1, precision: 1, recall: 0.5 });
    expect(summary.by_lang.fr.prf.events.f1).toBeCloseTo(2 / 3);
    expect(summary.by_lang.en.prf.events).toMatchObject({ tp: 0, fp: 1, fn: 0, precision: 0, recall: null, f1: 0 });
    expect(summary.all.prf.events).toMatchObject({ tp: 1, fp: 1, fn: 1, precision: 0.5, recall: 0.5, f1: 0.5 });
    expect(summary.all.prf.counts).toMatchObject({ tp: 1, fp: 1, fn: 0 });
    expect(summary.all.accuracy.date).toEqual({ correct: 1, total: 1, accuracy: 1 });
    expect(summary.by_lang.en.accuracy.date.accuracy).toBeNull();
  });

  it("is JSON-serialisable as it is", () => {
    expect(JSON.parse(JSON.stringify(summary))).toEqual(summary);
  });
});

describe("formatTable", () => {
  const table = formatTable({ ...summary, documents: [] });
  const lines = table.split("\n");
  const cells = (label: string) => lines.find((l) => l.startsWith(label))!.slice(label.length).trim().split(/\s+/);

  it("has a column per language after all", () => {
    expect(lines[0].trim().split(/\s+/)).toEqual(["all", "en", "fr"]);
    expect(cells("documents")).toEqual(["3", "1", "2"]);
    expect(cells("gold events")).toEqual(["2", "0", "2"]);
    expect(cells("predicted events")).toEqual(["2", "1", "1"]);
  });

  it("shows P/R/F1 in percent, accuracy with correct/total, and - for undefined ratios", () => {
    expect(cells("events")).toEqual(["50.0", "50.0", "50.0", "0.0", "-", "0.0", "100.0", "50.0", "66.7"]);
    expect(lines.find((l) => l.startsWith("  date"))).toMatch(/100\.0 \(1\/1\)\s+- \(0\/0\)\s+100\.0 \(1\/1\)$/);
    expect(table).toContain("counts (value only)");
  });
});
