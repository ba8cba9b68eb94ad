import { createDoc, processDocument, STAGES } from "../pipeline.js";
import type { Ctx, Doc } from "../types.js";
import { docRows, readRejectRows, type DocRows } from "./doc-rows.js";
import type { ReadItem } from "./read-item.js";
import { renderRows, textOutputs, type RenderSpec, type TextOutput } from "./render.js";
import { StageStats } from "./stage-stats.js";

/** What a batch of records gives back: each record's rows (rendered, and with the row objects only when `keepRows`), and the stage counters of the batch. */
export interface BatchResult {
  rows: DocRows[];
  stats: Record<string, Record<string, number>>;
}

/** How a batch is processed; plain data, sent once to each worker. */
export interface BatchSpec {
  render: RenderSpec;
  /** Fallback publication date written in documents.csv. */
  published: string | null;
  /** Keep the event/count/reject objects in the rows (a sink needs them, e.g. Parquet); otherwise only their text travels back. */
  keepRows: boolean;
}

/**
 * Runs the pipeline over a batch of read records (documents and read
 * rejects) and renders their output text. A document whose pipeline throws
 * is rejected (`internal:error`), never lost. Pure apart from the pipeline.
 */
export function processBatch(items: readonly ReadItem[], ctx: Ctx, spec: BatchSpec, outputs: readonly TextOutput[] = textOutputs(spec.render)): BatchResult {
  const stats = new StageStats(STAGES.map(([name]) => name));
  const rows = items.map((item) => {
    let r: DocRows;
    if (item.kind === "reject") r = readRejectRows(item);
    else {
      try {
        const doc = processDocument(item.doc, ctx);
        stats.addDoc(doc);
        r = docRows(doc, item.note ?? null, spec.published);
      } catch (e) {
        r = crashRows(item.doc, e as Error, spec.published);
      }
    }
    return slim({ ...r, rendered: renderRows(outputs, r) }, spec.keepRows);
  });
  return { rows, stats: stats.toJSON() };
}

/** Without `keep`, the row lists are emptied (their text is rendered) and only their sizes are kept, so less crosses the thread boundary. */
function slim(r: DocRows, keep: boolean): DocRows {
  const tally = { events: r.events.length, counts: r.counts.length, rejects: r.rejects.length, invalid: r.rejects.filter((x) => x.record !== "document").length };
  return keep ? { ...r, tally } : { ...r, events: [], counts: [], rejects: [], tally };
}

/** A document whose pipeline threw: rejected with the error, so it still has its row. */
export function crashRows(input: Doc["input"], e: Error, published: string | null): DocRows {
  const reason = (e.message.split("\n")[0] || "pipeline failed").trim();
  const doc: Doc = { ...createDoc(input), rejected: { stage: "pipeline", rule: "internal:error", reason, fatal: true } };
  return docRows(doc, null, published);
}

/** The rows of a batch whose worker died: every document is rejected with the error, rendered here. */
export function failedBatch(items: readonly ReadItem[], e: Error, spec: BatchSpec): BatchResult {
  const outputs = textOutputs(spec.render);
  const rows = items.map((item) => {
    const r = item.kind === "reject" ? readRejectRows(item) : crashRows(item.doc, e, spec.published);
    return slim({ ...r, rendered: renderRows(outputs, r) }, spec.keepRows);
  });
  return { rows, stats: {} };
}
