import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { headText, machineSpeedups } from "../../scripts/bench-machine.js";
import { tempTree } from "../io/helpers.js";

describe("the machine's own speed-up (make bench)", () => {
  it("reads the head of a corpus as text, a character cut at the end made U+FFFD", () => {
    const path = join(tempTree(), "c.jsonl");
    writeFileSync(path, "abc é");
    expect(headText(path, 3)).toBe("abc");
    expect(headText(path, 5)).toBe("abc \ufffd");
    expect(headText(path, 100)).toBe("abc é");
  });

  it("gives one ratio per round, each threads × one thread's time over the time of all", async () => {
    const ratios = await machineSpeedups("Trois soldats ont été tués lundi près de Gao. ".repeat(200), 2, 2, 1);
    expect(ratios).toHaveLength(2);
    // Two threads doing the work of one each: between no gain (about 1, or less when they start slowly) and twice as fast.
    for (const r of ratios) {
      expect(Number.isFinite(r)).toBe(true);
      expect(r).toBeGreaterThan(0.1);
      expect(r).toBeLessThan(4);
    }
  });
});
