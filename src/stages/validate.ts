import type { z } from "zod";
import { Count, Event } from "../../schemas/index.js";
import type { InvalidRecord, Stage } from "../types.js";

/** Rows of `rows` that `schema` accepts; the others are pushed to `invalid` with zod's issue paths. */
function keepValid<T>(record: InvalidRecord["record"], schema: z.ZodType, rows: T[], id: (row: T) => string, invalid: InvalidRecord[]): T[] {
  return rows.filter((row) => {
    const r = schema.safeParse(row);
    if (r.success) return true;
    invalid.push({
      record,
      record_id: id(row),
      issues: r.error.issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message })),
      value: row,
    });
    return false;
  });
}

/**
 * Checks every event and count against its zod schema. A record that fails is
 * moved to `doc.invalid` (it ends up in rejects.jsonl); the document and its
 * other records go on.
 */
export const validate: Stage = (doc) => {
  const invalid: InvalidRecord[] = [];
  const events = keepValid("event", Event, doc.events, (e) => e.event_id, invalid);
  const counts = keepValid("count", Count, doc.counts, (c) => c.count_id, invalid);
  const kept = new Set(events.map((e) => e.event_id));
  // A count may not point at an event that was dropped.
  const linked = counts.map((c) => (c.event_id && !kept.has(c.event_id) ? { ...c, event_id: null } : c));
  return { ...doc, events, counts: linked, invalid: [...doc.invalid, ...invalid] };
};
