/**
 * CueIndex finds each number's cue by binary search; the definition is the
 * linear scan it replaced (kept here as the oracle): the nearest cue in the
 * same clause that may relabel the noun, ties to the cue after the number.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CountCategory } from "../../schemas/taxonomy.js";
import type { CompiledBinding } from "../../src/extract/counts/compile-binding.js";
import { CueIndex, NEAR, OVERRIDES, type Chosen, type NounState, type SentenceCue } from "../../src/extract/counts/choose-cue.js";
import { Tokens, tokenAt, tokensBetween } from "../../src/extract/counts/sentence-tokens.js";
import type { CountCue } from "../../src/lang/schema/counts.js";

// The table of which noun states a cue may relabel is shared: the oracle checks the scan, not the table.

/** The linear scan over every cue (src/extract/counts/bind-sentence.ts before CueIndex). */
function oracle(num: { start: number; qualifierStart: number }, npEnd: number, state: NounState, cues: readonly SentenceCue[], breaks: readonly number[], t: Tokens, agents: ReadonlySet<string>): Chosen | null {
  let best: Chosen | null = null;
  for (const { start, end, cue } of cues) {
    if (!OVERRIDES[cue.category].has(state)) continue;
    let gapFrom: number;
    let gapTo: number;
    if (end <= num.start && start < num.qualifierStart) {
      if (cue.count === "before") continue;
      gapFrom = Math.min(end, num.qualifierStart);
      gapTo = num.qualifierStart;
      const first = t.text(tokenAt(t, gapFrom));
      if (first !== undefined && tokenAt(t, gapFrom) < tokenAt(t, gapTo) && agents.has(first)) continue;
    } else if (start >= npEnd) {
      if (cue.count === "after") continue;
      gapFrom = npEnd;
      gapTo = start;
    } else continue;
    if (breaks.some((p) => p >= gapFrom && p < gapTo)) continue;
    const dist = tokensBetween(t, gapFrom, gapTo);
    if (cue.reach !== "clause" && dist > NEAR) continue;
    if (!best || dist < best.dist || (dist === best.dist && gapFrom >= npEnd)) best = { cue, dist, gapFrom, gapTo };
  }
  return best;
}

const CATEGORIES: CountCategory[] = ["killed", "injured", "kidnapped", "troops", "attacks", "people"];
const STATES: NounState[] = ["people", "unknown", "elided", "troops", "attacks"];
const agents = new Set(["par"]);
const binding = { agents } as unknown as CompiledBinding;

/** A sentence of one-letter words and "par", with cues over some of them, breaks at some, and numbers at others. */
const layout = fc.record({
  words: fc.array(fc.constantFrom("a", "b", "par"), { minLength: 2, maxLength: 120, size: "max" }),
  roles: fc.array(fc.tuple(fc.nat(24), fc.constantFrom(...CATEGORIES), fc.constantFrom("before", "after", "either"), fc.boolean(), fc.nat(2)), { maxLength: 120, size: "max" }),
});

describe("CueIndex", () => {
  it("chooses the cue the linear scan chooses, for every number and noun state", () => {
    fc.assert(
      fc.property(layout, ({ words, roles }) => {
        const text = words.join(" ");
        const t = new Tokens(text);
        const starts: number[] = [];
        let at = 0;
        for (const w of words) {
          starts.push(at);
          t.push(at, at + w.length);
          at += w.length + 1;
        }
        const end = (k: number) => starts[k] + words[k].length;
        const cues: SentenceCue[] = [];
        const breaks: number[] = [];
        const numbers: { start: number; qualifierStart: number; npEnd: number }[] = [];
        for (let k = 0; k < words.length; ) {
          const [kind, category, count, clause, extra] = roles[k] ?? [24, "killed", "either", false, 0];
          const last = Math.min(words.length - 1, k + extra);
          if (kind < 3) cues.push({ start: starts[k], end: end(last), cue: { id: `c${k}`, category, count, reach: clause ? "clause" : "near", phrases: ["x"] } as CountCue });
          else if (kind === 3) breaks.push(starts[k]);
          else if (kind < 6) numbers.push({ qualifierStart: starts[k], start: starts[Math.min(last, k + (extra > 0 ? 1 : 0))], npEnd: end(last) });
          k = kind < 3 || kind >= 4 ? last + 1 : k + 1;
        }
        const index = new CueIndex(cues, breaks, t, binding);
        for (const n of numbers) for (const s of STATES) expect(index.choose(n, n.npEnd, s)).toEqual(oracle(n, n.npEnd, s, cues, breaks, t, agents));
      }),
      { numRuns: 3000, seed: 13 },
    );
  });
});
