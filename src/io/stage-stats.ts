import type { Doc } from "../types.js";

/**
 * Per-stage record counts for manifest.json: what each stage produced or
 * dropped, plus the messages it raised counted by rule. Keys are sorted when
 * written so the manifest does not depend on arrival order.
 */
export class StageStats {
  private readonly stages = new Map<string, Map<string, number>>();

  constructor(stageNames: readonly string[]) {
    for (const s of ["read", ...stageNames, "write"]) this.stages.set(s, new Map());
  }

  add(stage: string, key: string, n = 1): void {
    let m = this.stages.get(stage);
    if (!m) this.stages.set(stage, (m = new Map()));
    m.set(key, (m.get(key) ?? 0) + n);
  }

  /** Counts what the pipeline did to one document. */
  addDoc(doc: Doc): void {
    for (const m of doc.messages) this.add(m.stage, m.rule);
    if (doc.rejected) {
      this.add(doc.rejected.stage, "rejected_documents");
      return;
    }
    const invalidEvents = doc.invalid.filter((r) => r.record === "event").length;
    const invalidCounts = doc.invalid.length - invalidEvents;
    this.add("boilerplate", "skipped_spans", doc.skipped.length);
    this.add("sentences", "sentences", doc.sentences.length);
    this.add("counts", "counts", doc.counts.length + invalidCounts);
    this.add("events", "events", doc.events.length + invalidEvents);
    this.add("validate", "invalid_events", invalidEvents);
    this.add("validate", "invalid_counts", invalidCounts);
  }

  /** Adds counters gathered elsewhere (a worker's batch), as `toJSON` returns them. */
  merge(other: Record<string, Record<string, number>>): void {
    for (const [stage, m] of Object.entries(other)) for (const [key, n] of Object.entries(m)) this.add(stage, key, n);
  }

  toJSON(): Record<string, Record<string, number>> {
    const out: Record<string, Record<string, number>> = {};
    for (const [stage, m] of this.stages) {
      out[stage] = Object.fromEntries([...m].sort(([a], [b]) => (a < b ? -1 : 1)));
    }
    return out;
  }
}
