/** A smoke version of `make fuzz` (scripts/fuzz.ts): a few hundred fuzz documents in-process, no crash, no schema violation. */
import { describe, expect, it } from "vitest";
import { Count, Event } from "../../schemas/index.js";
import { createContext, processDocument } from "../../src/pipeline.js";
import { corpus, fuzzDoc } from "../../scripts/fuzz-gen.js";

describe("fuzz smoke", () => {
  it("processes 300 mutated documents without a throw, a hang or an invalid record", () => {
    const ctx = createContext();
    const c = corpus(ctx.packs);
    let slowest = 0;
    for (let n = 0; n < 300; n++) {
      const input = fuzzDoc(c, 42, n);
      const t0 = performance.now();
      const doc = processDocument(input, ctx);
      slowest = Math.max(slowest, performance.now() - t0);
      expect(doc.invalid, input.id).toEqual([]);
      for (const e of doc.events) Event.parse(e);
      for (const x of doc.counts) Count.parse(x);
    }
    expect(slowest).toBeLessThan(5000);
  });

  it("is deterministic: the n-th document of a seed is always the same", () => {
    const c = corpus(createContext().packs);
    expect(fuzzDoc(c, 3, 17)).toEqual(fuzzDoc(c, 3, 17));
    expect(fuzzDoc(c, 3, 17).text).not.toBe(fuzzDoc(c, 3, 18).text);
  });
});
