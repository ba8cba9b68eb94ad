import type { Event } from "../../schemas/event.js";
import type { GoldEvent } from "./gold.js";
import { matchRole, matchedCount } from "./roles.js";

/** Why a predicted event was aligned to a gold event. */
export interface PairScore {
  sub_event_type: boolean;
  /** Both dates given and equal: two unknown dates are no evidence that the events are the same. */
  date: boolean;
  location: boolean;
  /** Gold actors, targets and weapons matched by the prediction's fillers. */
  roles: number;
  /** sub_event_type + date + location (1 each) + roles. */
  total: number;
}

export interface Alignment {
  gold: number;
  predicted: number;
  score: PairScore;
}

export function pairScore(predicted: Event, gold: GoldEvent, stopwords: ReadonlySet<string>): PairScore {
  const sub_event_type = predicted.sub_event_type === gold.sub_event_type;
  const date = gold.date !== null && predicted.event_date === gold.date;
  const location = matchedCount(matchRole(predicted, gold, "locations", stopwords)) > 0;
  const roles = (["actors", "targets", "weapons"] as const).reduce(
    (n, role) => n + matchedCount(matchRole(predicted, gold, role, stopwords)),
    0,
  );
  return { sub_event_type, date, location, roles, total: Number(sub_event_type) + Number(date) + Number(location) + roles };
}

/** Sort key, larger first: the total, then FORMAT.md's field order (sub_event_type, date, location, role fillers). */
const key = (s: PairScore): number[] => [s.total, Number(s.sub_event_type), Number(s.date), Number(s.location), s.roles];

function compare(a: Alignment, b: Alignment): number {
  const ka = key(a.score);
  const kb = key(b.score);
  for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return kb[i] - ka[i];
  return a.gold - b.gold || a.predicted - b.predicted;
}

/**
 * Aligns predicted to gold events one to one, greedily: every pair with at
 * least one matching field is a candidate (a pair with none is not the same
 * incident, so it is never aligned); candidates are taken best first while
 * both sides are free. Ties on the total are broken by the field order of
 * FORMAT.md (a matching sub_event_type outranks a matching date, which
 * outranks a matching location, which outranks more role fillers), then by
 * the earlier gold event, then the earlier predicted event. Returns the pairs
 * in gold order.
 */
export function alignEvents(gold: readonly GoldEvent[], predicted: readonly Event[], stopwords: ReadonlySet<string>): Alignment[] {
  const candidates: Alignment[] = [];
  gold.forEach((g, gi) =>
    predicted.forEach((p, pi) => {
      const score = pairScore(p, g, stopwords);
      if (score.total > 0) candidates.push({ gold: gi, predicted: pi, score });
    }),
  );
  candidates.sort(compare);
  const goldUsed = new Set<number>();
  const predUsed = new Set<number>();
  const out: Alignment[] = [];
  for (const c of candidates) {
    if (goldUsed.has(c.gold) || predUsed.has(c.predicted)) continue;
    goldUsed.add(c.gold);
    predUsed.add(c.predicted);
    out.push(c);
  }
  return out.sort((a, b) => a.gold - b.gold);
}
