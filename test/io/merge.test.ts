import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { article, prng } from "../../scripts/bench-corpus.js";
import { merge } from "../../src/io/merge.js";
import { BATCH_RECORDS, run, type RunOptions } from "../../src/io/run.js";
import type { Format } from "../../src/io/sinks.js";
import { bytes, tempTree } from "./helpers.js";

const OUTPUTS = ["events.jsonl", "events.csv", "counts.jsonl", "counts.csv", "documents.csv", "rejects.jsonl"];
const base = (extra: Partial<RunOptions>): RunOptions => ({ inputs: [], out: null, formats: ["jsonl", "csv"], lang: "auto", published: null, concurrency: 1, maxDocBytes: 1_000_000, deterministic: true, ...extra });

describe("sitrep merge", () => {
  it("puts shards given in any order back into input order, as one run writes it", async () => {
    const rnd = prng(3);
    const lines = Array.from({ length: 12 }, (_, i) => article(rnd, i));
    lines[4] = "{broken";
    const dir = tempTree({ "corpus.jsonl": `${lines.join("\n")}\n` });
    await run(base({ inputs: [join(dir, "corpus.jsonl")], out: join(dir, "single") }));
    // Origins are paths as given: the single run named the file by its full path, so the shards do too.
    const name = join(dir, "corpus.jsonl");
    const shards = tempTree();
    const parts = [lines.slice(0, 5), lines.slice(5, 9), lines.slice(9)];
    const texts = await Promise.all(parts.map((p, i) => shardAs(p, parts.slice(0, i).flat().length, name)));
    const files = tempTree({ "c.jsonl": texts[0], "a.jsonl": texts[2], "b.jsonl": texts[1] });
    const manifest = await merge({ inputs: [join(files, "a.jsonl"), join(files, "b.jsonl"), join(files, "c.jsonl")], out: join(shards, "merged"), formats: ["jsonl", "csv"] });
    expect(manifest.documents).toEqual({ total: 12, ok: 11, rejected: 1 });
    for (const n of OUTPUTS) expect(readFileSync(join(shards, "merged", n)).equals(readFileSync(join(dir, "single", n))), n).toBe(true);
  });

  it("writes the files of one run past a batch of documents or of bytes, Parquet and ';' CSV included", async () => {
    const rnd = prng(5);
    const lines = Array.from({ length: BATCH_RECORDS + 9 }, (_, i) => article(rnd, i));
    // Two long documents (60 articles each, ~1,100 counts): their rows fill a batch's bytes before its documents run out.
    const long = (id: string) => JSON.stringify({ id, text: Array.from({ length: 60 }, (_, i) => JSON.parse(article(rnd, 3 * i)).text).join("\n\n") });
    lines.splice(10, 0, long("long-1"), long("long-2"));
    const dir = tempTree({ "corpus.jsonl": `${lines.join("\n")}\n` });
    const formats: Format[] = ["jsonl", "csv", "parquet"];
    await run(base({ inputs: [join(dir, "corpus.jsonl")], out: join(dir, "single"), formats, csvDelimiter: ";" }));
    const name = join(dir, "corpus.jsonl");
    const parts = [lines.slice(0, 40), lines.slice(40)];
    const texts = await Promise.all(parts.map((p, i) => shardAs(p, i === 0 ? 0 : parts[0].length, name)));
    const files = tempTree({ "1.jsonl": texts[0], "2.jsonl": texts[1] });
    const manifest = await merge({ inputs: [files], out: join(dir, "merged"), formats, csvDelimiter: ";" });
    expect(manifest.documents).toEqual({ total: lines.length, ok: lines.length, rejected: 0 });
    for (const n of [...OUTPUTS, "events.parquet", "counts.parquet"]) expect(readFileSync(join(dir, "merged", n)).equals(readFileSync(join(dir, "single", n))), n).toBe(true);
  });

  it("--concat keeps Spark-like part files whole, in the order given, where their line numbers restart", async () => {
    const rnd = prng(8);
    const lines = Array.from({ length: 30 }, (_, i) => article(rnd, i));
    const dir = tempTree({ "corpus.jsonl": `${lines.join("\n")}\n` });
    await run(base({ inputs: [join(dir, "corpus.jsonl")], out: join(dir, "single") }));
    // A partition does not know the lines before it: each counts from its own start (ids are given, so they do not change).
    const parts = [lines.slice(0, 12), lines.slice(12, 20), lines.slice(20)];
    const texts = await Promise.all(parts.map((p) => shardAs(p, 0, "corpus.jsonl")));
    const files = tempTree({ "part-00000": texts[0], "part-00001": texts[1], "part-00002": texts[2] });
    const inputs = ["part-00000", "part-00001", "part-00002"].map((n) => join(files, n));
    await merge({ inputs, out: join(dir, "concat"), formats: ["jsonl", "csv"], concat: true });
    for (const n of ["events.jsonl", "events.csv", "counts.jsonl", "counts.csv"]) expect(readFileSync(join(dir, "concat", n)).equals(readFileSync(join(dir, "single", n))), n).toBe(true);
    const ids = (d: string) => readFileSync(join(dir, d, "documents.csv"), "utf8").trim().split("\r\n").slice(1).map((l) => l.split(",")[0]);
    expect(ids("concat")).toEqual(ids("single"));
    // Interleaved by their restarting line numbers instead, the parts would not come out in input order.
    await merge({ inputs, out: join(dir, "by-line"), formats: ["jsonl", "csv"] });
    expect(ids("by-line")).not.toEqual(ids("single"));
  });
});

/** The tagged rows of `sitrep extract - --stdin-name NAME --line-offset OFFSET` over `lines`. */
async function shardAs(lines: string[], offset: number, name: string): Promise<string> {
  const chunks: string[] = [];
  const stdout = { write: (s: string | Uint8Array) => (chunks.push(Buffer.from(s).toString()), true) } as unknown as NodeJS.WritableStream;
  await run(base({ inputs: ["-"], stdin: bytes(`${lines.join("\n")}\n`), stdout, stdinAs: { name, lineOffset: offset } }));
  return chunks.join("");
}
