import type { Count, DocumentRow, Event, Reject } from "../../schemas/index.js";
import type { Doc } from "../types.js";
import type { ReadItem } from "./read-item.js";

/** Everything one input record contributes to the outputs. */
export interface DocRows {
  document: DocumentRow;
  events: Event[];
  counts: Count[];
  rejects: Reject[];
}

const summary = (issues: { path: string; message: string }[]) =>
  issues
    .slice(0, 3)
    .map((i) => `${i.path || "(root)"}: ${i.message}`)
    .join("; ") + (issues.length > 3 ? `; +${issues.length - 3} more` : "");

/** The characters the spans cover. */
function spanLength(spans: readonly { start: number; end: number }[]): number {
  let n = 0;
  for (const s of spans) n += s.end - s.start;
  return n;
}

/** The rows of a document that went through the pipeline: its outputs, or its rejection, plus its invalid records. */
export function docRows(doc: Doc, note: string | null, fallbackPublished: string | null): DocRows {
  const { input } = doc;
  const rejects: Reject[] = [];
  if (doc.rejected) {
    const r = doc.rejected;
    rejects.push({ doc_id: doc.id, origin: input.origin, stage: r.stage, rule: r.rule, reason: r.reason, record: "document", record_id: doc.id, issues: [] });
  }
  for (const bad of doc.invalid) {
    rejects.push({
      doc_id: doc.id,
      origin: input.origin,
      stage: "validate",
      rule: `validate:invalid-${bad.record}`,
      reason: `${bad.record} ${bad.record_id} does not match the schema: ${summary(bad.issues)}`,
      record: bad.record,
      record_id: bad.record_id,
      issues: bad.issues,
    });
  }
  const ok = !doc.rejected;
  return {
    document: {
      doc_id: doc.id,
      origin: input.origin,
      lang: doc.lang ?? input.lang,
      title: input.title,
      published: input.published ?? fallbackPublished,
      status: ok ? "ok" : "rejected",
      reason: doc.rejected ? `${doc.rejected.rule}: ${doc.rejected.reason}` : note,
      events: ok ? doc.events.length : 0,
      counts: ok ? doc.counts.length : 0,
      chars: doc.text.length,
      skipped_chars: spanLength(doc.skipped),
    },
    events: ok ? doc.events : [],
    counts: ok ? doc.counts : [],
    rejects,
  };
}

/** The rows of a record that could not be read. */
export function readRejectRows(item: Extract<ReadItem, { kind: "reject" }>): DocRows {
  return {
    document: {
      doc_id: item.docId,
      origin: item.origin,
      lang: null,
      title: item.title ?? null,
      published: null,
      status: "rejected",
      reason: `${item.rule}: ${item.reason}`,
      events: 0,
      counts: 0,
      chars: 0,
      skipped_chars: 0,
    },
    events: [],
    counts: [],
    rejects: [{ doc_id: item.docId, origin: item.origin, stage: "read", rule: item.rule, reason: item.reason, record: "document", record_id: item.docId, issues: [] }],
  };
}
