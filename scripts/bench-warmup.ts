/**
 * What one thread pays before it runs at full speed: CPU per document, chunk
 * by chunk, from a cold start (modules loaded and the context built first,
 * then the packs compiled on first use, then code that V8 has not optimised
 * yet). Every document is new to the thread, as in a worker. Run it with the
 * CLI's node flags; the figures are CPU of the whole process (the compiler
 * threads included; under `--import tsx` the first line includes loading tsx), so
 * run it on a quiet machine.
 *
 *   node --max-semi-space-size=4 --single-threaded-gc --import tsx scripts/bench-warmup.ts dist/src .bench/corpus-10MB.jsonl [DOCS] [CHUNK]
 */
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [dist, corpus, n = "4000", chunk = "250"] = process.argv.slice(2);
if (!dist || !corpus) throw new Error("usage: bench-warmup.ts DIST CORPUS.jsonl [DOCS] [CHUNK]");

// The corpus is read before the clock starts: only the pipeline's own start is measured.
const lines: string[] = [];
for await (const line of createInterface({ input: createReadStream(corpus) })) {
  if (lines.length >= Number(n)) break;
  if (line.trim()) lines.push(line);
}
const start = process.cpuUsage();
const cpuMs = () => {
  const c = process.cpuUsage(start);
  return (c.user + c.system) / 1000;
};
const load = (rel: string) => import(pathToFileURL(resolve(join(dist, rel))).href);
const { processDocument }: typeof import("../src/pipeline.js") = await load("pipeline.js");
const { runContext }: typeof import("../src/io/context.js") = await load("io/context.js");
const { isRecordFailure, toInputDocument }: typeof import("../src/io/record.js") = await load("io/record.js");
const ctx = runContext({ options: {} });
console.log(`modules loaded and context built: ${cpuMs().toFixed(0)} ms CPU`);

const size = Number(chunk);
let last = cpuMs();
for (let i = 0; i < lines.length; i += size) {
  const end = Math.min(i + size, lines.length);
  for (let k = i; k < end; k++) {
    const doc = toInputDocument(JSON.parse(lines[k]), { origin: `bench#L${k + 1}`, base: "bench", line: k + 1 });
    if (!isRecordFailure(doc)) processDocument(doc, ctx);
  }
  const now = cpuMs();
  console.log(`documents ${String(i + 1).padStart(5)}-${String(end).padEnd(5)} ${((now - last) / (end - i)).toFixed(2)} ms CPU per document`);
  last = now;
}
