import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { InputDocument } from "../../schemas/index.js";
import { processDocument } from "../pipeline.js";
import type { Doc } from "../types.js";
import { runContext, type ContextSpec } from "./context.js";

/** Runs the pipeline on one document; `size` documents may be in flight at once. */
export interface Executor {
  readonly size: number;
  process(input: InputDocument): Promise<Doc>;
  close(): Promise<void>;
}

/** Runs documents on the calling thread, one after the other. */
export function inlineExecutor(spec: ContextSpec): Executor {
  const ctx = runContext(spec);
  return { size: 1, process: async (input) => processDocument(input, ctx), close: async () => {} };
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

interface Slot {
  worker: Worker;
  pending: { id: number; resolve: (d: Doc) => void; reject: (e: Error) => void } | null;
}

/**
 * A pool of up to `size` worker threads, started as work arrives; each runs
 * one document at a time. A worker that dies fails its document and is
 * replaced by the next one needed.
 */
export function workerExecutor(spec: ContextSpec, size: number): Executor {
  const boot = workerScript();
  const slots: Slot[] = [];
  let nextId = 0;
  const spawn = (): Slot => {
    const slot: Slot = { worker: new Worker(boot.script, { workerData: spec, eval: boot.eval }), pending: null };
    const fail = (e: Error) => {
      slot.pending?.reject(e);
      slot.pending = null;
      slots.splice(slots.indexOf(slot), 1);
    };
    slot.worker.on("message", (m: { id: number; doc?: Doc; error?: string }) => {
      const p = slot.pending;
      slot.pending = null;
      if (!p || p.id !== m.id) return;
      if (m.doc) p.resolve(m.doc);
      else p.reject(new Error(m.error ?? "worker failed"));
    });
    slot.worker.on("error", fail);
    slot.worker.on("exit", (code) => slots.includes(slot) && fail(new Error(`worker exited with code ${code}`)));
    slots.push(slot);
    return slot;
  };
  return {
    size,
    process(input) {
      const slot = slots.find((s) => !s.pending) ?? spawn();
      return new Promise<Doc>((resolve, reject) => {
        slot.pending = { id: nextId++, resolve, reject };
        slot.worker.postMessage({ id: slot.pending.id, input });
      });
    },
    async close() {
      const all = slots.splice(0);
      await Promise.all(all.map((s) => s.worker.terminate()));
    },
  };
}

/** One thread for concurrency 1, a pool of workers above. */
export function createExecutor(spec: ContextSpec, concurrency: number): Executor {
  return concurrency <= 1 ? inlineExecutor(spec) : workerExecutor(spec, concurrency);
}
