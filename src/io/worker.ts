/**
 * Worker thread of the pool: builds its own context (language packs are
 * compiled once per worker) and runs `processBatch` on each batch of read
 * records it is sent. Messages: in `{ id, items }`, out `{ id, result }` (its
 * text buffers transferred, not copied) or `{ id, error }`; in
 * `{ recycle: names, buffers }`, buffers of results whose bytes are written,
 * back to the pool the next batches' text is written into.
 */
import { parentPort, workerData } from "node:worker_threads";
import { processBatch } from "./batch.js";
import { BufferPool, textBuffers } from "./buffer-pool.js";
import { runContext } from "./context.js";
import type { ExecutorSpec } from "./executor.js";
import type { ReadItem } from "./read-item.js";
import { textOutputs } from "./render.js";

const spec = workerData as ExecutorSpec;
const ctx = runContext(spec);
const outputs = textOutputs(spec.batch.render);
const pool = new BufferPool();
parentPort!.on("message", (m: { id: number; items: ReadItem[] } | { recycle: string[]; buffers: ArrayBuffer[] }) => {
  if ("recycle" in m) {
    for (let i = 0; i < m.recycle.length; i++) pool.give(m.recycle[i], m.buffers[i]);
    return;
  }
  const { id, items } = m;
  try {
    const result = processBatch(items, ctx, spec.batch, outputs, pool);
    parentPort!.postMessage({ id, result }, textBuffers(result.text).buffers);
  } catch (e) {
    parentPort!.postMessage({ id, error: e instanceof Error ? e.message : String(e) });
  }
});
