import { createDoc, processDocument, STAGES } from "../pipeline.js";
import type { Ctx, Doc } from "../types.js";
import { docRows, readRejectRows, type DocRows } from "./doc-rows.js";
import type { ReadItem } from "./read-item.js";
import { textOutputs, type RenderSpec, type TextOutput } from "./render.js";
import { StageStats } from "./stage-stats.js";
import { Utf8Writer } from "./utf8.js";
import type { BufferPool } from "./buffer-pool.js";

const STAGE_NAMES = STAGES.map(([name]) => name);

/** What the records of a batch add up to in the run's counters. */
export interface BatchTally {
  documents: number;
  ok: number;
  rejected: number;
  events: number;
  counts: number;
  rejects: number;
  /** Validation rejects (of an event or count, not of a whole document). */
  invalid: number;
}

/**
 * What a batch of records gives back: the UTF-8 text each output gets from
 * the whole batch (one buffer per output, owning its memory, so that a worker
 * transfers it instead of copying), the row objects only when `keepRows`, and
 * the counters of the batch.
 */
export interface BatchResult {
  text: Record<string, Uint8Array>;
  rows: DocRows[];
  tally: BatchTally;
  stats: Record<string, Record<string, number>>;
}

/** How a batch is processed; plain data, sent once to each worker. */
export interface BatchSpec {
  render: RenderSpec;
  /** Fallback publication date written in documents.csv. */
  published: string | null;
  /** Keep the event/count/reject objects (a sink needs them, e.g. Parquet); otherwise only their text travels back. */
  keepRows: boolean;
}

/**
 * Collects the output of a batch's records as they are processed: each
 * record's text is rendered and encoded at once (its row objects and strings
 * are not kept unless `keepRows`, so they die young instead of filling the
 * old generation while the rest of the batch runs) and its counters are
 * added up.
 */
export class BatchBuilder {
  private readonly tally: BatchTally = { documents: 0, ok: 0, rejected: 0, events: 0, counts: 0, rejects: 0, invalid: 0 };
  private readonly writers: Utf8Writer[];
  private readonly rows: DocRows[] = [];

  constructor(
    private readonly spec: BatchSpec,
    private readonly outputs: readonly TextOutput[],
    pool: BufferPool | null,
  ) {
    this.writers = outputs.map((o) => (pool ? Utf8Writer.pooled(pool, o.name) : new Utf8Writer()));
  }

  add(r: DocRows): void {
    const tally = this.tally;
    tally.documents++;
    if (r.document.status === "ok") tally.ok++;
    else tally.rejected++;
    tally.events += r.events.length;
    tally.counts += r.counts.length;
    tally.rejects += r.rejects.length;
    for (const x of r.rejects) if (x.record !== "document") tally.invalid++;
    for (let o = 0; o < this.outputs.length; o++) this.writers[o].write(this.outputs[o].render(r));
    if (this.spec.keepRows) this.rows.push(r);
  }

  /** Records added so far. */
  get documents(): number {
    return this.tally.documents;
  }

  /** Bytes of text rendered so far, all outputs together. */
  get bytes(): number {
    let n = 0;
    for (const w of this.writers) n += w.length;
    return n;
  }

  result(stats: Record<string, Record<string, number>>): BatchResult {
    const text: Record<string, Uint8Array> = {};
    for (let o = 0; o < this.outputs.length; o++) text[this.outputs[o].name] = this.writers[o].bytes();
    return { text, rows: this.rows, tally: this.tally, stats };
  }
}

/** Renders the rows of a batch's records into one buffer per output and adds up their counters. */
export function batchResult(all: readonly DocRows[], spec: BatchSpec, outputs: readonly TextOutput[], stats: Record<string, Record<string, number>>): BatchResult {
  const b = new BatchBuilder(spec, outputs, null);
  for (const r of all) b.add(r);
  return b.result(stats);
}

/**
 * Runs the pipeline over a batch of read records (documents and read
 * rejects) and renders their output text. A document whose pipeline throws
 * is rejected (`internal:error`), never lost. Pure apart from the pipeline.
 * With a pool, the text is written into its buffers: hand them back
 * (`pool.give`) once the bytes are written.
 */
export function processBatch(items: readonly ReadItem[], ctx: Ctx, spec: BatchSpec, outputs: readonly TextOutput[] = textOutputs(spec.render), pool: BufferPool | null = null): BatchResult {
  const stats = new StageStats(STAGE_NAMES);
  const out = new BatchBuilder(spec, outputs, pool);
  for (const item of items) {
    if (item.kind === "reject") {
      out.add(readRejectRows(item));
      continue;
    }
    let rows: DocRows;
    try {
      const doc = processDocument(item.doc, ctx);
      stats.addDoc(doc);
      rows = docRows(doc, item.note ?? null, spec.published);
    } catch (e) {
      rows = crashRows(item.doc, e as Error, spec.published);
    }
    out.add(rows);
  }
  return out.result(stats.toJSON());
}

/** A document whose pipeline threw: rejected with the error, so it still has its row. */
export function crashRows(input: Doc["input"], e: Error, published: string | null): DocRows {
  const reason = (e.message.split("\n")[0] || "pipeline failed").trim();
  const doc: Doc = { ...createDoc(input), rejected: { stage: "pipeline", rule: "internal:error", reason, fatal: true } };
  return docRows(doc, null, published);
}

/** The rows of a batch whose worker died: every document is rejected with the error, rendered here. */
export function failedBatch(items: readonly ReadItem[], e: Error, spec: BatchSpec): BatchResult {
  const rows = items.map((item) => (item.kind === "reject" ? readRejectRows(item) : crashRows(item.doc, e, spec.published)));
  return batchResult(rows, spec, textOutputs(spec.render), {});
}
