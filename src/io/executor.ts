import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { processBatch, type BatchResult, type BatchSpec } from "./batch.js";
import { BufferPool, textBuffers } from "./buffer-pool.js";
import { runContext, type ContextSpec } from "./context.js";
import type { ReadItem } from "./read-item.js";
import { textOutputs } from "./render.js";

/** What a worker is started with: the context to build and how to process and render batches. */
export interface ExecutorSpec extends ContextSpec {
  batch: BatchSpec;
}

/** Runs the pipeline on batches of read records; up to `capacity` batches may be in flight at once. */
export interface Executor {
  readonly size: number;
  readonly capacity: number;
  run(items: readonly ReadItem[]): Promise<BatchResult>;
  /**
   * Takes back the text buffers of a result this executor gave, once their bytes are written (each thread
   * writes the next batches into them: src/io/buffer-pool.ts). A result it did not give is ignored.
   */
  recycle(result: BatchResult): void;
  close(): Promise<void>;
}

/** Runs batches on the calling thread, one after the other. */
export function inlineExecutor(spec: ExecutorSpec): Executor {
  const ctx = runContext(spec);
  const outputs = textOutputs(spec.batch.render);
  const pool = new BufferPool();
  const mine = new WeakSet<BatchResult>();
  return {
    size: 1,
    capacity: 1,
    async run(items) {
      const result = processBatch(items, ctx, spec.batch, outputs, pool);
      mine.add(result);
      return result;
    },
    recycle(result) {
      if (mine.delete(result)) pool.giveText(result.text);
    },
    close: async () => {},
  };
}

/**
 * How to start a worker: the compiled worker.js beside this module, or, when
 * running from TypeScript sources (tsx, vitest), a bootstrap that registers
 * tsx in the worker before importing worker.ts.
 */
function workerScript(): { script: string | URL; eval: boolean } {
  if (!import.meta.url.endsWith(".ts")) return { script: new URL("./worker.js", import.meta.url), eval: false };
  const tsxDir = dirname(createRequire(import.meta.url).resolve("tsx/package.json"));
  const api = pathToFileURL(join(tsxDir, "dist/esm/api/index.mjs")).href;
  const worker = new URL("./worker.ts", import.meta.url).href;
  const boot = `(async () => { const { register } = await import(${JSON.stringify(api)}); register(); await import(${JSON.stringify(worker)}); })().catch((e) => { throw e; });`;
  return { script: boot, eval: true };
}

/**
 * A smaller young generation than V8's default: same speed here, ~60 MB less peak RSS with two workers.
 * The CLI's semi-space flag on its #! line (src/cli/main.ts) sets the same size for every isolate and wins over this limit;
 * this one holds where the pool runs without it (`node dist/src/cli/main.js`, tests, library use).
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8 };

/** Batches sent to one worker and not yet answered: the worker is busy with the first, the others wait in its queue. */
const DEPTH = 2;

interface Job {
  id: number;
  items: readonly ReadItem[];
  resolve: (r: BatchResult) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  /** Answered in order: a worker handles its messages one after the other. */
  jobs: Job[];
}

/**
 * A pool of up to `size` worker threads: the first starts at once, so that
 * loading its modules and language packs overlaps the reading of the first
 * batch; the others start as work arrives. A worker is sent up to DEPTH
 * batches (one message per batch, not per document), so that it never waits
 * for the main thread between two. A worker that dies fails the batch it was
 * running, its waiting batches go to another worker, and it is replaced by
 * the next one needed.
 */
export function workerExecutor(spec: ExecutorSpec, size: number): Executor {
  const boot = workerScript();
  const slots: Slot[] = [];
  /** Which worker gave each result not yet recycled: its buffers go back to it. */
  const givers = new WeakMap<BatchResult, Slot>();
  let nextId = 0;
  const spawn = (): Slot => {
    const slot: Slot = { worker: new Worker(boot.script, { workerData: spec, eval: boot.eval, resourceLimits: WORKER_LIMITS }), jobs: [] };
    const fail = (e: Error) => {
      slots.splice(slots.indexOf(slot), 1);
      const [running, ...waiting] = slot.jobs.splice(0);
      running?.reject(e);
      for (const job of waiting) send(job);
    };
    slot.worker.on("message", (m: { id: number; result?: BatchResult; error?: string }) => {
      const at = slot.jobs.findIndex((j) => j.id === m.id);
      if (at < 0) return;
      const [job] = slot.jobs.splice(at, 1);
      if (m.result) {
        givers.set(m.result, slot);
        job.resolve(m.result);
      } else job.reject(new Error(m.error ?? "worker failed"));
    });
    slot.worker.on("error", fail);
    slot.worker.on("exit", (code) => slots.includes(slot) && fail(new Error(`worker exited with code ${code}`)));
    slots.push(slot);
    return slot;
  };
  /** To an idle worker, else a new one while the pool is not full, else the least busy. */
  const send = (job: Job) => {
    const idle = slots.find((s) => s.jobs.length === 0);
    const slot = idle ?? (slots.length < size ? spawn() : slots.reduce((a, b) => (b.jobs.length < a.jobs.length ? b : a)));
    slot.worker.postMessage({ id: job.id, items: job.items });
    slot.jobs.push(job);
  };
  spawn();
  return {
    size,
    capacity: DEPTH * size,
    run: (items) => new Promise<BatchResult>((resolve, reject) => send({ id: nextId++, items, resolve, reject })),
    recycle(result) {
      const slot = givers.get(result);
      givers.delete(result);
      // A worker that died has no pool left to fill.
      if (!slot || !slots.includes(slot)) return;
      const { names, buffers } = textBuffers(result.text);
      if (buffers.length > 0) slot.worker.postMessage({ recycle: names, buffers }, buffers);
    },
    async close() {
      const all = slots.splice(0);
      await Promise.all(all.map((s) => s.worker.terminate()));
    },
  };
}
/** One thread for concurrency 1, a pool of workers above. */
export function createExecutor(spec: ExecutorSpec, concurrency: number): Executor {
  return concurrency <= 1 ? inlineExecutor(spec) : workerExecutor(spec, concurrency);
}
