/**
 * What one thread pays before it runs at full speed: CPU per document, chunk
 * by chunk, from a cold start, as a worker meets it (every document new to
 * the thread, each parsed, processed, rendered and encoded). The first line is the
 * modules loaded and the context built; then the packs are compiled on the
 * first document of each language, then the code runs before V8 has
 * optimised it. CPU is the whole process's (the compiler threads included);
 * the corpus is read before the clock starts. Run it with the CLI's node
 * flags (the first line of dist/src/cli/main.js; the run-time ones are set
 * here) on a quiet machine:
 *
 *   node --max-semi-space-size=4 --single-threaded-gc --import tsx scripts/bench-warmup.ts dist/src .bench/corpus-10MB.jsonl [DOCS] [CHUNK]
 *
 * Under `--import tsx` every module the script loads goes through tsx's
 * hooks, which adds to the first line (~0.1 s here).
 */
import { firstLines, loadDist, toDocument, wholeArg } from "./bench-dist.js";

const [dist, corpus, n = "4000", chunk = "250"] = process.argv.slice(2);
if (!dist || !corpus) throw new Error("usage: bench-warmup.ts DIST CORPUS.jsonl [DOCS] [CHUNK]");
const size = wholeArg("CHUNK", chunk);
const docs = wholeArg("DOCS", n);

// The lines are read before the clock starts; each is parsed in the loop, as a worker parses its records.
const inputs = await firstLines(corpus, docs);
const start = process.cpuUsage();
const cpuMs = () => {
  const c = process.cpuUsage(start);
  return (c.user + c.system) / 1000;
};
const built = await loadDist(dist);
const ctx = built.context.runContext({ options: {} });
const outputs = built.render.textOutputs({ stream: false, formats: ["jsonl", "csv"] });
console.log(`modules loaded and context built: ${cpuMs().toFixed(0)} ms CPU`);

let last = cpuMs();
let writers = outputs.map(() => new built.utf8.Utf8Writer());
for (let i = 0; i < inputs.length; i += size) {
  const end = Math.min(i + size, inputs.length);
  for (let k = i; k < end; k++) {
    const doc = toDocument(built.record, inputs[k]);
    if (!doc) continue;
    const rows = built.docRows.docRows(built.pipeline.processDocument(doc, ctx), null, null);
    for (let o = 0; o < outputs.length; o++) writers[o].write(outputs[o].render(rows));
    // One set of writers per batch, as a worker has.
    if ((k + 1) % built.run.BATCH_RECORDS === 0) {
      for (const w of writers) w.bytes();
      writers = outputs.map(() => new built.utf8.Utf8Writer());
    }
  }
  const now = cpuMs();
  console.log(`documents ${String(i + 1).padStart(5)}-${String(end).padEnd(5)} ${((now - last) / (end - i)).toFixed(2)} ms CPU per document`);
  last = now;
}
