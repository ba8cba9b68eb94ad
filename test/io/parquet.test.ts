import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EVENT_COLUMNS } from "../../src/io/columns.js";
import { parquetSchema } from "../../src/io/parquet-file.js";
import { run, type RunOptions } from "../../src/io/run.js";
import { validateOutputs } from "../../src/io/validate-outputs.js";
import { ROOT, sitrep } from "../cli/sitrep.js";
import { tempTree } from "./helpers.js";

const opts = (out: string, extra: Partial<RunOptions> = {}): RunOptions => ({
  inputs: [join(ROOT, "input")], out, formats: ["jsonl", "csv", "parquet"], lang: "auto", published: null, concurrency: 1, maxDocBytes: 5_000_000, deterministic: true, ...extra,
});

describe("Parquet and ';' CSV output", () => {
  it("types every column from the schemas: DATE, INT64, optional when nullable, lists as LIST", () => {
    const schema = parquetSchema(EVENT_COLUMNS);
    const el = (name: string) => schema.find((s) => s.name === name)!;
    expect(el("event_date")).toMatchObject({ type: "INT32", converted_type: "DATE", repetition_type: "OPTIONAL" });
    expect(el("fatalities")).toMatchObject({ type: "INT64", repetition_type: "OPTIONAL" });
    expect(el("evidence_trigger_start")).toMatchObject({ type: "INT64", repetition_type: "REQUIRED" });
    expect(el("actors")).toMatchObject({ converted_type: "LIST", repetition_type: "REQUIRED", num_children: 1 });
  });

  it("writes byte-identical Parquet and ';' CSV files whatever the concurrency, which sitrep validate accepts", async () => {
    const dir = tempTree();
    await run(opts(join(dir, "one"), { csvDelimiter: ";" }));
    await run(opts(join(dir, "two"), { csvDelimiter: ";", concurrency: 2 }));
    for (const name of ["events.parquet", "counts.parquet", "events.csv", "counts.csv", "documents.csv"]) {
      expect(readFileSync(join(dir, "two", name)).equals(readFileSync(join(dir, "one", name))), name).toBe(true);
    }
    expect(readFileSync(join(dir, "one", "events.csv"), "utf8")).toMatch(/^\uFEFFdoc_id;event_id;event_type;/);
    const checks = await validateOutputs(join(dir, "one"));
    expect(checks.filter((c) => c.violations > 0)).toEqual([]);
    expect(checks.map((c) => c.file)).toEqual(expect.arrayContaining(["events.parquet", "counts.parquet"]));
    const manifest = JSON.parse(readFileSync(join(dir, "one", "manifest.json"), "utf8"));
    expect(manifest.outputs).toEqual(expect.arrayContaining(["events.parquet", "counts.parquet"]));
    expect(manifest.options.csv_delimiter).toBe(";");
  });

  it("rejects Parquet to stdout and an unknown delimiter (usage, exit 2)", async () => {
    expect((await sitrep(["extract", "-", "--format", "parquet"])).stderr).toMatch(/Parquet output needs --out/);
    const r = await sitrep(["extract", "input", "--csv-delimiter", "|"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--csv-delimiter must be one of/);
  });
});
