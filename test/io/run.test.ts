import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { Manifest } from "../../schemas/index.js";
import { run, type RunOptions } from "../../src/io/run.js";
import { validateOutputs } from "../../src/io/validate-outputs.js";
import { tempTree } from "./helpers.js";

const dev = JSON.stringify({ id: "fr-1", lang: "fr", published: "2021-06-20", text: "Le camp militaire de Tessalit a essuyé des tirs de roquettes ce 20 juin. 2 500 soldats maliens y sont stationnés." });
const CORPUS = {
  "a.jsonl": [dev, "{broken", JSON.stringify({ id: "en-1", text: "Gunmen killed 12 villagers in Zamfara state on Sunday, police said." }), JSON.stringify({ id: "fr-1", text: "Doublon." })].join("\n"),
  "b/article.txt": "Three soldiers were wounded when a roadside bomb hit their patrol near Quetta on Monday.",
  "b/article.meta.json": JSON.stringify({ published: "2023-09-18", lang: "en" }),
  "b/empty.txt": "",
  "c.csv": "id,text\ncsv-1,\"Deux soldats ont été tués mercredi par un engin explosif près de Mogadiscio.\"\n",
  "d.html": "<html lang='en'><head><title>Blast</title></head><body><article><p>A car bomb exploded outside a police station in the city on Friday, killing four officers and wounding nine people, officials said.</p></article></body></html>",
  "e.png.txt": Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
};
const RECORDS = 9; // 4 JSONL lines + 2 txt + 1 CSV row + 1 html + 1 png

const base = (inputs: string[], out: string, extra: Partial<RunOptions> = {}): RunOptions => ({
  inputs, out, formats: ["jsonl", "csv"], lang: "auto", published: null, concurrency: 1, maxDocBytes: 1_000_000, deterministic: true, ...extra,
});

const read = (dir: string, name: string) => readFileSync(join(dir, name));
const OUTPUTS = ["events.jsonl", "events.csv", "counts.jsonl", "counts.csv", "documents.csv", "rejects.jsonl", "manifest.json"];

describe("run", () => {
  it("accounts for every input record in documents.csv and rejects.jsonl, and writes a valid manifest", async () => {
    const dir = tempTree(CORPUS);
    const out = join(dir, "out");
    const result = await run(base([dir], out));
    expect(readdirSync(out).sort()).toEqual([...OUTPUTS].sort());
    const rows = Papa.parse<Record<string, string>>(read(out, "documents.csv").toString("utf8").replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true }).data;
    expect(rows).toHaveLength(RECORDS);
    expect(rows.map((r) => r.doc_id)).toContain("fr-1~2");
    expect(new Set(rows.map((r) => r.doc_id)).size).toBe(RECORDS);
    const rejected = rows.filter((r) => r.status === "rejected");
    const rejects = read(out, "rejects.jsonl").toString("utf8").trim().split("\n").map((l) => JSON.parse(l));
    expect(rejects.filter((r) => r.record === "document").map((r) => r.doc_id)).toEqual(rejected.map((r) => r.doc_id));
    expect(rejects.map((r) => r.rule)).toEqual(expect.arrayContaining(["read:invalid-json", "read:empty", "read:binary"]));
    const manifest = Manifest.parse(JSON.parse(read(out, "manifest.json").toString("utf8")));
    expect(manifest.documents).toEqual(result.documents);
    expect(manifest.documents.total).toBe(RECORDS);
    expect(manifest.duration_ms).toBeNull();
    expect(manifest.inputs.map((i) => i.path.slice(dir.length + 1))).toEqual(["a.jsonl", "b/article.txt", "b/article.meta.json", "b/empty.txt", "c.csv", "d.html", "e.png.txt"]);
    const checks = await validateOutputs(out);
    expect(checks.filter((c) => c.violations > 0)).toEqual([]);
  });

  it("writes byte-identical outputs with 1 and 4 workers", async () => {
    const dir = tempTree(CORPUS);
    const outs = tempTree();
    await run(base([dir], join(outs, "one"), { concurrency: 1 }));
    await run(base([dir], join(outs, "four"), { concurrency: 4 }));
    for (const name of OUTPUTS.filter((n) => n !== "manifest.json")) expect(read(join(outs, "four"), name).equals(read(join(outs, "one"), name)), name).toBe(true);
  });

  it("leaves no temporary files, and an interrupted run leaves the previous outputs intact", async () => {
    const dir = tempTree(CORPUS);
    const out = join(dir, "out");
    await run(base([dir], out));
    const before = Object.fromEntries(OUTPUTS.map((n) => [n, read(out, n)]));
    expect(readdirSync(out).filter((n) => n.startsWith("."))).toEqual([]);
    const stop = new AbortController();
    const interrupted = run(base([dir], out, { signal: stop.signal, onProgress: () => stop.abort() }));
    await expect(interrupted).rejects.toThrow();
    for (const n of OUTPUTS) expect(read(out, n).equals(before[n]), n).toBe(true);
    expect(readdirSync(out).sort()).toEqual([...OUTPUTS].sort());
  });

  it("writes only the selected formats and removes stale ones", async () => {
    const dir = tempTree(CORPUS);
    const out = join(dir, "out");
    await run(base([dir], out));
    await run(base([dir], out, { formats: ["jsonl"] }));
    expect(readdirSync(out).sort()).toEqual(["counts.jsonl", "documents.csv", "events.jsonl", "manifest.json", "rejects.jsonl"]);
  });

  it("streams tagged JSONL rows when there is no output folder", async () => {
    const chunks: string[] = [];
    const stdout = { write: (s: string | Uint8Array) => (chunks.push(Buffer.from(s).toString()), true) } as unknown as NodeJS.WritableStream;
    const stdin = (async function* () {
      yield Buffer.from(`${dev}\n{bad\n`);
    })();
    await run(base(["-"], null as unknown as string, { out: null, stdin, stdout }));
    const rows = chunks.join("").trim().split("\n").map((l) => JSON.parse(l));
    expect(rows.map((r) => r.kind)).toEqual(expect.arrayContaining(["document", "reject"]));
    expect(rows.filter((r) => r.kind === "document").map((r) => r.doc_id)).toEqual(["fr-1", expect.stringMatching(/^stdin-L2-/)]);
  });
});

describe("validateOutputs", () => {
  it("reports rows that do not match the schemas", async () => {
    const dir = tempTree(CORPUS);
    const out = join(dir, "out");
    await run(base([dir], out));
    writeFileSync(join(out, "rejects.jsonl"), `${read(out, "rejects.jsonl").toString("utf8")}{"doc_id":1}\n`);
    const csv = read(out, "documents.csv").toString("utf8").replace(",ok,", ",maybe,");
    writeFileSync(join(out, "documents.csv"), csv);
    const bad = (await validateOutputs(out)).filter((c) => c.violations > 0);
    expect(bad.map((c) => c.file).sort()).toEqual(["documents.csv", "rejects.jsonl"]);
    expect(bad.find((c) => c.file === "documents.csv")!.problems[0]).toMatch(/line \d+: status/);
  });
});
