/** dropContained must keep exactly the spans no earlier kept span contains, for a handful of spans and for many. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dropContained } from "../../src/text/span-search.js";

interface S {
  start: number;
  end: number;
  id: number;
}

function byDefinition(xs: readonly S[]): S[] {
  const out: S[] = [];
  for (const x of xs) if (!out.some((o) => o.start <= x.start && x.end <= o.end)) out.push(x);
  return out;
}

describe("dropContained", () => {
  it("equals its definition, in array order, whatever the number of spans", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 6 })), { maxLength: 30 }), (pairs) => {
        const xs = pairs.map(([start, len], id) => ({ start, end: start + len, id }));
        expect(dropContained(xs).map((x) => x.id)).toEqual(byDefinition(xs).map((x) => x.id));
      }),
      { numRuns: 3000, seed: 9 },
    );
  });

  it("drops a span inside one kept before it, not one kept after it", () => {
    const xs = [{ start: 0, end: 10, id: 0 }, { start: 2, end: 4, id: 1 }, { start: 20, end: 22, id: 2 }, { start: 18, end: 30, id: 3 }];
    expect(dropContained(xs).map((x) => x.id)).toEqual([0, 2, 3]);
  });
});
