/**
 * `make fuzz`: runs N generated and mutated documents (scripts/fuzz-gen.ts)
 * through `processDocument` on worker threads, then a sample written as
 * .txt/.jsonl/.csv/.html files (byte-level mutations included) through the
 * readers and the `sitrep` CLI. Reports crashes (a throw), hangs (a document
 * over 1 s; a worker stuck over 20 s is killed and replaced) and schema
 * violations, saves each failing input under .fuzz/, and prints one summary
 * line. Exit 1 when anything failed.
 *
 *   npx tsx scripts/fuzz.ts [--docs 100000] [--workers 2] [--seed 1] [--files 2000]
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { Count, DocumentRow, Event, Reject } from "../schemas/index.js";
import { docRows } from "../src/io/doc-rows.js";
import { run } from "../src/io/run.js";
import { validateOutputs } from "../src/io/validate-outputs.js";
import { createContext, processDocument } from "../src/pipeline.js";
import { corpus, fuzzDoc, fuzzText, prng } from "./fuzz-gen.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
/** Workers run this file from its TypeScript source: a bootstrap registers tsx first (as src/io/executor.ts does). */
const boot = `(async () => { const { register } = await import(${JSON.stringify(pathToFileURL(join(dirname(createRequire(import.meta.url).resolve("tsx/package.json")), "dist/esm/api/index.mjs")).href)}); register(); await import(${JSON.stringify(import.meta.url)}); })()`;
const HANG_MS = 1000;
const KILL_MS = 20_000;

interface Failure {
  kind: "crash" | "hang" | "schema";
  n: number;
  detail: string;
}

/** Processes one document and checks its rows; returns a failure or null, and the time taken. */
function check(ctx: ReturnType<typeof createContext>, c: ReturnType<typeof corpus>, seed: number, n: number): { failure: Failure | null; ms: number } {
  const input = fuzzDoc(c, seed, n);
  const t0 = performance.now();
  try {
    const doc = processDocument(input, ctx);
    const ms = performance.now() - t0;
    const rows = docRows(doc, null, null);
    const problems = [
      ...doc.invalid.map((i) => `${i.record} ${i.record_id}: ${i.issues.map((x) => `${x.path} ${x.message}`).join("; ")}`),
      ...[DocumentRow.safeParse(rows.document), ...rows.events.map((e) => Event.safeParse(e)), ...rows.counts.map((x) => Count.safeParse(x)), ...rows.rejects.map((x) => Reject.safeParse(x))]
        .filter((p) => !p.success)
        .map((p) => String(p.error)),
    ];
    if (problems.length) return { failure: { kind: "schema", n, detail: problems[0].slice(0, 300) }, ms };
    if (ms > HANG_MS) return { failure: { kind: "hang", n, detail: `${ms.toFixed(0)} ms for ${input.text.length} characters` }, ms };
    return { failure: null, ms };
  } catch (e) {
    return { failure: { kind: "crash", n, detail: String((e as Error)?.stack ?? e).slice(0, 500) }, ms: performance.now() - t0 };
  }
}

if (!isMainThread) {
  // Worker: documents from..to; the shared clock tells the main thread which document runs since when.
  const { seed, from, to, clock } = workerData as { seed: number; from: number; to: number; clock: SharedArrayBuffer };
  const now = new Float64Array(clock);
  const ctx = createContext();
  const c = corpus(ctx.packs);
  let slowest = 0;
  for (let n = from; n < to; n++) {
    now[0] = n;
    now[1] = Date.now();
    const { failure, ms } = check(ctx, c, seed, n);
    slowest = Math.max(slowest, ms);
    if (failure) parentPort!.postMessage({ failure });
    if ((n - from) % 1000 === 999) parentPort!.postMessage({ done: 1000 });
  }
  parentPort!.postMessage({ done: (to - from) % 1000, finished: true, slowest });
} else {
  await main();
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { docs: { type: "string" }, workers: { type: "string" }, seed: { type: "string" }, files: { type: "string" } } });
  const total = Number(values.docs ?? 100_000);
  const workers = Number(values.workers ?? Math.min(2, availableParallelism()));
  const seed = Number(values.seed ?? 1);
  const files = Number(values.files ?? 2000);
  const started = Date.now();
  const failures: Failure[] = [];
  let done = 0;
  let slowest = 0;

  // In-process: `workers` threads, each a contiguous range; a stuck worker is killed and restarted after its document.
  const per = Math.ceil(total / workers);
  const runRange = (from: number, to: number): Promise<void> =>
    new Promise((resolve) => {
      if (from >= to) return resolve();
      const clock = new SharedArrayBuffer(16);
      const now = new Float64Array(clock);
      const w = new Worker(boot, { workerData: { seed, from, to, clock }, eval: true });
      let finished = false;
      const watch = setInterval(() => {
        if (now[1] && Date.now() - now[1] > KILL_MS) {
          const n = now[0];
          failures.push({ kind: "hang", n, detail: `over ${KILL_MS} ms: worker killed` });
          clearInterval(watch);
          void w.terminate().then(() => runRange(n + 1, to).then(resolve));
        }
      }, 500);
      w.on("message", (m: { failure?: Failure; done?: number; finished?: boolean; slowest?: number }) => {
        if (m.failure) failures.push(m.failure);
        if (m.done) done += m.done;
        if (m.slowest) slowest = Math.max(slowest, m.slowest);
        if (process.stderr.isTTY) process.stderr.write(`\rfuzz: ${done}/${total} documents`);
        if (m.finished) {
          finished = true;
          clearInterval(watch);
          void w.terminate().then(() => resolve());
        }
      });
      w.on("error", (e) => {
        failures.push({ kind: "crash", n: now[0], detail: `worker died: ${e.message}` });
        finished = true;
        clearInterval(watch);
        void runRange(now[0] + 1, to).then(resolve);
      });
      w.on("exit", () => {
        if (finished) return;
        failures.push({ kind: "crash", n: now[0], detail: "worker exited early" });
        clearInterval(watch);
        resolve();
      });
    });
  await Promise.all(Array.from({ length: workers }, (_, k) => runRange(k * per, Math.min(total, (k + 1) * per))));
  if (process.stderr.isTTY) process.stderr.write("\n");

  // Through the readers and the CLI: a sample as files, with byte-level damage.
  const viaFiles = await fuzzFiles(seed, files, failures);
  const secs = ((Date.now() - started) / 1000).toFixed(0);
  const count = (k: Failure["kind"]) => failures.filter((f) => f.kind === k).length;
  if (failures.length) {
    const dir = join(ROOT, ".fuzz");
    mkdirSync(dir, { recursive: true });
    const c = corpus(createContext().packs);
    for (const f of failures.slice(0, 50)) {
      writeFileSync(join(dir, `${f.kind}-${seed}-${f.n}.json`), JSON.stringify({ ...f, input: f.n >= 0 ? fuzzDoc(c, seed, f.n) : null }, null, 2));
      console.error(`${f.kind} #${f.n}: ${f.detail.split("\n")[0]}`);
    }
    console.error(`failing inputs saved in .fuzz/ (rerun one: --seed ${seed})`);
  }
  console.log(
    `fuzz: ${done} documents in-process + ${viaFiles} records via readers/CLI in ${secs} s (seed ${seed}, ${workers} workers): ` +
      `${count("crash")} crashes, ${count("hang")} hangs (> ${HANG_MS} ms), ${count("schema")} schema violations; slowest document ${slowest.toFixed(0)} ms`,
  );
  process.exitCode = failures.length ? 1 : 0;
}

/** Writes `n` fuzz documents as files of every type (some with flipped bytes), runs them through run() and the CLI, checks the outputs. */
async function fuzzFiles(seed: number, n: number, failures: Failure[]): Promise<number> {
  const c = corpus(createContext().packs);
  const r = prng(seed ^ 0x5eed);
  const dir = mkdtempSync(join(tmpdir(), "sitrep-fuzz-"));
  const input = join(dir, "in");
  mkdirSync(input);
  const jsonl: string[] = [];
  const csv: string[] = ["id,text,lang"];
  let records = 0;
  for (let k = 0; k < n; k++) {
    const text = fuzzText(c, seed + 1, k);
    const bytes = Buffer.from(text, "utf8");
    if (r() < 0.3) for (let f = 1 + Math.floor(r() * 4); f > 0 && bytes.length; f--) bytes[Math.floor(r() * bytes.length)] ^= 1 << Math.floor(r() * 8);
    const kind = Math.floor(r() * 4);
    if (kind === 0) (writeFileSync(join(input, `d${k}.txt`), bytes), records++);
    else if (kind === 1) (writeFileSync(join(input, `d${k}.html`), Buffer.concat([Buffer.from("<html><body><article><p>"), bytes, Buffer.from("</p></article></body></html>")])), records++);
    else if (kind === 2) jsonl.push(r() < 0.1 ? bytes.toString("latin1") : JSON.stringify({ id: `j${k}`, text }));
    else csv.push(`c${k},"${text.replace(/"/g, r() < 0.05 ? '"' : '""')}",${r() < 0.5 ? "fr" : ""}`);
  }
  writeFileSync(join(input, "all.jsonl"), jsonl.join("\n"));
  writeFileSync(join(input, "all.csv"), csv.join("\r\n"));
  try {
    const res = await run({ inputs: [input], out: join(dir, "out"), formats: ["jsonl", "csv"], lang: "auto", published: null, concurrency: 2, maxDocBytes: 5 * 1024 * 1024, deterministic: true });
    const bad = (await validateOutputs(join(dir, "out"))).filter((x) => x.violations > 0);
    for (const b of bad) failures.push({ kind: "schema", n: -1, detail: `${b.file}: ${b.problems[0]}` });
    // Every .txt/.html file is one record, and the JSONL and CSV files at least one each.
    if (res.documents.total < records + 2) failures.push({ kind: "crash", n: -1, detail: `documents.csv has ${res.documents.total} rows for at least ${records + 2} records` });
    records = res.documents.total;
  } catch (e) {
    failures.push({ kind: "crash", n: -1, detail: `run() threw: ${(e as Error).stack}` });
  }
  const cli = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "src/cli/main.ts"), "extract", input, "--out", join(dir, "cli"), "--quiet", "--concurrency", "2"], { encoding: "utf8", env: { ...process.env, TZ: "UTC" } });
  if (cli.status !== 0 && cli.status !== 1) failures.push({ kind: "crash", n: -1, detail: `CLI exit ${cli.status}: ${cli.stderr.slice(0, 300)}` });
  return records;
}
