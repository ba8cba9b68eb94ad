/**
 * The machine's own speed-up from 1 to N threads, for `make bench`: the same
 * fixed work (reading words from corpus text with one regex and counting
 * them in a Map, so strings, hashing and garbage as the pipeline has) done by
 * one worker thread alone, then by N at once, each doing all of it. On a
 * dedicated machine N threads finish in about the time one does (speed-up
 * close to N); on a shared VM whose cores are busy elsewhere, or are two
 * halves of one physical core, much less: the 1 → N workers speed-up of
 * sitrep cannot exceed what the machine gives at that moment, so the bench
 * prints both. Rounds alternate the order of the two measures.
 */
import { closeSync, openSync, readSync } from "node:fs";
import { Worker } from "node:worker_threads";

/** Runs in each thread: `rounds` passes over `text`, word by word. */
const WORK = `
const { parentPort, workerData } = require("node:worker_threads");
const { text, rounds } = workerData;
const re = /[\\p{L}\\p{N}]+/gu;
let n = 0;
for (let r = 0; r < rounds; r++) {
  const seen = new Map();
  for (const m of text.matchAll(re)) seen.set(m[0], (seen.get(m[0]) ?? 0) + 1);
  n += seen.size;
}
parentPort.postMessage(n);
`;

/** The first `bytes` of the file at `path`, as text (a character cut at the end becomes U+FFFD). */
export function headText(path: string, bytes: number): string {
  const fd = openSync(path, "r");
  try {
    const buf = Buffer.alloc(bytes);
    const n = readSync(fd, buf, 0, bytes, 0);
    return buf.subarray(0, n).toString("utf8");
  } finally {
    closeSync(fd);
  }
}

/** Wall seconds for `threads` worker threads that each run the whole work at once. */
function timed(text: string, rounds: number, threads: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const t = performance.now();
    const workers: Worker[] = [];
    let left = threads;
    // A thread that fails, or exits without its answer, stops them all.
    const fail = (e: Error) => {
      for (const w of workers) void w.terminate();
      reject(e);
    };
    for (let i = 0; i < threads; i++) {
      const w = new Worker(WORK, { eval: true, workerData: { text, rounds } });
      workers.push(w);
      let answered = false;
      w.once("error", fail);
      w.once("exit", (code) => answered || fail(new Error(`bench-machine: a thread exited with code ${code} before it answered`)));
      w.once("message", () => {
        answered = true;
        void w.terminate();
        if (--left === 0) resolve((performance.now() - t) / 1000);
      });
    }
  });
}

/**
 * `rounds` measures of the machine's speed-up on `threads` threads: per round,
 * threads × (time of one thread doing the work) / (time of `threads` threads
 * each doing it). `passes` sets the work: about 0.9 s per thread on this
 * machine (2 cores, 2026-11-28) with 1 MB of text and 24 passes.
 */
export async function machineSpeedups(text: string, threads: number, rounds: number, passes = 24): Promise<number[]> {
  const out: number[] = [];
  for (let r = 0; r < rounds; r++) {
    // Alternated, as the CLI runs are: a slow spell falls on both.
    let one: number;
    let all: number;
    if (r % 2 === 0) {
      one = await timed(text, passes, 1);
      all = await timed(text, passes, threads);
    } else {
      all = await timed(text, passes, threads);
      one = await timed(text, passes, 1);
    }
    out.push((threads * one) / all);
  }
  return out;
}
