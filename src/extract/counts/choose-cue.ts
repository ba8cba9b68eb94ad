import type { CountCategory } from "../../../schemas/taxonomy.js";
import type { CountCue } from "../../lang/schema/counts.js";
import type { CompiledBinding } from "./compile-binding.js";
import { lowerBound } from "../../text/span-search.js";
import { type Tokens, tokenAt, tokensBetween } from "./sentence-tokens.js";

/** What the noun phrase says before cues are read: a lexicon category, an unknown noun, or no noun. */
export type NounState = CountCategory | "unknown" | "elided";

const PERSONS: NounState[] = ["people", "unknown", "elided"];
/**
 * Which noun states a cue of each category may relabel. A casualty verb turns
 * soldiers, hostages or suspects into the killed or injured; a deployment verb
 * only people; nothing relabels attacks, munitions, money or named things.
 */
export const OVERRIDES: Record<CountCategory, ReadonlySet<NounState>> = {
  killed: new Set([...PERSONS, "troops", "kidnapped", "arrested"]),
  injured: new Set([...PERSONS, "troops", "kidnapped", "arrested"]),
  kidnapped: new Set([...PERSONS, "troops"]),
  arrested: new Set([...PERSONS, "troops"]),
  displaced: new Set(PERSONS),
  troops: new Set(PERSONS),
  munitions: new Set(["elided"]),
  attacks: new Set(["elided"]),
  money: new Set(["elided"]),
  people: new Set(["elided"]),
  other: new Set(["elided"]),
};
/** Tokens a "near" cue reaches. */
export const NEAR = 15;

export interface SentenceCue {
  start: number;
  end: number;
  cue: CountCue;
}

export interface Chosen {
  cue: CountCue;
  dist: number;
  gapFrom: number;
  gapTo: number;
}

/** Indices (into the sentence's cues) of the cues a noun state may take, per side; `*Clause` keep the clause-reach ones. */
interface StateLists {
  before: number[];
  beforeClause: number[];
  after: number[];
  afterClause: number[];
}

// The binary searches below take what they compare as parameters (no closure per call: V8 would drop the
// optimised code of a per-call closure at every major GC and compile it again).

/** Last index of the sorted `xs` whose value is below `v`, or -1. */
const lastBelow = (xs: readonly number[], v: number): number => lowerBound(xs, v) - 1;

/** Last index of the sorted `xs` whose value is at most `v`, or -1. */
function lastAtMost(xs: readonly number[], v: number): number {
  return lastBelow(xs, v + 1);
}

/** Last index of `list` (indices into `cues`, in text order) whose cue ends by `pos`, or -1. */
function lastCueEndingBy(list: readonly number[], cues: readonly SentenceCue[], pos: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cues[list[mid]].end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Last index of `list` (indices into `cues`, in text order) whose cue starts before `pos`, or -1. */
function lastCueStartingBefore(list: readonly number[], cues: readonly SentenceCue[], pos: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cues[list[mid]].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * The cues and clause breaks of one sentence, indexed so that the cue of each
 * number is found in logarithmic time: cues are in text order and do not
 * overlap, so on each side of a number the token distance to a cue grows with
 * its distance in the text, and a clause break between a number and a cue
 * lies between the number and every farther cue.
 */
export class CueIndex {
  private readonly lists = new Map<NounState, StateLists>();
  private readonly agents: ReadonlySet<string>;

  constructor(
    readonly cues: readonly SentenceCue[],
    /** Clause break offsets, sorted. */
    private readonly breaks: readonly number[],
    private readonly t: Tokens,
    b: CompiledBinding,
  ) {
    this.agents = b.agents;
  }

  /** A before-cue followed by an agent preposition ("enlevés par 30 hommes") binds no number it is separated from. */
  private agentAfter(i: number): boolean {
    return this.agents.has(this.t.text(tokenAt(this.t, this.cues[i].end)) ?? "");
  }

  private hasBreak(from: number, to: number): boolean {
    const i = lastBelow(this.breaks, from) + 1;
    return i < this.breaks.length && this.breaks[i] < to;
  }

  private state(s: NounState): StateLists {
    let l = this.lists.get(s);
    if (l) return l;
    l = { before: [], beforeClause: [], after: [], afterClause: [] };
    for (let i = 0; i < this.cues.length; i++) {
      const { cue } = this.cues[i];
      if (!OVERRIDES[cue.category].has(s)) continue;
      const clause = cue.reach === "clause";
      if (cue.count !== "before") {
        l.before.push(i);
        if (clause && !this.agentAfter(i)) l.beforeClause.push(i);
      }
      if (cue.count !== "after") {
        l.after.push(i);
        if (clause) l.afterClause.push(i);
      }
    }
    this.lists.set(s, l);
    return l;
  }

  /**
   * The nearest cue in the same clause that may relabel this noun; ties go to
   * the cue after the number, then to the earliest cue before it or the last
   * one after it (the order in which a scan of all cues would settle them).
   */
  choose(num: { start: number; qualifierStart: number }, npEnd: number, state: NounState): Chosen | null {
    if (!this.cues.length) return null;
    const l = this.state(state);
    const before = this.scanBefore(num.start, num.qualifierStart, l);
    const after = this.scanAfter(npEnd, l);
    if (after && (!before || after.dist <= before.dist)) return after;
    return before;
  }

  private scanBefore(numStart: number, q: number, l: StateLists): Chosen | null {
    const { cues, t } = this;
    let best: Chosen | null = null;
    let list = l.before;
    let i = lastCueEndingBy(list, cues, numStart);
    for (; i >= 0; i--) {
      const k = list[i];
      const { start, end, cue } = cues[k];
      if (start >= q) continue;
      // A cue may end inside the qualifier it is written with ("killing at least 6").
      const gapFrom = Math.min(end, q);
      if (this.hasBreak(gapFrom, q)) break;
      const first = t.text(tokenAt(t, gapFrom));
      if (first !== undefined && tokenAt(t, gapFrom) < tokenAt(t, q) && this.agents.has(first)) continue;
      const dist = tokensBetween(t, gapFrom, q);
      if (dist > NEAR && list !== l.beforeClause) {
        // Every farther cue is farther than NEAR: only clause cues (not followed by an agent) remain.
        list = l.beforeClause;
        i = lastAtMost(list, k) + 1;
        continue;
      }
      if (best && dist > best.dist) break;
      best = { cue, dist, gapFrom, gapTo: q };
    }
    return best;
  }

  private scanAfter(npEnd: number, l: StateLists): Chosen | null {
    const { cues, t } = this;
    let best: Chosen | null = null;
    let list = l.after;
    let i = lastCueStartingBefore(list, cues, npEnd) + 1;
    for (; i < list.length; i++) {
      const k = list[i];
      const { start, cue } = cues[k];
      if (this.hasBreak(npEnd, start)) break;
      const dist = tokensBetween(t, npEnd, start);
      if (dist > NEAR && list !== l.afterClause) {
        list = l.afterClause;
        i = lastBelow(list, k);
        continue;
      }
      if (best && dist > best.dist) break;
      best = { cue, dist, gapFrom: npEnd, gapTo: start };
    }
    return best;
  }
}
