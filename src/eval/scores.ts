import { ACCURACY_METRICS, type AccuracyCounts, type AccuracyMetric, PRF_METRICS, type PrfCounts, type PrfMetric, type Tally } from "./tally.js";

/** A ratio is null when its denominator is 0 (no gold or no prediction): JSON has no NaN. */
export interface Prf extends PrfCounts {
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export interface Accuracy extends AccuracyCounts {
  accuracy: number | null;
}

/** Micro-averaged scores of a set of documents (the whole file, or one language). */
export interface Scores {
  docs: number;
  gold_events: number;
  predicted_events: number;
  prf: Record<PrfMetric, Prf>;
  accuracy: Record<AccuracyMetric, Accuracy>;
}

const ratio = (num: number, den: number): number | null => (den === 0 ? null : num / den);

export function prf({ tp, fp, fn }: PrfCounts): Prf {
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  // F1 = 2tp / (2tp + fp + fn): defined whenever there is anything to score, 0 when one side is empty.
  const f1 = ratio(2 * tp, 2 * tp + fp + fn);
  return { tp, fp, fn, precision, recall, f1 };
}

export function toScores(t: Tally): Scores {
  const p = Object.fromEntries(PRF_METRICS.map((m) => [m, prf(t.prf[m])])) as Record<PrfMetric, Prf>;
  const a = Object.fromEntries(
    ACCURACY_METRICS.map((m) => [m, { ...t.accuracy[m], accuracy: ratio(t.accuracy[m].correct, t.accuracy[m].total) }]),
  ) as Record<AccuracyMetric, Accuracy>;
  return { docs: t.docs, gold_events: t.gold_events, predicted_events: t.predicted_events, prf: p, accuracy: a };
}
