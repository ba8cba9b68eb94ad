import { mkdir, rm, writeFile, rename } from "node:fs/promises";
import { join } from "node:path";
import { once } from "node:events";
import type { Manifest } from "../../schemas/index.js";
import { COUNT_COLUMNS, DOCUMENT_COLUMNS, EVENT_COLUMNS, type Column } from "./columns.js";
import { csvHeader, csvRows } from "./csv-format.js";
import type { DocRows } from "./doc-rows.js";
import { OutputFile } from "./output-file.js";

export type Format = "jsonl" | "csv";

/** Where the rows of each document go, in input order. */
export interface Sink {
  add(rows: DocRows): Promise<void>;
  /** Ends the run: the manifest is written and every file moved into place (file sink). */
  finish(manifest: (outputs: string[]) => Manifest): Promise<Manifest | null>;
  abort(): Promise<void>;
}

const jsonl = (rows: readonly unknown[]) => rows.map((r) => `${JSON.stringify(r)}\n`).join("");

/** Every file sitrep may write in OUT; ones this run does not produce are removed so OUT describes one run. */
export const OUTPUT_FILES = ["events.jsonl", "events.csv", "counts.jsonl", "counts.csv", "documents.csv", "rejects.jsonl", "manifest.json"] as const;

/**
 * Writes the output files into `dir` under temporary names; `finish` closes
 * them, writes manifest.json and renames everything into place (manifest
 * last). Each rename is atomic; an interrupted run leaves the previous
 * outputs as they were.
 */
export async function fileSink(dir: string, formats: readonly Format[]): Promise<Sink> {
  await mkdir(dir, { recursive: true });
  const files: { file: OutputFile; render: (rows: DocRows) => string }[] = [];
  const add = (name: string, render: (rows: DocRows) => string, columns?: readonly Column[]) => {
    const file = new OutputFile(dir, name);
    files.push({ file, render });
    return columns ? file.write(csvHeader(columns)) : Promise.resolve();
  };
  if (formats.includes("jsonl")) {
    await add("events.jsonl", (r) => jsonl(r.events));
    await add("counts.jsonl", (r) => jsonl(r.counts));
  }
  if (formats.includes("csv")) {
    await add("events.csv", (r) => csvRows(EVENT_COLUMNS, r.events), EVENT_COLUMNS);
    await add("counts.csv", (r) => csvRows(COUNT_COLUMNS, r.counts), COUNT_COLUMNS);
  }
  await add("documents.csv", (r) => csvRows(DOCUMENT_COLUMNS, [r.document]), DOCUMENT_COLUMNS);
  await add("rejects.jsonl", (r) => jsonl(r.rejects));
  const manifestTmp = join(dir, `.manifest.json.sitrep-tmp-${process.pid}`);
  return {
    async add(rows) {
      for (const { file, render } of files) await file.write(render(rows));
    },
    async finish(makeManifest) {
      for (const { file } of files) await file.close();
      const written = [...files.map((f) => f.file.name), "manifest.json"];
      const outputs = OUTPUT_FILES.filter((n) => written.includes(n));
      const manifest = makeManifest([...outputs]);
      await writeFile(manifestTmp, `${JSON.stringify(manifest, null, 2)}\n`);
      for (const { file } of files) await file.commit();
      await rename(manifestTmp, join(dir, "manifest.json"));
      for (const stale of OUTPUT_FILES.filter((n) => !written.includes(n))) await rm(join(dir, stale), { force: true });
      return manifest;
    },
    async abort() {
      await Promise.all([...files.map((f) => f.file.discard()), rm(manifestTmp, { force: true })]);
    },
  };
}

/**
 * Streams every row to `out` as one JSONL line tagged with its kind
 * (`{"kind":"document"|"event"|"count"|"reject", ...row}`): a filter for
 * GNU parallel or Spark's pipe. No files and no manifest.
 */
export function streamSink(out: NodeJS.WritableStream): Sink {
  const tag = (kind: string, rows: readonly object[]) => rows.map((r) => `${JSON.stringify({ kind, ...r })}\n`).join("");
  return {
    async add(rows) {
      const text = tag("document", [rows.document]) + tag("event", rows.events) + tag("count", rows.counts) + tag("reject", rows.rejects);
      if (!out.write(text)) await once(out as NodeJS.EventEmitter, "drain");
    },
    async finish() {
      return null;
    },
    async abort() {},
  };
}
