import { availableParallelism } from "node:os";
import pLimit from "p-limit";
import type { Manifest } from "../../schemas/index.js";
import { STAGES } from "../pipeline.js";
import type { Doc, Options } from "../types.js";
import { docRows, readRejectRows, type DocRows } from "./doc-rows.js";
import { createExecutor } from "./executor.js";
import { IdRegistry } from "./ids.js";
import { listInputs } from "./list-inputs.js";
import { packageVersion } from "./package-info.js";
import type { InputInfo } from "./read-item.js";
import { readInputs } from "./read-inputs.js";
import { fileSink, streamSink, type Format, type Sink } from "./sinks.js";
import { StageStats } from "./stage-stats.js";

export interface RunOptions {
  /** Files, folders, or "-" for JSONL on stdin. */
  inputs: readonly string[];
  /** Output folder; null streams tagged JSONL rows to `stdout` instead. */
  out: string | null;
  formats: readonly Format[];
  lang: string;
  published: string | null;
  concurrency: number;
  maxDocBytes: number;
  /** User boilerplate entries (the parsed JSON of --boilerplate FILE) and where they came from. */
  boilerplate?: { path: string; data: unknown };
  /** Leave manifest.duration_ms null so that the manifest too is reproducible. */
  deterministic?: boolean;
  stdin?: AsyncIterable<Uint8Array>;
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

type Pending = Promise<{ rows: DocRows; doc: Doc | null }>;

/**
 * Reads every input, runs the pipeline with at most `concurrency` documents
 * in flight (worker threads above 1), and writes the rows in input order: a
 * reorder window of 4×concurrency results, drained in order, bounds memory
 * and passes the writers' back-pressure back to the readers. A document
 * whose pipeline throws is rejected (`internal:error`), never lost.
 */
export async function run(opts: RunOptions): Promise<RunResult> {
  const started = Date.now();
  const files = await listInputs(opts.inputs, opts.out === null ? [] : [opts.out]);
  const options: Partial<Options> = { lang: opts.lang, published: opts.published };
  const sink: Sink = opts.out === null ? streamSink(opts.stdout ?? process.stdout) : await fileSink(opts.out, opts.formats);
  const executor = createExecutor({ options, boilerplate: opts.boilerplate?.data }, opts.concurrency);
  const limit = pLimit(Math.max(1, opts.concurrency));
  const stats = new StageStats(STAGES.map(([name]) => name));
  const inputs: InputInfo[] = [];
  const ids = new IdRegistry();
  const docs = { total: 0, ok: 0, rejected: 0 };
  let invalidRecords = 0;
  let total: number | null = files.every((f) => f.kind === "txt" || f.kind === "html") ? files.length : null;
  const window: Pending[] = [];
  const emit = async ({ rows, doc }: Awaited<Pending>) => {
    if (doc) stats.addDoc(doc);
    docs.total++;
    docs[rows.document.status === "ok" ? "ok" : "rejected"]++;
    invalidRecords += rows.rejects.filter((r) => r.record !== "document").length;
    stats.add("write", "events", rows.events.length);
    stats.add("write", "counts", rows.counts.length);
    stats.add("write", "rejects", rows.rejects.length);
    await sink.add(rows);
    opts.onProgress?.({ done: docs.total, total, elapsedMs: Date.now() - started });
  };
  try {
    const items = readInputs(files, { maxDocBytes: opts.maxDocBytes, onInput: (i) => inputs.push(i), stdin: opts.stdin, ids });
    for await (const item of items) {
      opts.signal?.throwIfAborted();
      if (item.kind === "reject") {
        stats.add("read", "rejected_documents");
        stats.add("read", item.rule);
        window.push(Promise.resolve({ rows: readRejectRows(item), doc: null }));
      } else {
        stats.add("read", "documents");
        const note = item.note ?? null;
        window.push(
          limit(() => executor.process(item.doc)).then(
            (doc) => ({ rows: docRows(doc, note, opts.published), doc }),
            (e: Error) => ({ rows: crashRows(item.doc, e, opts.published), doc: null }),
          ),
        );
      }
      while (window.length >= 4 * Math.max(1, opts.concurrency)) await emit(await window.shift()!);
    }
    total = docs.total + window.length;
    while (window.length > 0) {
      opts.signal?.throwIfAborted();
      await emit(await window.shift()!);
    }
    stats.add("read", "duplicate_ids", ids.duplicates);
    const manifest = await sink.finish((outputs) => ({
      tool: "sitrep",
      version: packageVersion(),
      inputs,
      options: {
        lang: opts.lang,
        published: opts.published,
        formats: [...opts.formats],
        concurrency: opts.concurrency,
        max_doc_bytes: opts.maxDocBytes,
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
    await executor.close();
  }
}

/** A document whose pipeline threw: rejected with the error, so it still has its row. */
function crashRows(input: Doc["input"], e: Error, published: string | null): DocRows {
  const doc: Doc = {
    input,
    id: input.id,
    text: input.text,
    skipped: [],
    lang: null,
    sentences: [],
    counts: [],
    events: [],
    messages: [],
    invalid: [],
    rejected: { stage: "pipeline", rule: "internal:error", reason: (e.message.split("\n")[0] || "pipeline failed").trim(), fatal: true },
  };
  return docRows(doc, null, published);
}
