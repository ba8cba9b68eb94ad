import type { CueKind, Trigger } from "../../lang/schema/events.js";
import type { PhraseMatch } from "../../text/phrase-matcher.js";
import { firstEndingAfter, firstStartingFrom, lastEndingBy, nearestGap, overlapsAny, type TokenRange } from "../../text/span-search.js";
import type { Token } from "../../text/tokens.js";
import type { Span } from "../../types.js";

/** How far (in words) from a trigger a role filler may stand when no marker ties it to the trigger. */
const WINDOW = 12;

const within = (tokens: TokenRange, from: number, to: number, max: number) => tokens.wordsBetween(from, to) <= max;

/**
 * The sentence a role is read in: its tokens, cues, triggers and passive
 * subjects (`patient`: starts of hits), with the tests the role rules ask of
 * a filler (methods, not closures made per sentence: docs/performance.md §1).
 */
export class RoleScene {
  /** Token index of each trigger; it increases, so the nearest trigger is a binary search. */
  readonly triggerAt: number[];
  readonly reporting: readonly Span[];

  constructor(
    readonly tokens: readonly Token[],
    readonly range: TokenRange,
    readonly cues: ReadonlyMap<CueKind, PhraseMatch<CueKind>[]>,
    triggers: readonly PhraseMatch<Trigger>[],
    readonly patient: ReadonlySet<number>,
  ) {
    this.triggerAt = [];
    for (const t of triggers) this.triggerAt.push(this.wordIndex(t.start));
    this.reporting = cues.get("reporting") ?? [];
  }

  cue(kind: CueKind): readonly PhraseMatch<CueKind>[] {
    return this.cues.get(kind) ?? [];
  }

  /** A cue of `kind` ends at most `gap` words before `s`. */
  marked(kind: CueKind, s: Span, gap = 3): boolean {
    const ms = this.cue(kind);
    const k = lastEndingBy(ms, s.start);
    return k >= 0 && within(this.range, ms[k].end, s.start, gap);
  }

  /** "jihadistes présumés", "suspected militants", "presuntos yihadistas": the cue stands on either side. */
  besides(kind: CueKind, s: Span): boolean {
    const ms = this.cue(kind);
    const k = firstStartingFrom(ms, s.end);
    return this.marked(kind, s, 1) || (k < ms.length && within(this.range, s.end, ms[k].start, 0));
  }

  wordIndex(pos: number): number {
    return firstEndingAfter(this.tokens, pos);
  }

  /** Words from `s` to the nearest trigger (capped). */
  distance(s: Span): number {
    return Math.min(WINDOW * 10, nearestGap(this.triggerAt, this.wordIndex(s.start)));
  }

  near(s: Span): boolean {
    return this.distance(s) <= WINDOW;
  }

  /** Adjacent: at most one word and no punctuation between ("the army announced", "according to officials"). */
  adjacent(from: number, to: number): boolean {
    const [lo, hi] = this.range.range(from, to);
    return hi - lo <= 1 && (hi === lo || this.tokens[lo].kind === "word");
  }

  /** "police said", "according to officials": the source of the report, not a party to the incident. */
  isSource(s: Span): boolean {
    const reporting = this.reporting;
    const after = firstStartingFrom(reporting, s.end);
    const before = lastEndingBy(reporting, s.start);
    return overlapsAny(reporting, s) || (after < reporting.length && this.adjacent(s.end, reporting[after].start)) || (before >= 0 && this.adjacent(reporting[before].end, s.start));
  }

  /** Tied to a trigger as its target: after a target marker, or the subject of a passive. */
  tiedAsTarget(h: Span): boolean {
    return this.marked("target_markers", h) || this.patient.has(h.start);
  }
}
