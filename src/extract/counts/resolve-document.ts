import type { Count } from "../../../schemas/count.js";
import type { CountMention } from "./mention.js";

/**
 * Document-level pass over the mentions of all sentences, in text order: a
 * number with neither noun nor cue ("— 52,812.", "En Marea, 6.") counts what
 * the count before it counts; its category is then inferred, not stated.
 */
export function resolveDocumentCounts(mentions: readonly CountMention[]): CountMention[] {
  const out: CountMention[] = [];
  let previous: CountMention | null = null;
  for (const m of mentions) {
    if (m.categorySource === "default" && previous) {
      out.push({ ...m, category: previous.category, currency: previous.currency, categorySource: "context", bindRule: "context" });
    } else out.push(m);
    previous = out[out.length - 1];
  }
  return out;
}

/** The Count record of a mention; `n` numbers the counts of a document from 1 in text order. */
export function toCount(m: CountMention, docId: string, n: number): Count {
  return {
    doc_id: docId,
    count_id: `${docId}:c${n}`,
    event_id: null,
    value: m.value,
    value_max: m.valueMax,
    qualifier: m.qualifier,
    category: m.category,
    noun: m.noun,
    currency: m.currency,
    text: m.text,
    evidence: {
      start: m.start,
      end: m.end,
      sentence: m.sentence,
      rule: `count:${m.numberRule}:${m.bindRule}`,
      basis: m.categorySource === "context" ? "inferred" : "stated",
    },
  };
}
