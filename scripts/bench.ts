/**
 * `make bench`: end-to-end throughput of the built CLI (dist/) on a synthetic
 * corpus (scripts/bench-corpus.ts), per size of BENCH_SIZE (default
 * "10MB,100MB"; "1GB" on request), cached under .bench/. For each size it
 * prints documents/s, MB/s, CPU time and peak RSS of the child process
 * (/usr/bin/time -v, else /proc/<pid>/status VmHWM) with one worker and with
 * all cores, the 1 → N speed-up, whether both runs wrote the same bytes, and
 * the ratio to a floor measured in the same run: reading the corpus and
 * scanning it once with one regex. All stages on, CSV and JSONL written.
 *
 *   BENCH_SIZE=10MB,100MB,1GB BENCH_WORKERS=2 npx tsx scripts/bench.ts
 */
import { spawn } from "node:child_process";
import { createReadStream, existsSync, mkdirSync, readFileSync, renameSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { writeCorpus } from "./bench-corpus.js";

const ROOT = join(import.meta.dirname, "..");
const DIR = join(ROOT, ".bench");
const CLI = join(ROOT, "dist/src/cli/main.js");
const OUTPUTS = ["events.jsonl", "events.csv", "counts.jsonl", "counts.csv", "documents.csv", "rejects.jsonl"];
const UNITS: Record<string, number> = { KB: 1e3, MB: 1e6, GB: 1e9 };
const sizes = (process.env.BENCH_SIZE ?? "10MB,100MB").split(",").map((s) => s.trim().toUpperCase());
const workers = Number(process.env.BENCH_WORKERS ?? availableParallelism());

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

interface Measure {
  wall: number;
  cpu: number | null;
  rssMb: number;
}

/** Runs the CLI on `path` in a child process; wall time, CPU time and peak RSS. */
function extract(path: string, out: string, concurrency: number): Promise<Measure> {
  const args = [CLI, "extract", path, "--out", out, "--format", "jsonl,csv", "--concurrency", String(concurrency), "--quiet"];
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

const same = (a: string, b: string) => OUTPUTS.every((n) => readFileSync(join(a, n)).equals(readFileSync(join(b, n))));
const f = (n: number, d = 1) => n.toFixed(d);

if (!existsSync(CLI)) throw new Error("dist/ is missing: run make build (make bench does)");
mkdirSync(DIR, { recursive: true });
console.log(`sitrep bench: ${availableParallelism()} cores, node ${process.version}; CSV+JSONL written, all stages on`);
console.log("size     docs      workers  wall s   docs/s   MB/s    CPU s   peak RSS MB  floor MB/s  x floor");
for (const size of sizes) {
  const path = await corpus(size);
  const mb = statSync(path).size / 1e6;
  const docs = readFileSync(path).reduce((n: number, b: number) => (b === 10 ? n + 1 : n), 0);
  const floorS = await floor(path);
  const rows: [number, Measure][] = [];
  const runs = workers > 1 && process.env.BENCH_SPEEDUP !== "0" ? [1, workers] : [workers];
  for (const w of runs) rows.push([w, await extract(path, join(DIR, `out-${size}-w${w}`), w)]);
  for (const [w, m] of rows) {
    const cells = [size.padEnd(8), String(docs).padEnd(9), String(w).padEnd(8), f(m.wall).padStart(6), f(docs / m.wall, 0).padStart(8), f(mb / m.wall, 2).padStart(7), (m.cpu === null ? "-" : f(m.cpu)).padStart(8), f(m.rssMb, 0).padStart(12), f(mb / floorS, 0).padStart(11), f(m.wall / floorS, 0).padStart(8)];
    console.log(cells.join(" "));
  }
  if (rows.length === 2) {
    const [[, one], [w, all]] = rows;
    const identical = same(join(DIR, `out-${size}-w1`), join(DIR, `out-${size}-w${w}`));
    console.log(`${size}: speed-up 1 → ${w} workers ${f(one.wall / all.wall, 2)}x (wall); outputs ${identical ? "byte-identical" : "DIFFER"}`);
  }
}
