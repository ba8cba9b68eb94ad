/**
 * `make bench`: end-to-end throughput of the built CLI (dist/) on a synthetic
 * corpus (scripts/bench-corpus.ts), per size of BENCH_SIZE (default
 * "10MB,100MB"; "1GB" on request), cached under .bench/. For each size it
 * prints documents/s, MB/s, CPU time and peak RSS of the child process
 * (/usr/bin/time -v, else /proc/<pid>/status VmHWM) with one worker and with
 * all cores, the 1 → N speed-up, whether both runs wrote the same bytes, and
 * the ratio to a floor measured in the same run: reading the corpus and
 * scanning it once with one regex; and the machine's own speed-up from 1 to
 * N threads on plain regex and Map work (scripts/bench-machine.ts), which
 * bounds sitrep's on a shared VM. All stages on, CSV and JSONL written.
 * Then CPU ms per document (less sensitive than wall time to other load on
 * the machine) and how peak RSS changes from the smallest size to the
 * largest (it should stay flat); from one size to the next, the marginal
 * throughput (extra megabytes over extra wall time: what a long run does once
 * its threads have started and warmed up) and the fixed cost that leaves in
 * the smaller run; last, where one document's time goes, stage
 * by stage, in one thread at steady state (scripts/bench-stages.ts). Corpora
 * and outputs are streamed, never held in memory, so 1GB runs as the smaller
 * sizes do (BENCH_SPEEDUP=0 skips the one-worker run).
 *
 * BENCH_REPEAT=N runs each configuration N times, alternating one worker and
 * all cores (1, N, N, 1, ...: so that a slow spell of a shared machine falls
 * on both, and neither always runs first), prints
 * every run and then a median row per worker count; the speed-up is then the
 * ratio of the median wall times, with the range of the N paired ratios.
 *
 *   BENCH_SIZE=10MB,100MB,1GB BENCH_WORKERS=2 npx tsx scripts/bench.ts
 *
 * BENCH_CLI=path/to/main.js measures another build (e.g. a copy of an older
 * dist/ inside the repository) and writes its outputs to .bench/out-<size>-w<n>-<BENCH_TAG>.
 */
import { spawn, spawnSync } from "node:child_process";
import { closeSync, createReadStream, existsSync, mkdirSync, openSync, readFileSync, readSync, renameSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import { writeCorpus } from "./bench-corpus.js";
import { marginal, median, medians, runOrder, type Measure } from "./bench-figures.js";
import { headText, machineSpeedups } from "./bench-machine.js";
import { shebangFlags } from "./shebang-flags.js";

const ROOT = join(import.meta.dirname, "..");
const DIR = join(ROOT, ".bench");
const CLI = process.env.BENCH_CLI ?? join(ROOT, "dist/src/cli/main.js");
const TAG = process.env.BENCH_TAG ? `-${process.env.BENCH_TAG}` : "";
const OUTPUTS = ["events.jsonl", "events.csv", "counts.jsonl", "counts.csv", "documents.csv", "rejects.jsonl"];
const UNITS: Record<string, number> = { KB: 1e3, MB: 1e6, GB: 1e9 };
const sizes = (process.env.BENCH_SIZE ?? "10MB,100MB").split(",").map((s) => s.trim().toUpperCase());
const workers = Number(process.env.BENCH_WORKERS ?? availableParallelism());
const repeat = Number(process.env.BENCH_REPEAT ?? 1);
if (!Number.isInteger(repeat) || repeat < 1) throw new Error(`BENCH_REPEAT: "${process.env.BENCH_REPEAT}" is not a whole number of runs (1 or more)`);

function bytesOf(size: string): number {
  const m = /^(\d+(?:\.\d+)?)(KB|MB|GB)$/.exec(size);
  if (!m) throw new Error(`BENCH_SIZE: "${size}" is not like 10MB or 1GB`);
  return Math.round(Number(m[1]) * UNITS[m[2]]);
}

async function corpus(size: string): Promise<string> {
  const path = join(DIR, `corpus-${size}.jsonl`);
  if (!existsSync(path)) {
    process.stderr.write(`bench: generating ${path}...\n`);
    await writeCorpus(`${path}.tmp`, bytesOf(size));
    renameSync(`${path}.tmp`, path);
  }
  return path;
}

/** The floor: read the corpus as text and run one regex over it once. */
async function floor(path: string): Promise<number> {
  const t = performance.now();
  const decoder = new TextDecoder();
  const re = /[\p{L}\p{N}]+/gu;
  let words = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    for (const _ of decoder.decode(chunk as Buffer, { stream: true }).matchAll(re)) words++;
  }
  if (words < 0) throw new Error("unreachable");
  return (performance.now() - t) / 1000;
}

/** Runs the CLI on `path` in a child process; wall time, CPU time and peak RSS. */
function extract(path: string, out: string, concurrency: number): Promise<Measure> {
  const args = [...shebangFlags(CLI), CLI, "extract", path, "--out", out, "--format", "jsonl,csv", "--concurrency", String(concurrency), "--quiet"];
  const timed = existsSync("/usr/bin/time");
  const [cmd, argv] = timed ? ["/usr/bin/time", ["-v", process.execPath, ...args]] : [process.execPath, args];
  return new Promise((resolve, reject) => {
    const t = performance.now();
    const child = spawn(cmd, argv, { stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, TZ: "UTC" } });
    let stderr = "";
    let hwm = 0;
    child.stderr.on("data", (d) => (stderr += d));
    const poll = timed ? null : setInterval(() => {
      const m = /VmHWM:\s+(\d+) kB/.exec(existsSync(`/proc/${child.pid}/status`) ? readFileSync(`/proc/${child.pid}/status`, "utf8") : "");
      if (m) hwm = Math.max(hwm, Number(m[1]));
    }, 50);
    child.on("error", reject);
    child.on("close", (code) => {
      if (poll) clearInterval(poll);
      const wall = (performance.now() - t) / 1000;
      if (code !== 0 && code !== 1) return reject(new Error(`sitrep extract exited with ${code}: ${stderr.slice(-2000)}`));
      const num = (re: RegExp) => Number(re.exec(stderr)?.[1] ?? NaN);
      const cpu = timed ? num(/User time \(seconds\): ([\d.]+)/) + num(/System time \(seconds\): ([\d.]+)/) : null;
      const rssKb = timed ? num(/Maximum resident set size \(kbytes\): (\d+)/) : hwm;
      resolve({ wall, cpu, rssMb: rssKb / 1024 });
    });
  });
}

/** Whether two files hold the same bytes, read 1 MB at a time. */
function sameFile(a: string, b: string): boolean {
  if (statSync(a).size !== statSync(b).size) return false;
  const [fa, fb] = [openSync(a, "r"), openSync(b, "r")];
  const [ba, bb] = [Buffer.alloc(1 << 20), Buffer.alloc(1 << 20)];
  try {
    for (;;) {
      const n = readSync(fa, ba, 0, ba.length, null);
      const m = readSync(fb, bb, 0, bb.length, null);
      if (n !== m || !ba.subarray(0, n).equals(bb.subarray(0, m))) return false;
      if (n === 0) return true;
    }
  } finally {
    closeSync(fa);
    closeSync(fb);
  }
}

const same = (a: string, b: string) => OUTPUTS.every((n) => sameFile(join(a, n), join(b, n)));

/** Lines of a file, counted by streaming it. */
async function countLines(path: string): Promise<number> {
  let n = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    for (let i = (chunk as Buffer).indexOf(10); i >= 0; i = (chunk as Buffer).indexOf(10, i + 1)) n++;
  }
  return n;
}
const f = (n: number, d = 1) => n.toFixed(d);

if (!existsSync(CLI)) throw new Error("dist/ is missing: run make build (make bench does)");
mkdirSync(DIR, { recursive: true });
console.log(`sitrep bench: ${availableParallelism()} cores, node ${process.version}; CSV+JSONL written, all stages on`);
console.log("size     docs      workers  wall s   docs/s   MB/s    CPU s   peak RSS MB  floor MB/s  x floor");
const peaks = new Map<number, [string, number][]>();
/** Per size, its megabytes, documents and median wall time per worker count: for the marginal lines. */
const measured: { size: string; mb: number; docs: number; wall: Map<number, number> }[] = [];
for (const size of sizes) {
  const path = await corpus(size);
  const mb = statSync(path).size / 1e6;
  const docs = await countLines(path);
  const floorS = await floor(path);
  const runs = workers > 1 && process.env.BENCH_SPEEDUP !== "0" ? [1, workers] : [workers];
  const runsOf = new Map<number, Measure[]>(runs.map((w) => [w, []]));
  const row = (w: number, m: Measure, label = String(w)) => {
    const cells = [size.padEnd(8), String(docs).padEnd(9), label.padEnd(8), f(m.wall).padStart(6), f(docs / m.wall, 0).padStart(8), f(mb / m.wall, 2).padStart(7), (m.cpu === null ? "-" : f(m.cpu)).padStart(8), f(m.rssMb, 0).padStart(12), f(mb / floorS, 0).padStart(11), f(m.wall / floorS, 0).padStart(8)];
    console.log(cells.join(" "));
  };
  for (const w of runOrder(runs, repeat)) {
    const m = await extract(path, join(DIR, `out-${size}-w${w}${TAG}`), w);
    runsOf.get(w)!.push(m);
    row(w, m);
  }
  const rows: [number, Measure][] = runs.map((w) => [w, medians(runsOf.get(w)!)]);
  if (repeat > 1) for (const [w, m] of rows) row(w, m, `${w} med`);
  if (rows.length === 2) {
    const [[, one], [w, all]] = rows;
    const identical = same(join(DIR, `out-${size}-w1${TAG}`), join(DIR, `out-${size}-w${w}${TAG}`));
    // The i-th runs of both counts are of the same round.
    const paired = runsOf.get(1)!.map((m, i) => m.wall / runsOf.get(w)![i].wall);
    const range = repeat > 1 ? ` (median of ${repeat} runs each; paired runs ${f(Math.min(...paired), 2)}-${f(Math.max(...paired), 2)}x)` : "";
    console.log(`${size}: speed-up 1 → ${w} workers ${f(one.wall / all.wall, 2)}x (wall)${range}; outputs ${identical ? "byte-identical" : "DIFFER"}`);
    // What the machine itself gives from 1 to w threads at this moment (scripts/bench-machine.ts).
    const rounds = Math.max(3, repeat);
    const machine = await machineSpeedups(headText(path, 1 << 20), w, rounds);
    const m = median(machine);
    console.log(`${size}: the machine's own speed-up 1 → ${w} threads (the same regex and Map work on each thread, ${rounds} rounds): ${f(m, 2)}x (${f(Math.min(...machine), 2)}-${f(Math.max(...machine), 2)}x); sitrep's is ${f((100 * one.wall) / all.wall / m, 0)}% of it`);
  }
  const cpu = rows.filter(([, m]) => m.cpu !== null).map(([w, m]) => `${w} worker${w > 1 ? "s" : ""} ${f((1000 * m.cpu!) / docs, 2)}`);
  if (cpu.length > 0) console.log(`${size}: CPU ms per document${repeat > 1 ? " (medians)" : ""}: ${cpu.join(", ")}`);
  for (const [w, m] of rows) peaks.set(w, [...(peaks.get(w) ?? []), [size, m.rssMb]]);
  measured.push({ size, mb, docs, wall: new Map(rows.map(([w, m]) => [w, m.wall])) });
}
for (const [w, list] of peaks) {
  if (list.length < 2) continue;
  const growth = list[list.length - 1][1] - list[0][1];
  console.log(`peak RSS, ${w} worker${w > 1 ? "s" : ""}: ${list.map(([s, r]) => `${s} ${f(r, 0)} MB`).join(", ")} (${growth >= 0 ? "+" : ""}${f(growth, 0)} MB from ${list[0][0]} to ${list[list.length - 1][0]})`);
}
// From one size to the next, the extra megabytes over the extra wall time: the throughput once every thread is
// started and warmed up, and the fixed cost (start-up, module loading, JIT warm-up) it leaves in the smaller run.
for (let i = 1; i < measured.length; i++) {
  const [small, large] = [measured[i - 1], measured[i]];
  const rates = marginal(small, large);
  if (!rates.length) continue;
  const cells = rates.map((r) => `${r.workers} worker${r.workers > 1 ? "s" : ""} ${f(r.mbPerS, 2)} MB/s (${f(r.docsPerS, 0)} docs/s, fixed cost ${f(r.fixedS)} s)`);
  const one = rates.find((r) => r.workers === 1);
  const all = rates.find((r) => r.workers > 1);
  const speedup = one && all ? `; speed-up 1 → ${all.workers} workers ${f(all.docsPerS / one.docsPerS, 2)}x` : "";
  console.log(`${small.size} → ${large.size}, marginal${repeat > 1 ? " (medians)" : " (single runs: noisy)"}: ${cells.join(", ")}${speedup}`);
}
// Where a document's time goes (scripts/bench-stages.ts), on the first corpus of BENCH_SIZE, in a child process
// with the CLI's node flags.
const stagesArgs = [...shebangFlags(CLI), "--import", "tsx", join(ROOT, "scripts/bench-stages.ts"), join(dirname(CLI), ".."), await corpus(sizes[0])];
const stages = spawnSync(process.execPath, stagesArgs, { encoding: "utf8", env: { ...process.env, TZ: "UTC" } });
process.stdout.write(stages.status === 0 ? stages.stdout : `stage figures failed: ${stages.stderr.slice(-1000)}\n`);
