/**
 * Worker thread of the pool: builds its own context (language packs are
 * compiled once per worker) and runs `processDocument` on each document it
 * is sent. Messages: in `{ id, input }`, out `{ id, doc }` or `{ id, error }`.
 */
import { parentPort, workerData } from "node:worker_threads";
import { processDocument } from "../pipeline.js";
import { runContext, type ContextSpec } from "./context.js";

const ctx = runContext(workerData as ContextSpec);
parentPort!.on("message", ({ id, input }) => {
  try {
    parentPort!.postMessage({ id, doc: processDocument(input, ctx) });
  } catch (e) {
    parentPort!.postMessage({ id, error: e instanceof Error ? e.message : String(e) });
  }
});
