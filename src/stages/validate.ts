import { z } from "zod";
import { Count, Event } from "../../schemas/index.js";
import type { InvalidRecord, Stage } from "../types.js";

/**
 * The schemas compiled by zod (`z.compile`): `validate` answers valid or not
 * from generated code, without building a parsed copy or an issue list, and
 * zod itself falls back to its runtime parser for anything the compiled code
 * cannot decide. A record it rejects is parsed again by the plain schema,
 * whose issues are reported.
 */
const CHECKS = { event: z.compile(Event), count: z.compile(Count) };
const SCHEMAS = { event: Event, count: Count };

/** Rows of `rows` that the record's schema accepts; the others are pushed to `invalid` with zod's issue paths. */
function keepValid<T>(record: InvalidRecord["record"], rows: T[], id: (row: T) => string, invalid: InvalidRecord[]): T[] {
  const check = CHECKS[record];
  const out: T[] = [];
  for (const row of rows) {
    if (check.validate(row)) {
      out.push(row);
      continue;
    }
    const r = SCHEMAS[record].safeParse(row);
    if (r.success) {
      out.push(row);
      continue;
    }
    invalid.push({
      record,
      record_id: id(row),
      issues: r.error.issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message })),
      value: row,
    });
  }
  return out;
}

const eventId = (e: Event) => e.event_id;
const countId = (c: Count) => c.count_id;

/**
 * Checks every event and count against its zod schema. A record that fails is
 * moved to `doc.invalid` (it ends up in rejects.jsonl); the document and its
 * other records go on.
 */
export const validate: Stage = (doc) => {
  const invalid: InvalidRecord[] = [];
  const events = keepValid("event", doc.events, eventId, invalid);
  const counts = keepValid("count", doc.counts, countId, invalid);
  const kept = new Set<string>();
  for (const e of events) kept.add(e.event_id);
  // A count may not point at an event that was dropped.
  const linked: Count[] = [];
  for (const c of counts) linked.push(c.event_id && !kept.has(c.event_id) ? { ...c, event_id: null } : c);
  return { ...doc, events, counts: linked, invalid: [...doc.invalid, ...invalid] };
};
