import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { article, prng } from "../../scripts/bench-corpus.js";
import { ROOT } from "../cli/sitrep.js";
import { tempTree } from "./helpers.js";

const hasParallel = spawnSync("parallel", ["--version"], { stdio: "ignore" }).status === 0;
if (!hasParallel) console.warn("merge-parallel.test.ts: GNU parallel is not installed (apt-get install parallel): skipping the sharded-run test");

// The built CLI, compiled for this test inside node_modules so that packages resolve as from dist/.
const BUILD = join(ROOT, "node_modules/.cache/sitrep-parallel-test");
const CLI = join(BUILD, "src/cli/main.js");
const OUTPUTS = ["events.jsonl", "events.csv", "counts.jsonl", "counts.csv", "documents.csv", "rejects.jsonl"];
const N = 13;

describe.skipIf(!hasParallel)("sitrep extract - under GNU parallel, then sitrep merge", () => {
  beforeAll(() => {
    spawnSync(process.execPath, [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", join(ROOT, "tsconfig.json"), "--outDir", BUILD], { cwd: ROOT, stdio: "ignore" });
    expect(existsSync(CLI), "tsc did not build the CLI").toBe(true);
  }, 120_000);

  it("gives the same files, byte for byte, as one run over the whole input", () => {
    const rnd = prng(7);
    const lines = Array.from({ length: 80 }, (_, i) => article(rnd, i));
    lines.splice(20, 0, "{not json");
    lines.splice(41, 0, "");
    lines.splice(60, 0, JSON.stringify({ title: "no text" }));
    const dir = tempTree({ "corpus.jsonl": `${lines.join("\n")}\n`, "shards/.keep": "" });
    const run = (args: string[], input?: string) => spawnSync(process.execPath, [CLI, ...args], { cwd: dir, input, encoding: "utf8" });
    expect(run(["extract", "corpus.jsonl", "--out", "single", "--quiet"]).status).toBe(1);
    const job = `${process.execPath} ${CLI} extract - --quiet --stdin-name corpus.jsonl --line-offset $(( ({#} - 1) * ${N} )) > shards/{#}.jsonl`;
    // Exit 1 of a job only says that it wrote rejects; parallel reports the number of failed jobs.
    spawnSync("parallel", ["--pipe", `-N${N}`, "-j", "3", job], { cwd: dir, input: readFileSync(join(dir, "corpus.jsonl")) });
    const shards = execFileSync("ls", ["shards"], { cwd: dir, encoding: "utf8" }).trim().split("\n");
    expect(shards.length).toBe(Math.ceil(lines.length / N));
    expect(run(["merge", "shards", "--out", "merged"]).status).toBe(1);
    for (const name of OUTPUTS) expect(readFileSync(join(dir, "merged", name)).equals(readFileSync(join(dir, "single", name))), name).toBe(true);
    const manifest = (d: string) => JSON.parse(readFileSync(join(dir, d, "manifest.json"), "utf8"));
    expect(manifest("merged").documents).toEqual(manifest("single").documents);
    expect(manifest("merged").stages.write).toEqual(manifest("single").stages.write);
  }, 120_000);
});
