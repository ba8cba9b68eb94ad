/**
 * Two builds of the pipeline compared in one thread, for changes too small
 * for `make bench` to see (1–5% of a document's time): both are loaded in one
 * process and run over the same documents in alternated rounds, each document
 * processed, rendered and encoded as bench-stages.ts does, and the CPU per
 * document of each round is compared with the round beside it. The build
 * loaded second runs a little slower or faster whatever it holds (1–4%
 * here), so two processes run, one in each order: the ratio of B to A is the
 * geometric mean of the two orders' medians, which cancels that bias, and the
 * bias itself is printed. Each process runs with the node flags of A's CLI
 * (its first line) and A's run-time flags: a change of flags is for `make bench`.
 *
 *   make bench-ab A=../base/dist B=dist [AB_CORPUS=… AB_DOCS=1000 AB_ROUNDS=30]
 *   node --import tsx scripts/bench-ab.ts A_DIST B_DIST CORPUS.jsonl [DOCS] [ROUNDS]
 *
 * A_DIST and B_DIST are build directories (dist of a checkout built with `npx tsc -p tsconfig.json`).
 */
import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { firstDocuments, loadDist, wholeArg } from "./bench-dist.js";
import { median } from "./bench-figures.js";
import { shebangFlags } from "./shebang-flags.js";

const WARM_ROUNDS = 3;

interface OrderResult {
  /** CPU ms per document of each round, first-loaded build then second. */
  first: number[];
  second: number[];
}

/** A build loaded, with its run context and text outputs. */
async function prepare(dist: string) {
  const built = await loadDist(join(dist, "src"));
  return { built, ctx: built.context.runContext({ options: {} }), outputs: built.render.textOutputs({ stream: false, formats: ["jsonl", "csv"] }) };
}

/** One process: `dists[0]` loaded first, then `dists[1]`; rounds alternate which runs first. */
async function oneOrder(dists: [string, string], corpus: string, docs: number, rounds: number): Promise<OrderResult> {
  const builds = [await prepare(dists[0]), await prepare(dists[1])];
  const inputs = await firstDocuments(builds[0].built.record, corpus, docs);
  const round = (b: Awaited<ReturnType<typeof prepare>>): number => {
    const { STAGES, createDoc } = b.built.pipeline;
    const cpu = process.cpuUsage();
    let writers = b.outputs.map(() => new b.built.utf8.Utf8Writer());
    for (let i = 0; i < inputs.length; i++) {
      let doc = createDoc(inputs[i]);
      for (const [, stage] of STAGES) {
        if (doc.rejected) break;
        doc = stage(doc, b.ctx);
      }
      const rows = b.built.docRows.docRows(doc, null, null);
      for (let o = 0; o < b.outputs.length; o++) writers[o].write(b.outputs[o].render(rows));
      if ((i + 1) % b.built.run.BATCH_RECORDS === 0 || i === inputs.length - 1) {
        for (const w of writers) w.bytes();
        writers = b.outputs.map(() => new b.built.utf8.Utf8Writer());
      }
    }
    const used = process.cpuUsage(cpu);
    return (used.user + used.system) / 1000 / inputs.length;
  };
  for (let r = 0; r < WARM_ROUNDS; r++) for (const b of builds) round(b);
  const out: OrderResult = { first: [], second: [] };
  for (let r = 0; r < rounds; r++) {
    // Which build runs first alternates, so that neither always follows the other's garbage.
    const [x, y] = r % 2 ? [1, 0] : [0, 1];
    const tx = round(builds[x]);
    const ty = round(builds[y]);
    out[x === 0 ? "first" : "second"].push(tx);
    out[y === 0 ? "first" : "second"].push(ty);
  }
  return out;
}

const [mode, ...rest] = process.argv.slice(2);
if (mode === "--order") {
  const [a, b, corpus, docs, rounds] = rest;
  process.stdout.write(JSON.stringify(await oneOrder([a, b], corpus, Number(docs), Number(rounds))));
} else {
  const [a, b, corpus, docs = "1000", rounds = "30"] = process.argv.slice(2);
  if (!a || !b || !corpus) throw new Error("usage: bench-ab.ts A_DIST B_DIST CORPUS.jsonl [DOCS] [ROUNDS]");
  const n = wholeArg("DOCS", docs);
  const r = wholeArg("ROUNDS", rounds, 2);
  const cli = join(resolve(a), "src/cli/main.js");
  const self = fileURLToPath(import.meta.url);
  const order = (first: string, second: string): OrderResult => {
    const args = [...shebangFlags(cli), "--import", "tsx", self, "--order", resolve(first), resolve(second), resolve(corpus), String(n), String(r)];
    const child = spawnSync(process.execPath, args, { encoding: "utf8", env: { ...process.env, TZ: "UTC" }, maxBuffer: 1 << 24 });
    if (child.status !== 0) throw new Error(`bench-ab: the run with ${first} loaded first failed:\n${child.stderr}`);
    return JSON.parse(child.stdout) as OrderResult;
  };
  const ab = order(a, b);
  const ba = order(b, a);
  // Per round, the second-loaded build's time over the first's: B/A in the first process, A/B in the second.
  const ratios = (o: OrderResult) => o.second.map((t, i) => t / o.first[i]);
  const r1 = median(ratios(ab));
  const r2 = median(ratios(ba));
  const ms = (xs: number[]) => median(xs).toFixed(3);
  console.log(`${n} documents of ${corpus}, ${r} rounds per process after ${WARM_ROUNDS} warm-up rounds; CPU ms per document (medians):`);
  console.log(`  A loaded first: A ${ms(ab.first)}, B ${ms(ab.second)} (B/A ${r1.toFixed(3)}, rounds ${Math.min(...ratios(ab)).toFixed(3)}-${Math.max(...ratios(ab)).toFixed(3)})`);
  console.log(`  B loaded first: B ${ms(ba.first)}, A ${ms(ba.second)} (A/B ${r2.toFixed(3)}, rounds ${Math.min(...ratios(ba)).toFixed(3)}-${Math.max(...ratios(ba)).toFixed(3)})`);
  console.log(`B/A ${Math.sqrt(r1 / r2).toFixed(3)} (both orders); the build loaded second ran ${Math.sqrt(r1 * r2).toFixed(3)} of the first's time whatever it held`);
}
