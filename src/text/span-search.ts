import type { Span } from "../types.js";
import { sortSmall } from "./sort-small.js";

/**
 * Binary searches over spans sorted by position (tokens of a sentence, the
 * matches of one PhraseMatcher: non-overlapping, so starts and ends both
 * increase). They replace `findIndex`/`some` scans inside per-hit loops, which
 * are quadratic on adversarial text (docs/regex-safety.md).
 */

/** Index of the first span with `end > pos` (= `xs.findIndex((x) => x.end > pos)` when ends increase), or -1. */
export function firstEndingAfter(xs: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid].end > pos) hi = mid;
    else lo = mid + 1;
  }
  return lo < xs.length ? lo : -1;
}

/** Index of the first span with `start >= pos`, or `xs.length`. */
export function firstStartingFrom(xs: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid].start >= pos) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Index of the last span with `start < pos` (= findLast), or -1. */
export const lastStartingBefore = (xs: readonly Span[], pos: number): number => firstStartingFrom(xs, pos) - 1;

/** Index of the last span with `end <= pos`, or -1. */
export const lastEndingBy = (xs: readonly Span[], pos: number): number => {
  const k = firstEndingAfter(xs, pos);
  return (k < 0 ? xs.length : k) - 1;
};

/** Whether some span of sorted, non-overlapping `xs` overlaps `[s.start, s.end)`. */
export function overlapsAny(xs: readonly Span[], s: Span): boolean {
  const k = lastStartingBefore(xs, s.end);
  return k >= 0 && xs[k].end > s.start;
}

/** Whether some span of sorted, non-overlapping `xs` contains `s`; `strictlyLonger` also asks it to be longer. */
export function containedIn(xs: readonly Span[], s: Span, strictlyLonger = false): boolean {
  const k = firstStartingFrom(xs, s.start + 1) - 1;
  if (k < 0) return false;
  const o = xs[k];
  return o.start <= s.start && s.end <= o.end && (!strictlyLonger || o.end - o.start > s.end - s.start);
}

/** Orders spans by start (a comparator for `sort`, made once). */
export const byStart = (a: Span, b: Span) => a.start - b.start;

/** "Is `pos` inside one of `spans`" (any order, overlaps allowed): the spans are merged once, each test is a binary search. */
export class Cover {
  private readonly merged: Span[] = [];

  constructor(spans: readonly Span[]) {
    const sorted: Span[] = [];
    for (const s of spans) if (s.end > s.start) sorted.push(s);
    sortSmall(sorted, byStart);
    const merged = this.merged;
    for (const s of sorted) {
      const last = merged[merged.length - 1];
      if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
      else merged.push({ start: s.start, end: s.end });
    }
  }

  has(pos: number): boolean {
    const k = lastStartingBefore(this.merged, pos + 1);
    return k >= 0 && pos < this.merged[k].end;
  }
}

/** The first element whose start lies in `[lo, hi)`, in an array sorted by start (binary search). */
export function firstStartingIn<T extends Span>(xs: readonly T[], lo: number, hi: number): T | undefined {
  const k = firstStartingFrom(xs, lo);
  return k < xs.length && xs[k].start < hi ? xs[k] : undefined;
}

/** Word counts between positions over sorted tokens, in O(log n) per query. */
export class TokenRange {
  private readonly words: Int32Array;

  constructor(readonly tokens: readonly (Span & { kind: string })[]) {
    this.words = new Int32Array(tokens.length + 1);
    for (let k = 0; k < tokens.length; k++) this.words[k + 1] = this.words[k] + (tokens[k].kind === "word" ? 1 : 0);
  }

  /** The index range `[lo, hi)` of the tokens with `start >= from` and `end <= to`. */
  range(from: number, to: number): [number, number] {
    const lo = firstStartingFrom(this.tokens, from);
    const end = firstEndingAfter(this.tokens, to);
    return [lo, Math.max(lo, end < 0 ? this.tokens.length : end)];
  }

  /** Number of word tokens with `start >= from` and `end <= to`. */
  wordsBetween(from: number, to: number): number {
    const [lo, hi] = this.range(from, to);
    return this.words[hi] - this.words[lo];
  }
}

const ascending = (a: number, b: number) => a - b;

/**
 * Keeps each span unless a span kept before it contains it (in array order):
 * the exact result of `out.some((o) => o.start <= x.start && x.end <= o.end)`
 * per element, in O(n log n) with a Fenwick tree of the largest end per start.
 */
export function dropContained<T extends Span>(xs: readonly T[]): T[] {
  const distinct = new Set<number>();
  for (const x of xs) distinct.add(x.start);
  const starts = [...distinct].sort(ascending);
  const rank = new Map<number, number>();
  for (let i = 0; i < starts.length; i++) rank.set(starts[i], i + 1);
  const tree = new Array<number>(starts.length + 1).fill(-Infinity);
  const out: T[] = [];
  for (const x of xs) {
    let best = -Infinity;
    for (let i = rank.get(x.start)!; i > 0; i -= i & -i) best = Math.max(best, tree[i]);
    if (best >= x.end) continue;
    out.push(x);
    for (let i = rank.get(x.start)!; i < tree.length; i += i & -i) tree[i] = Math.max(tree[i], x.end);
  }
  return out;
}

/** Index of the first of the increasing `values` that is at least `x` (`values.length` when none): a binary search. */
export function lowerBound(values: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The smallest `|v - x|` over increasing `values` (Infinity when empty): a binary search instead of a scan. */
export function nearestGap(values: readonly number[], x: number): number {
  const lo = lowerBound(values, x);
  return Math.min(lo < values.length ? values[lo] - x : Infinity, lo > 0 ? x - values[lo - 1] : Infinity);
}
