/**
 * Where a document's time goes, in one thread at steady state: each stage of
 * the pipeline, then rendering and encoding its rows (every text output), in
 * ms per document, and the thread's CPU per document over the same rounds.
 * Runs the built pipeline (DIST, e.g. dist/src) over the first DOCS documents
 * of CORPUS (JSONL) several times; the first rounds warm the JIT up and are
 * not counted. Stage figures are elapsed time (`performance.now()`): run it on
 * a quiet machine. `make bench` prints it last, run with the CLI's node flags
 * (those of its first line; the run-time ones are set here, as the CLI sets them).
 *
 *   node --import tsx scripts/bench-stages.ts dist/src .bench/corpus-10MB.jsonl [DOCS]
 */
import { firstDocuments, loadDist, wholeArg } from "./bench-dist.js";

const [dist, corpus, n = "2000"] = process.argv.slice(2);
if (!dist || !corpus) throw new Error("usage: bench-stages.ts DIST CORPUS.jsonl [DOCS]");
const WARM_ROUNDS = 2;
const ROUNDS = 3;

const built = await loadDist(dist);
const { STAGES, createDoc } = built.pipeline;
const { runContext } = built.context;
const { docRows } = built.docRows;
const { textOutputs } = built.render;
const { Utf8Writer } = built.utf8;
const { BATCH_RECORDS } = built.run;
const inputs = await firstDocuments(built.record, corpus, wholeArg("DOCS", n));
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
