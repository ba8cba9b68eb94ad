import type { TargetKind } from "../../../schemas/taxonomy.js";
import { lastEndingBy, type TokenRange } from "../../text/span-search.js";
import type { Span } from "../../types.js";
import type { TargetHit } from "./roles.js";

const ARMED_KINDS = new Set<TargetKind>(["military", "police", "non-state armed group", "installation"]);

/**
 * A description belongs to the target it follows: "a fuel convoy escorted by
 * police units", "une base abritant des militaires américains" read as one
 * target, armed when what describes it is (an escorted convoy is a military target).
 */
export function describe(targets: TargetHit[], described: readonly { span: Span; kind: TargetKind }[], cues: readonly Span[], range: TokenRange): void {
  if (!described.length) return;
  // By end (then reading order): the target right before a cue is found by binary search, not a scan per description.
  const byEnd = targets.map((t, k) => ({ t, k, end: t.end })).sort((a, b) => a.end - b.end || a.k - b.k);
  const lastEndingAt = (pos: number) => {
    let lo = 0;
    let hi = byEnd.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byEnd[mid].end <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  };
  for (const d of described) {
    const cue = cues[lastEndingBy(cues, d.span.start)];
    const at = cue ? lastEndingAt(cue.start) : -1;
    const t = at >= 0 && range.wordsBetween(byEnd[at].end, cue.start) === 0 ? byEnd[at].t : undefined;
    if (!t || d.span.end <= t.end) continue;
    t.end = d.span.end;
    if (!ARMED_KINDS.has(t.kind) && ARMED_KINDS.has(d.kind)) t.kind = d.kind;
  }
}
