import { createReadStream } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import type { Manifest } from "../../schemas/index.js";
import { BatchBuilder, type BatchSpec } from "./batch.js";
import { BufferPool } from "./buffer-pool.js";
import type { DocRows } from "./doc-rows.js";
import { lines, type LineStats } from "./lines.js";
import { packageVersion } from "./package-info.js";
import type { InputInfo } from "./read-item.js";
import { textOutputs } from "./render.js";
import { BATCH_RECORDS } from "./run.js";
import { fileSink, type CsvOptions, type Format } from "./sinks.js";

export interface MergeOptions extends CsvOptions {
  /** Shard outputs: files of tagged JSONL rows (`sitrep extract - > shard.jsonl`), or folders of such `.jsonl` files. */
  inputs: readonly string[];
  out: string;
  formats: readonly Format[];
  /** Keep shards whole, in the order given, instead of interleaving them by origin line (Spark part files, in partition order). */
  concat?: boolean;
}

/** A document of a shard: its rows, and where it sorts (its input line). */
interface Group {
  rows: DocRows;
  key: number;
}

const KIND = { event: "events", count: "counts", reject: "rejects" } as const;
/** A batch is written once it holds BATCH_RECORDS documents or this many bytes of text (a few large documents fill it alone). */
const BATCH_BYTES = 1024 * 1024;
const LINE = /#L(\d+)$/;

/** Folders become their `.jsonl` files, in natural name order (shard-2 before shard-10). */
async function shardFiles(inputs: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of inputs) {
    if (!(await stat(p)).isDirectory()) out.push(p);
    else {
      const names = (await readdir(p)).filter((n) => n.endsWith(".jsonl") && !n.startsWith(".")).sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
      out.push(...names.map((n) => join(p, n)));
    }
  }
  return out;
}

/**
 * The documents of one shard in its order, each with the rows that follow its
 * document row. The sort key is the line of the document's origin
 * (`NAME#L<line>`); a document without one keeps the key of the one before.
 */
async function* groups(path: string, onInput: (i: InputInfo) => void): AsyncGenerator<Group> {
  const stats: LineStats = { bytes: 0, sha256: "", failure: null };
  let cur: Group | null = null;
  let key = -1;
  for await (const l of lines(createReadStream(path), Number.MAX_SAFE_INTEGER, stats)) {
    if (!l.text || l.text.trim() === "") continue;
    const { kind, ...row } = JSON.parse(l.text) as { kind: string } & Record<string, unknown>;
    if (kind === "document") {
      if (cur) yield cur;
      const m = LINE.exec(String(row.origin ?? ""));
      key = m ? Number(m[1]) : key;
      cur = { rows: { document: row as unknown as DocRows["document"], events: [], counts: [], rejects: [] }, key };
    } else if (kind in KIND && cur) (cur.rows[KIND[kind as keyof typeof KIND]] as unknown[]).push(row);
    else throw new Error(`${path}#L${l.line}: expected a row tagged "document", "event", "count" or "reject" after a document row`);
  }
  if (cur) yield cur;
  onInput({ path, bytes: stats.bytes, sha256: stats.sha256 });
}

/**
 * Combines the tagged JSONL outputs of shards (GNU parallel jobs, Spark
 * partitions) into one set of output files, as one run over the whole input
 * would write them. Order is recovered from the documents' origins: each
 * shard is in input order, and a k-way merge on the origin line interleaves
 * them (ties go to the shard named first). Shards must therefore number their
 * lines as in the whole input (`--stdin-name` and `--line-offset`). Streams:
 * one document per shard is held in memory; each document merged is
 * rendered at once into the buffers of its batch, written as a run writes
 * them (BATCH_RECORDS documents or BATCH_BYTES of text at a time, one
 * buffer per output).
 */
export async function merge(opts: MergeOptions): Promise<Manifest> {
  const files = await shardFiles(opts.inputs);
  const inputs: InputInfo[] = [];
  const sink = await fileSink(opts.out, opts.formats, { csvDelimiter: opts.csvDelimiter });
  const docs = { total: 0, ok: 0, rejected: 0 };
  const written = { events: 0, counts: 0, rejects: 0 };
  const spec: BatchSpec = { render: { stream: false, formats: opts.formats, csvDelimiter: opts.csvDelimiter }, published: null, keepRows: opts.formats.includes("parquet") };
  const outputs = textOutputs(spec.render);
  // Each document is rendered as it comes (its rows then die young); a batch's buffers are reused for the next
  // batches once their bytes are written (src/io/buffer-pool.ts).
  const pool = new BufferPool();
  let batch = new BatchBuilder(spec, outputs, pool);
  const flush = async () => {
    if (batch.documents === 0) return;
    const result = batch.result({});
    batch = new BatchBuilder(spec, outputs, pool);
    const t = result.tally;
    docs.total += t.documents;
    docs.ok += t.ok;
    docs.rejected += t.rejected;
    for (const k of ["events", "counts", "rejects"] as const) written[k] += t[k];
    await sink.addBatch(result, () => pool.giveText(result.text));
  };
  try {
    const its = files.map((f) => groups(f, (i) => inputs.push(i)));
    const keyOf = (i: number) => (opts.concat ? i : (heads[i].value as Group).key);
    const heads = await Promise.all(its.map((it) => it.next()));
    for (;;) {
      let best = -1;
      heads.forEach((h, i) => {
        if (!h.done && (best < 0 || keyOf(i) < keyOf(best))) best = i;
      });
      if (best < 0) break;
      batch.add((heads[best].value as Group).rows);
      if (batch.documents >= BATCH_RECORDS || batch.bytes >= BATCH_BYTES) await flush();
      heads[best] = await its[best].next();
    }
    await flush();
    inputs.sort((a, b) => files.indexOf(a.path) - files.indexOf(b.path));
    return (await sink.finish((outputs) => ({
      tool: "sitrep",
      version: packageVersion(),
      inputs,
      options: { merge: true, concat: Boolean(opts.concat), formats: [...opts.formats], csv_delimiter: opts.csvDelimiter ?? "," },
      outputs,
      documents: docs,
      stages: { write: written },
      duration_ms: null,
    })))!;
  } catch (e) {
    await sink.abort();
    throw e;
  }
}
