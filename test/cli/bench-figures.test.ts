import { describe, expect, it } from "vitest";
import { marginal, median, medians, runOrder } from "../../scripts/bench-figures.js";

describe("make bench's figures", () => {
  it("takes the median of odd and even counts, in any order", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
    expect(() => median([])).toThrow(/no values/);
  });

  it("takes medians figure by figure, and CPU only when every run has it", () => {
    const runs = [
      { wall: 10, cpu: 30, rssMb: 200 },
      { wall: 30, cpu: 10, rssMb: 190 },
      { wall: 20, cpu: 20, rssMb: 210 },
    ];
    expect(medians(runs)).toEqual({ wall: 20, cpu: 20, rssMb: 200 });
    expect(medians([...runs, { wall: 40, cpu: null, rssMb: 220 }]).cpu).toBeNull();
  });

  it("alternates worker counts so that neither always runs first", () => {
    expect(runOrder([1, 2], 1)).toEqual([1, 2]);
    expect(runOrder([1, 2], 4)).toEqual([1, 2, 2, 1, 1, 2, 2, 1]);
    expect(runOrder([2], 3)).toEqual([2, 2, 2]);
  });

  it("splits wall time into a marginal rate and a fixed cost", () => {
    // 2 s of start-up, then 5 MB/s with one worker; 3 s, then 9 MB/s with two.
    const wall = (mb: number) => new Map([[1, 2 + mb / 5], [2, 3 + mb / 9]]);
    const rates = marginal({ mb: 10, docs: 4000, wall: wall(10) }, { mb: 100, docs: 40000, wall: wall(100) });
    expect(rates.map((r) => r.workers)).toEqual([1, 2]);
    expect(rates[0].mbPerS).toBeCloseTo(5, 9);
    expect(rates[0].fixedS).toBeCloseTo(2, 9);
    expect(rates[0].docsPerS).toBeCloseTo(2000, 6);
    expect(rates[1].mbPerS).toBeCloseTo(9, 9);
    expect(rates[1].fixedS).toBeCloseTo(3, 9);
  });

  it("gives no rate where the larger run was not slower, or the sizes do not grow", () => {
    const small = { mb: 10, docs: 4000, wall: new Map([[1, 5], [2, 5]]) };
    expect(marginal(small, { mb: 100, docs: 40000, wall: new Map([[1, 40], [2, 4]]) }).map((r) => r.workers)).toEqual([1]);
    expect(marginal({ ...small, mb: 100 }, { mb: 10, docs: 40000, wall: new Map([[1, 40]]) })).toEqual([]);
    expect(marginal(small, { mb: 100, docs: 40000, wall: new Map([[3, 40]]) })).toEqual([]);
  });
});
