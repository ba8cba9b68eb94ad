import { mkdir, rm, writeFile, rename } from "node:fs/promises";
import { join } from "node:path";
import { once } from "node:events";
import type { Manifest } from "../../schemas/index.js";
import { COUNT_COLUMNS, EVENT_COLUMNS, type Column } from "./columns.js";
import type { CsvDelimiter } from "./csv-format.js";
import type { DocRows } from "./doc-rows.js";
import { OutputFile } from "./output-file.js";
import type { ParquetFile } from "./parquet-file.js";
import { tagged, textOutputs } from "./render.js";

export type Format = "jsonl" | "csv" | "parquet";

/** How CSV files are written: the field separator (default ","). */
export interface CsvOptions {
  csvDelimiter?: CsvDelimiter;
}

/** The rows of a batch of documents: the text of each output (as rendered by render.ts), and the row objects when a sink needs them (Parquet). */
export interface RowsBatch {
  text: Record<string, Uint8Array | string>;
  rows: readonly DocRows[];
}

/** Where the rows of each batch of documents go, in input order: the text each output gets, rendered already, or the rows to render. */
export interface Sink {
  /** `written` is called once the batch's text is written out (its buffers may then be reused), not if writing fails. */
  addBatch(batch: RowsBatch, written?: () => void): Promise<void>;
  /** Ends the run: the manifest is written and every file moved into place (file sink). */
  finish(manifest: (outputs: string[]) => Manifest): Promise<Manifest | null>;
  abort(): Promise<void>;
}

/** Every file sitrep may write in OUT; ones this run does not produce are removed so OUT describes one run. */
export const OUTPUT_FILES = ["events.jsonl", "events.csv", "events.parquet", "counts.jsonl", "counts.csv", "counts.parquet", "documents.csv", "rejects.jsonl", "manifest.json"] as const;

/**
 * Writes the output files into `dir` under temporary names; `finish` closes
 * them, writes manifest.json and renames everything into place (manifest
 * last). Each rename is atomic; an interrupted run leaves the previous
 * outputs as they were.
 */
export async function fileSink(dir: string, formats: readonly Format[], csv: CsvOptions = {}): Promise<Sink> {
  await mkdir(dir, { recursive: true });
  const sep = csv.csvDelimiter ?? ",";
  const files: { file: OutputFile | ParquetFile; writeBatch: (batch: RowsBatch, written: () => void) => Promise<void> }[] = [];
  // Text outputs come from render.ts, whose functions workers also use to render a batch; a row rendered there is written as is.
  const text = textOutputs({ stream: false, formats, csvDelimiter: sep });
  const add = async (name: string) => {
    const o = text.find((t) => t.name === name);
    if (!o) return;
    const file = new OutputFile(dir, name);
    files.push({ file, writeBatch: (b, written) => file.write(b.text[name] ?? b.rows.map(o.render).join(""), written) });
    await file.write(o.header);
  };
  const addParquet = async (name: string, columns: readonly Column[], rowsOf: (rows: DocRows) => unknown[]) => {
    // Loaded only when Parquet is asked for: the writer is a large module.
    const { ParquetFile } = await import("./parquet-file.js");
    const file = new ParquetFile(dir, name, columns);
    files.push({ file, writeBatch: async (b, written) => { for (const rows of b.rows) await file.add(rowsOf(rows)); written(); } });
  };
  for (const name of ["events.jsonl", "counts.jsonl", "events.csv", "counts.csv"]) await add(name);
  if (formats.includes("parquet")) {
    await addParquet("events.parquet", EVENT_COLUMNS, (r) => r.events);
    await addParquet("counts.parquet", COUNT_COLUMNS, (r) => r.counts);
  }
  await add("documents.csv");
  await add("rejects.jsonl");
  const manifestTmp = join(dir, `.manifest.json.sitrep-tmp-${process.pid}`);
  return {
    async addBatch(batch, written) {
      // Once every file has written its part (and this loop is over).
      let left = files.length + 1;
      const one = () => --left === 0 && written?.();
      for (const { writeBatch } of files) await writeBatch(batch, one);
      one();
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
  return {
    async addBatch(batch, written) {
      const data = batch.text.stdout ?? batch.rows.map(tagged).join("");
      if (data.length === 0) return written?.();
      // process.stdout calls back once the bytes have left the process; another stream (a PassThrough a library
      // caller reads later) may still hold the chunk when it calls back, so its buffers are never reused.
      const done = written && out === process.stdout ? (e?: Error | null) => e || written() : undefined;
      if (!out.write(data, done)) await once(out as NodeJS.EventEmitter, "drain");
    },
    finish: async () => null,
    async abort() {},
  };
}
