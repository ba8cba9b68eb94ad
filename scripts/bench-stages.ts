/**
 * Where a document's CPU goes, in one thread at steady state: each stage of
 * the pipeline, then rendering and encoding its rows (every text output),
 * in ms per document. Runs the built pipeline (DIST, e.g. dist/src) over the
 * first DOCS documents of CORPUS (JSONL) several times; the first rounds warm
 * the JIT up and are not counted. Printed by `make bench` after the
 * end-to-end table (docs/performance.md says how to read it).
 *
 *   node --import tsx scripts/bench-stages.ts dist/src .bench/corpus-10MB.jsonl [DOCS]
 */
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [dist, corpus, n = "2000"] = process.argv.slice(2);
const WARM_ROUNDS = 2;
const ROUNDS = 3;

const load = async <T>(rel: string): Promise<T> => (await import(pathToFileURL(resolve(join(dist, rel))).href)) as T;
type Stage = (doc: unknown, ctx: unknown) => unknown;
const { STAGES, createDoc } = await load<{ STAGES: [string, Stage][]; createDoc: (input: unknown) => unknown }>("pipeline.js");
const { runContext } = await load<{ runContext: (spec: unknown) => unknown }>("io/context.js");
const { toInputDocument } = await load<{ toInputDocument: (v: unknown, at: unknown) => unknown }>("io/record.js");
const { docRows } = await load<{ docRows: (doc: unknown, note: null, published: null) => unknown }>("io/doc-rows.js");
const { textOutputs } = await load<{ textOutputs: (spec: unknown) => { render(rows: unknown): string }[] }>("io/render.js");
const { Utf8Writer } = await load<{ Utf8Writer: new () => { write(s: string): void; bytes(): Uint8Array } }>("io/utf8.js");
const { BATCH_RECORDS } = await load<{ BATCH_RECORDS: number }>("io/run.js");

const inputs: unknown[] = [];
for await (const line of createInterface({ input: createReadStream(corpus) })) {
  if (inputs.length >= Number(n)) break;
  if (line.trim()) inputs.push(toInputDocument(JSON.parse(line), { origin: `bench#L${inputs.length + 1}`, base: "bench", line: inputs.length + 1 }));
}
const render = { stream: false, formats: ["jsonl", "csv"] };
const ctx = runContext({ options: {}, batch: { render, published: null, keepRows: false } });
const outputs = textOutputs(render);
const names = [...STAGES.map(([name]) => name), "render+encode"];
const ms = new Map<string, number>(names.map((k) => [k, 0]));

for (let round = 0; round < WARM_ROUNDS + ROUNDS; round++) {
  const counted = round >= WARM_ROUNDS;
  let writers = outputs.map(() => new Utf8Writer());
  for (let i = 0; i < inputs.length; i++) {
    const input = inputs[i];
    let doc = createDoc(input);
    for (const [name, stage] of STAGES) {
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
}
const per = (v: number) => (v / (ROUNDS * inputs.length)).toFixed(3);
const total = [...ms.values()].reduce((a, b) => a + b, 0);
console.log(`in one thread, steady state (${inputs.length} documents × ${ROUNDS} rounds after ${WARM_ROUNDS} warm-up rounds), ms per document: total ${per(total)}`);
console.log(`  ${names.map((k) => `${k} ${per(ms.get(k)!)}`).join(", ")}`);
