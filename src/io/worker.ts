/**
 * Worker thread of the pool: builds its own context (language packs are
 * compiled once per worker) and runs `processBatch` on each batch of read
 * records it is sent. Messages: in `{ id, items }`, out `{ id, result }` (its
 * text buffers transferred, not copied) or `{ id, error }`.
 */
import { parentPort, workerData } from "node:worker_threads";
import { processBatch, transferables } from "./batch.js";
import { runContext } from "./context.js";
import type { ExecutorSpec } from "./executor.js";
import { textOutputs } from "./render.js";

const spec = workerData as ExecutorSpec;
const ctx = runContext(spec);
const outputs = textOutputs(spec.batch.render);
parentPort!.on("message", ({ id, items }) => {
  try {
    const result = processBatch(items, ctx, spec.batch, outputs);
    parentPort!.postMessage({ id, result }, transferables(result));
  } catch (e) {
    parentPort!.postMessage({ id, error: e instanceof Error ? e.message : String(e) });
  }
});
