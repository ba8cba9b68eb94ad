import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { InputDocument } from "../../schemas/index.js";
import { createContext, processDocument } from "../pipeline.js";
import type { Doc, Options } from "../types.js";

/** Runs the pipeline on one document; `size` documents may be in flight at once. */
export interface Executor {
  readonly size: number;
  process(input: InputDocument): Promise<Doc>;
  close(): Promise<void>;
}

/** Runs documents on the calling thread, one after the other. */
export function inlineExecutor(options: Partial<Options>): Executor {
  const ctx = createContext(options);
  return { size: 1, process: async (input) => processDocument(input, ctx), close: async () => {} };
}

/** The worker script beside this module; from TypeScript sources it is loaded through tsx. */
function workerScript(): { url: URL; execArgv: string[] } {
  const ts = import.meta.url.endsWith(".ts");
  const url = new URL(ts ? "./worker.ts" : "./worker.js", import.meta.url);
  if (!ts) return { url, execArgv: [] };
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;
  return { url, execArgv: ["--import", tsx] };
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
export function workerExecutor(options: Partial<Options>, size: number): Executor {
  const { url, execArgv } = workerScript();
  const slots: Slot[] = [];
  let nextId = 0;
  const spawn = (): Slot => {
    const slot: Slot = { worker: new Worker(url, { workerData: options, execArgv }), pending: null };
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
export function createExecutor(options: Partial<Options>, concurrency: number): Executor {
  return concurrency <= 1 ? inlineExecutor(options) : workerExecutor(options, concurrency);
}
