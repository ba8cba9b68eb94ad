import type { Count } from "../../schemas/count.js";
import type { Event } from "../../schemas/event.js";
import { alignEvents } from "./align-events.js";
import type { DocDetails, FieldMismatch } from "./details.js";
import type { GoldCount, GoldDoc, GoldEvent } from "./gold.js";
import { matchOneToOne } from "./match-one-to-one.js";
import { goldEntities, matchRole, predictedFillers } from "./roles.js";
import { ACCURACY_METRICS, type AccuracyMetric, ROLES, type Tally, emptyTally } from "./tally.js";

/** What the pipeline predicted for a document; a `Doc` fits. `text` is the normalised text the evidence spans point into. */
export interface Predicted {
  text: string;
  events: readonly Event[];
  counts: readonly Count[];
}

export interface DocScore {
  tally: Tally;
  details: DocDetails;
}

/** FORMAT.md: count values are equal within 0.5% of the gold value. */
export const COUNT_TOLERANCE = 0.005;

export const countValueMatches = (predicted: number, gold: number): boolean =>
  Math.abs(predicted - gold) <= COUNT_TOLERANCE * Math.abs(gold);

/**
 * The value of an accuracy field on each side. Null means "no value" on both
 * sides and is compared like any value (FORMAT.md: null = no prediction):
 * gold null and predicted null is correct, exactly one null is wrong.
 */
function field(m: AccuracyMetric, p: Event, g: GoldEvent): [string | number | null, string | number | null] {
  if (m === "date") return [p.event_date, g.date];
  return [p[m], g[m]];
}

/**
 * Scores one document's predictions against its gold annotation, with the
 * stop words of the document's language. Pure: the same input gives the same
 * tally and details, in gold order then prediction order.
 */
export function scoreDocument(gold: GoldDoc, predicted: Predicted, stopwords: ReadonlySet<string>): DocScore {
  const t = emptyTally();
  t.docs = 1;
  t.gold_events = gold.events.length;
  t.predicted_events = predicted.events.length;
  const details: DocDetails = {
    alignment: [],
    missed: { events: [], fillers: [], counts: [] },
    false: { events: [], fillers: [], counts: [] },
    mismatches: [],
  };

  const alignment = alignEvents(gold.events, predicted.events, stopwords);
  const goldOf = new Map(alignment.map((a) => [a.predicted, a.gold]));
  const predOf = new Map(alignment.map((a) => [a.gold, a.predicted]));
  t.prf.events = { tp: alignment.length, fp: predicted.events.length - alignment.length, fn: gold.events.length - alignment.length };

  for (const a of alignment) {
    const p = predicted.events[a.predicted];
    const g = gold.events[a.gold];
    details.alignment.push({ gold_event: a.gold, event_id: p.event_id, score: a.score });
    for (const m of ACCURACY_METRICS) {
      const [pv, gv] = field(m, p, g);
      t.accuracy[m].total++;
      if (pv === gv) t.accuracy[m].correct++;
      else details.mismatches.push({ gold_event: a.gold, event_id: p.event_id, field: m, gold: gv, predicted: pv } satisfies FieldMismatch);
    }
  }

  // Roles: fillers of aligned pairs are matched one to one; every other filler is a false positive, every other entity a miss.
  for (const role of ROLES) {
    const tally = t.prf[role];
    const goldHit = gold.events.map((g) => goldEntities(g, role).map(() => false));
    predicted.events.forEach((p, pi) => {
      const gi = goldOf.get(pi);
      const partners = gi === undefined ? predictedFillers(p, role).map(() => -1) : matchRole(p, gold.events[gi], role, stopwords);
      predictedFillers(p, role).forEach((f, fi) => {
        if (partners[fi] >= 0) {
          tally.tp++;
          goldHit[gi!][partners[fi]] = true;
        } else {
          tally.fp++;
          details.false.fillers.push({ event_id: p.event_id, role, text: f.text, rule: f.evidence.rule });
        }
      });
    });
    gold.events.forEach((g, gi) =>
      goldEntities(g, role).forEach((forms, ei) => {
        if (goldHit[gi][ei]) return;
        tally.fn++;
        details.missed.fillers.push({ gold_event: gi, role, forms });
      }),
    );
  }

  gold.events.forEach((g, gi) => {
    if (predOf.has(gi)) return;
    details.missed.events.push({ gold_event: gi, event_type: g.event_type, sub_event_type: g.sub_event_type, date: g.date, location: g.location[0] ?? null });
  });
  predicted.events.forEach((p, pi) => {
    if (goldOf.has(pi)) return;
    const { start, end, rule } = p.evidence.trigger;
    details.false.events.push({
      event_id: p.event_id,
      event_type: p.event_type,
      sub_event_type: p.sub_event_type,
      date: p.event_date,
      location: p.location?.text ?? null,
      rule,
      text: predicted.text.slice(start, end),
    });
  });

  scoreCounts(gold.counts, predicted.counts, t, details);
  return { tally: t, details };
}

function scoreCounts(gold: readonly GoldCount[], predicted: readonly Count[], t: Tally, details: DocDetails): void {
  const strict = matchOneToOne(predicted, gold, (p, g) => p.category === g.category && countValueMatches(p.value, g.value));
  const loose = matchOneToOne(predicted, gold, (p, g) => countValueMatches(p.value, g.value));
  const tp = strict.filter((j) => j >= 0).length;
  const tpValue = loose.filter((j) => j >= 0).length;
  t.prf.counts = { tp, fp: predicted.length - tp, fn: gold.length - tp };
  t.prf.counts_value_only = { tp: tpValue, fp: predicted.length - tpValue, fn: gold.length - tpValue };
  const hit = new Set(strict.filter((j) => j >= 0));
  gold.forEach((g, j) => {
    if (!hit.has(j)) details.missed.counts.push(g);
  });
  predicted.forEach((p, i) => {
    if (strict[i] >= 0) return;
    const gold_category = loose[i] >= 0 ? gold[loose[i]].category : null;
    details.false.counts.push({ count_id: p.count_id, value: p.value, category: p.category, text: p.text, rule: p.evidence.rule, gold_category });
  });
}
