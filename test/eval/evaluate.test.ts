import { describe, expect, it } from "vitest";
import { evaluate, goldToInput } from "../../src/eval/evaluate.js";
import { formatExplain } from "../../src/eval/format-explain.js";
import { formatTable } from "../../src/eval/format-table.js";
import { createContext } from "../../src/pipeline.js";
import { goldCount, goldDoc, goldEvent } from "./fixtures.js";

// End to end through the real pipeline: the figures depend on the extractors,
// so only what does not is asserted (document bookkeeping, determinism, shape).
const gold = [
  goldDoc({ id: "fr-a", text: "Trois obus sont tombés sur Val-Rouge mardi.", events: [goldEvent({ location: ["Val-Rouge"] })], counts: [goldCount(3, "munitions")] }),
  goldDoc({ id: "en-a", lang: "en", text: "Nothing happened in Elvane today.", published: null }),
  goldDoc({ id: "es-a", lang: "es", text: "Dos drones cayeron cerca de Morsk.", counts: [goldCount(2, "munitions")] }),
];

describe("evaluate", () => {
  const ctx = createContext();

  it("converts a gold document to pipeline input without its annotations", () => {
    expect(goldToInput(gold[1])).toEqual({ id: "en-a", text: gold[1].text, lang: "en", published: null, url: null, title: null, source: null, origin: "gold:en-a" });
  });

  it("scores every document, per language, in file order", () => {
    const report = evaluate(gold, ctx);
    expect(report.documents.map((d) => d.id)).toEqual(["fr-a", "en-a", "es-a"]);
    expect(report.languages).toEqual(["en", "es", "fr"]);
    expect(report.all.docs).toBe(3);
    expect(report.all.gold_events).toBe(1);
    expect(report.all.prf.counts.tp + report.all.prf.counts.fn).toBe(2);
    expect(report.documents[0].details).toBeUndefined();
  });

  it("is deterministic and JSON-serialisable", () => {
    const a = evaluate(gold, ctx, { explain: true });
    const b = evaluate(gold, ctx, { explain: true });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
    expect(formatTable(a)).toBe(formatTable(b));
    expect(formatExplain(a)).toContain("# fr-a (fr)");
  });
});
