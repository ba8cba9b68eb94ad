import { availableParallelism } from "node:os";
import pLimit, { type LimitFunction } from "p-limit";
import type { Manifest } from "../../schemas/index.js";
import { STAGES } from "../pipeline.js";
import type { Options } from "../types.js";
import { failedBatch, type BatchResult, type BatchSpec } from "./batch.js";
import { createExecutor, type Executor } from "./executor.js";
import { IdRegistry } from "./ids.js";
import { listInputs } from "./list-inputs.js";
import { AUTO_POOL_BYTES, autoStart } from "./auto-concurrency.js";
import { packageVersion } from "./package-info.js";
import type { InputInfo, ReadItem } from "./read-item.js";
import { readInputs } from "./read-inputs.js";
import { fileSink, streamSink, type CsvOptions, type Format, type Sink } from "./sinks.js";
import { StageStats } from "./stage-stats.js";

export interface RunOptions extends CsvOptions {
  /** Files, folders, or "-" for JSONL on stdin. */
  inputs: readonly string[];
  /** Output folder; null streams tagged JSONL rows to `stdout` instead. */
  out: string | null;
  formats: readonly Format[];
  lang: string;
  published: string | null;
  /** Worker threads (1: the main thread runs the pipeline), or "auto": see src/io/auto-concurrency.ts. */
  concurrency: number | "auto";
  /** Where "auto" starts the workers (default AUTO_POOL_BYTES; tests set it small). */
  autoPoolBytes?: number;
  maxDocBytes: number;
  /** User boilerplate entries (the parsed JSON of --boilerplate FILE) and where they came from. */
  boilerplate?: { path: string; data: unknown };
  /** Leave manifest.duration_ms null so that the manifest too is reproducible. */
  deterministic?: boolean;
  stdin?: AsyncIterable<Uint8Array>;
  /** Report stdin as this file, its lines shifted by `lineOffset` (a shard of that file: see `sitrep merge`). */
  stdinAs?: { name: string; lineOffset: number };
  stdout?: NodeJS.WritableStream;
  onProgress?: (p: Progress) => void;
  /** Stops the run: temporary files are removed, previous outputs stay, run() rejects with an AbortError. */
  signal?: AbortSignal;
}

export interface Progress {
  done: number;
  /** Known once every input has been read (or from the start when all inputs are one-document files). */
  total: number | null;
  elapsedMs: number;
}

export interface RunResult {
  documents: { total: number; ok: number; rejected: number };
  /** Rows written per kind: events, counts, rejects. */
  written: Record<string, number>;
  invalidRecords: number;
  manifest: Manifest | null;
}

export const DEFAULT_MAX_DOC_BYTES = 5 * 1024 * 1024;
export const defaultConcurrency = () => Math.max(1, availableParallelism());

type Pending = Promise<BatchResult>;

/** A batch goes to a worker when it holds this many records or this many characters of text. */
export const BATCH_RECORDS = 64;
export const BATCH_CHARS = 256 * 1024;

/**
 * Reads every input, runs the pipeline on batches of records with at most
 * the executor's capacity in flight (worker threads above concurrency 1, two
 * batches each; a worker renders the output text of its batch), and writes
 * the rows in input order: a reorder window of capacity + concurrency
 * batches (so that a slow batch does not leave the other workers idle),
 * drained in order, bounds memory and passes the writers' back-pressure back
 * to the readers. Batch bounds do not depend on the concurrency, so
 * outputs are byte-identical at any concurrency. With "auto" on stdin the
 * run may move from the main thread to a pool mid-way: batches sent before
 * the move finish on the main thread, later ones on the workers, and the
 * window keeps input order. A document whose pipeline throws is rejected
 * (`internal:error`), never lost.
 */
export async function run(opts: RunOptions): Promise<RunResult> {
  const started = Date.now();
  const files = await listInputs(opts.inputs, opts.out === null ? [] : [opts.out]);
  const options: Partial<Options> = { lang: opts.lang, published: opts.published };
  const sink: Sink = opts.out === null ? streamSink(opts.stdout ?? process.stdout) : await fileSink(opts.out, opts.formats, { csvDelimiter: opts.csvDelimiter });
  const batchSpec: BatchSpec = {
    render: { stream: opts.out === null, formats: opts.formats, csvDelimiter: opts.csvDelimiter },
    published: opts.published,
    keepRows: opts.out !== null && opts.formats.some((f) => f !== "jsonl" && f !== "csv"),
  };
  const cores = opts.concurrency === "auto" ? defaultConcurrency() : opts.concurrency;
  const poolBytes = opts.autoPoolBytes ?? AUTO_POOL_BYTES;
  const start = opts.concurrency === "auto" ? autoStart(files, cores, poolBytes) : { concurrency: cores, mayGrow: false };
  let mayGrow = start.mayGrow;
  /** Every executor made; batches go to the last, `limit` bounding what it has in flight. */
  const executors: Executor[] = [];
  let limit!: LimitFunction;
  /** Batches sent from now on go to a new executor (those already sent finish where they are; the window keeps their order). */
  const use = (concurrency: number) => {
    executors.push(createExecutor({ options, boilerplate: opts.boilerplate?.data, batch: batchSpec }, concurrency));
    limit = pLimit(executors[executors.length - 1].capacity);
  };
  const current = () => executors[executors.length - 1];
  use(start.concurrency);
  let textRead = 0;
  const stats = new StageStats(STAGES.map(([name]) => name));
  const inputs: InputInfo[] = [];
  const ids = new IdRegistry();
  const docs = { total: 0, ok: 0, rejected: 0 };
  let invalidRecords = 0;
  let total: number | null = files.every((f) => f.kind === "txt" || f.kind === "html") ? files.length : null;
  const window: Pending[] = [];
  let queued = 0;
  const emit = async (result: BatchResult) => {
    const n = result.tally;
    stats.merge(result.stats);
    docs.total += n.documents;
    docs.ok += n.ok;
    docs.rejected += n.rejected;
    invalidRecords += n.invalid;
    stats.add("write", "events", n.events);
    stats.add("write", "counts", n.counts);
    stats.add("write", "rejects", n.rejects);
    // Its text buffers go back to the thread that wrote them, for its next batches (src/io/buffer-pool.ts).
    await sink.addBatch(result, () => {
      for (const ex of executors) ex.recycle(result);
    });
    queued -= n.documents;
    opts.onProgress?.({ done: docs.total, total, elapsedMs: Date.now() - started });
  };
  let batch: ReadItem[] = [];
  let chars = 0;
  const send = () => {
    const items = batch;
    batch = [];
    chars = 0;
    queued += items.length;
    const ex = current();
    window.push(limit(() => ex.run(items)).catch((e: Error) => failedBatch(items, e, batchSpec)));
  };
  try {
    const items = readInputs(files, { maxDocBytes: opts.maxDocBytes, onInput: (i) => inputs.push(i), stdin: opts.stdin, stdinAs: opts.stdinAs, ids });
    for await (const item of items) {
      opts.signal?.throwIfAborted();
      if (item.kind === "reject") {
        stats.add("read", "rejected_documents");
        stats.add("read", item.rule);
      } else {
        stats.add("read", "documents");
        chars += item.doc.text.length;
        textRead += item.doc.text.length;
        // "auto" with stdin: the input has shown it is large enough for the workers (documents of files count too).
        if (mayGrow && textRead >= poolBytes) {
          mayGrow = false;
          use(cores);
        }
      }
      batch.push(item);
      if (batch.length >= BATCH_RECORDS || chars >= BATCH_CHARS) send();
      while (window.length >= current().capacity + current().size) await emit(await window.shift()!);
    }
    if (batch.length > 0) send();
    total = docs.total + queued;
    while (window.length > 0) {
      opts.signal?.throwIfAborted();
      await emit(await window.shift()!);
    }
    opts.signal?.throwIfAborted();
    stats.add("read", "duplicate_ids", ids.duplicates);
    const manifest = await sink.finish((outputs) => ({
      tool: "sitrep",
      version: packageVersion(),
      inputs,
      options: {
        lang: opts.lang,
        published: opts.published,
        formats: [...opts.formats],
        // The largest executor the run made (N: a pool of N workers, 1: the main thread); by default it follows the input's size and the machine's cores. A reproducible manifest leaves it out.
        concurrency: opts.deterministic ? null : Math.max(...executors.map((e) => e.size)),
        max_doc_bytes: opts.maxDocBytes,
        csv_delimiter: opts.csvDelimiter ?? ",",
        boilerplate: opts.boilerplate?.path ?? null,
      },
      outputs,
      documents: docs,
      stages: stats.toJSON(),
      duration_ms: opts.deterministic ? null : Date.now() - started,
    }));
    return { documents: docs, written: stats.toJSON().write, invalidRecords, manifest };
  } catch (e) {
    await Promise.allSettled(window);
    await sink.abort();
    throw e;
  } finally {
    ids.close();
    await Promise.all(executors.map((e) => e.close()));
  }
}
