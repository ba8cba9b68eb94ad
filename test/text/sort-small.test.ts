/** sortSmall must order a list exactly as the built-in (stable) sort does, whatever its length. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sortSmall } from "../../src/text/sort-small.js";

interface Item {
  key: number;
  id: number;
}
const byKey = (a: Item, b: Item) => a.key - b.key;

describe("sortSmall", () => {
  it("gives the order of Array.prototype.sort, ties in their first order, at every length", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 40 }), (keys) => {
        const items = keys.map((key, id) => ({ key, id }));
        const mine = [...items];
        const out = sortSmall(mine, byKey);
        expect(out).toBe(mine);
        expect(out).toEqual([...items].sort(byKey));
      }),
      { numRuns: 2000, seed: 5 },
    );
  });

  it("keeps equal items in the order given (a list of ties is left as it is)", () => {
    const items = [3, 1, 3, 1, 2, 3].map((key, id) => ({ key, id }));
    expect(sortSmall(items, byKey).map((x) => x.id)).toEqual([1, 3, 4, 0, 2, 5]);
  });
});
