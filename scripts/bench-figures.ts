/** The arithmetic of `make bench` (scripts/bench.ts) over its runs: medians, alternation, marginal throughput. */

/** What one run of the CLI took. */
export interface Measure {
  wall: number;
  cpu: number | null;
  rssMb: number;
}

/** The median of `xs` (the mean of the middle two for an even count). */
export function median(xs: readonly number[]): number {
  if (!xs.length) throw new Error("median of no values");
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** The median of each figure over `runs`, figure by figure (CPU only when every run has it). */
export function medians(runs: readonly Measure[]): Measure {
  const cpus = runs.map((m) => m.cpu);
  return {
    wall: median(runs.map((m) => m.wall)),
    cpu: cpus.every((c) => c !== null) ? median(cpus as number[]) : null,
    rssMb: median(runs.map((m) => m.rssMb)),
  };
}

/**
 * The order of the runs of one size: `repeat` rounds of every worker count,
 * each round in the reverse order of the one before (1, N, N, 1, 1, N, ...),
 * so that neither count always runs first, and a slow spell of a shared
 * machine falls on both.
 */
export function runOrder(counts: readonly number[], repeat: number): number[] {
  const out: number[] = [];
  for (let r = 0; r < repeat; r++) out.push(...(r % 2 ? [...counts].reverse() : counts));
  return out;
}

/** One size's figures for the marginal line. */
export interface SizeFigures {
  mb: number;
  docs: number;
  /** Per worker count, its (median) wall time in seconds. */
  wall: ReadonlyMap<number, number>;
}

export interface Marginal {
  workers: number;
  mbPerS: number;
  docsPerS: number;
  /** Seconds of the smaller run that the marginal rate does not explain: start-up, module loading, JIT warm-up. */
  fixedS: number;
}

/**
 * From a smaller size to a larger one, per worker count: the extra megabytes
 * over the extra wall time (the rate of a run once its threads have started
 * and warmed up) and the fixed cost that rate leaves in the smaller run. A
 * worker count whose larger run was not slower gives nothing (noise).
 */
export function marginal(small: SizeFigures, large: SizeFigures): Marginal[] {
  const out: Marginal[] = [];
  if (large.mb <= small.mb || large.docs <= small.docs) return out;
  for (const [workers, wallLarge] of large.wall) {
    const wallSmall = small.wall.get(workers);
    if (wallSmall === undefined || wallLarge <= wallSmall) continue;
    const extra = wallLarge - wallSmall;
    const mbPerS = (large.mb - small.mb) / extra;
    out.push({ workers, mbPerS, docsPerS: (large.docs - small.docs) / extra, fixedS: wallSmall - small.mb / mbPerS });
  }
  return out;
}
