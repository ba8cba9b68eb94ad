/** Metrics scored as precision/recall/F1, in table order. `counts_value_only` ignores the category. */
export const PRF_METRICS = ["events", "actors", "targets", "weapons", "locations", "counts", "counts_value_only"] as const;
export type PrfMetric = (typeof PRF_METRICS)[number];

/** Metrics scored as accuracy over aligned event pairs, in table order. */
export const ACCURACY_METRICS = ["event_type", "sub_event_type", "date", "country", "fatalities", "injured"] as const;
export type AccuracyMetric = (typeof ACCURACY_METRICS)[number];

/** The roles scored per aligned event pair; `locations` compares `location.text` with the gold `location` forms. */
export const ROLES = ["actors", "targets", "weapons", "locations"] as const;
export type Role = (typeof ROLES)[number];

export interface PrfCounts {
  tp: number;
  fp: number;
  fn: number;
}

export interface AccuracyCounts {
  correct: number;
  total: number;
}

/** Raw counts of one document or a sum of documents: micro-averaging adds these, then divides. */
export interface Tally {
  docs: number;
  gold_events: number;
  predicted_events: number;
  prf: Record<PrfMetric, PrfCounts>;
  accuracy: Record<AccuracyMetric, AccuracyCounts>;
}

export function emptyTally(): Tally {
  const prf = Object.fromEntries(PRF_METRICS.map((m) => [m, { tp: 0, fp: 0, fn: 0 }])) as Record<PrfMetric, PrfCounts>;
  const accuracy = Object.fromEntries(ACCURACY_METRICS.map((m) => [m, { correct: 0, total: 0 }])) as Record<AccuracyMetric, AccuracyCounts>;
  return { docs: 0, gold_events: 0, predicted_events: 0, prf, accuracy };
}

/** Adds `b` into `a` (mutates and returns `a`). */
export function addTally(a: Tally, b: Tally): Tally {
  a.docs += b.docs;
  a.gold_events += b.gold_events;
  a.predicted_events += b.predicted_events;
  for (const m of PRF_METRICS) {
    a.prf[m].tp += b.prf[m].tp;
    a.prf[m].fp += b.prf[m].fp;
    a.prf[m].fn += b.prf[m].fn;
  }
  for (const m of ACCURACY_METRICS) {
    a.accuracy[m].correct += b.accuracy[m].correct;
    a.accuracy[m].total += b.accuracy[m].total;
  }
  return a;
}
