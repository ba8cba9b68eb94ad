/**
 * Where a document's time goes, in one thread at steady state: each stage of
 * the pipeline, then rendering and encoding its rows (every text output), in
 * ms per document, and the thread's CPU per document over the same rounds.
 * Runs the built pipeline (DIST, e.g. dist/src) over the first DOCS documents
 * of CORPUS (JSONL) several times; the first rounds warm the JIT up and are
 * not counted. Stage figures are elapsed time (`performance.now()`): run it on
 * a quiet machine. `make bench` prints it last, run with the CLI's node flags.
 *
 *   node --import tsx scripts/bench-stages.ts dist/src .bench/corpus-10MB.jsonl [DOCS]
 */
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { InputDocument } from "../schemas/index.js";

const [dist, corpus, n = "2000"] = process.argv.slice(2);
const WARM_ROUNDS = 2;
const ROUNDS = 3;

const load = (rel: string) => import(pathToFileURL(resolve(join(dist, rel))).href);
const { STAGES, createDoc }: typeof import("../src/pipeline.js") = await load("pipeline.js");
const { runContext }: typeof import("../src/io/context.js") = await load("io/context.js");
const { isRecordFailure, toInputDocument }: typeof import("../src/io/record.js") = await load("io/record.js");
const { docRows }: typeof import("../src/io/doc-rows.js") = await load("io/doc-rows.js");
const { textOutputs }: typeof import("../src/io/render.js") = await load("io/render.js");
const { Utf8Writer }: typeof import("../src/io/utf8.js") = await load("io/utf8.js");
const { BATCH_RECORDS }: typeof import("../src/io/run.js") = await load("io/run.js");

const inputs: InputDocument[] = [];
let line = 0;
for await (const text of createInterface({ input: createReadStream(corpus) })) {
  if (inputs.length >= Number(n)) break;
  line++;
  if (!text.trim()) continue;
  const doc = toInputDocument(JSON.parse(text), { origin: `bench#L${line}`, base: "bench", line });
  if (!isRecordFailure(doc)) inputs.push(doc);
}
const ctx = runContext({ options: {} });
const outputs = textOutputs({ stream: false, formats: ["jsonl", "csv"] });
const names = [...STAGES.map(([name]) => name), "render+encode"];
const ms = new Map<string, number>(names.map((k) => [k, 0]));
let cpuMicros = 0;

for (let round = 0; round < WARM_ROUNDS + ROUNDS; round++) {
  const counted = round >= WARM_ROUNDS;
  const cpu = process.cpuUsage();
  let writers = outputs.map(() => new Utf8Writer());
  for (let i = 0; i < inputs.length; i++) {
    let doc = createDoc(inputs[i]);
    // As processDocument: a rejected document skips the remaining stages.
    for (const [name, stage] of STAGES) {
      if (doc.rejected) break;
      const t = performance.now();
      doc = stage(doc, ctx);
      if (counted) ms.set(name, ms.get(name)! + performance.now() - t);
    }
    const t = performance.now();
    const rows = docRows(doc, null, null);
    for (let o = 0; o < outputs.length; o++) writers[o].write(outputs[o].render(rows));
    // One set of writers per batch, as a worker has (BatchBuilder).
    if ((i + 1) % BATCH_RECORDS === 0 || i === inputs.length - 1) {
      for (const w of writers) w.bytes();
      writers = outputs.map(() => new Utf8Writer());
    }
    if (counted) ms.set("render+encode", ms.get("render+encode")! + performance.now() - t);
  }
  if (counted) {
    const used = process.cpuUsage(cpu);
    cpuMicros += used.user + used.system;
  }
}
const per = (v: number) => (v / (ROUNDS * inputs.length)).toFixed(3);
const total = [...ms.values()].reduce((a, b) => a + b, 0);
console.log(`in one thread, steady state (${inputs.length} documents × ${ROUNDS} rounds after ${WARM_ROUNDS} warm-up rounds), ms per document: total ${per(total)} (CPU ${per(cpuMicros / 1000)})`);
console.log(`  ${names.map((k) => `${k} ${per(ms.get(k)!)}`).join(", ")}`);
