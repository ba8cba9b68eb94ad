import { createReadStream } from "node:fs";
import { open, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import Papa from "papaparse";
import type { z } from "zod";
import { Count, Event, Manifest, Reject } from "../../schemas/index.js";
import { COUNT_COLUMNS, DOCUMENT_COLUMNS, EVENT_COLUMNS, type Column } from "./columns.js";
import { BOM } from "./csv-format.js";
import { csvRecords } from "./csv-records.js";
import { lines, type LineStats } from "./lines.js";
import { checkParquet } from "./validate-parquet.js";
import { decodeStream, type StreamStats } from "./text-stream.js";

/** The result of checking one file: rows read and problems found ("line N: path: message", the first 20 kept). */
export class FileCheck {
  rows = 0;
  violations = 0;
  readonly problems: string[] = [];

  constructor(readonly file: string) {}

  add(line: number | null, message: string): void {
    this.violations++;
    if (this.problems.length < 20) this.problems.push(line === null ? message : `line ${line}: ${message}`);
  }
}

const REQUIRED = ["documents.csv", "rejects.jsonl", "manifest.json"];

const issuesText = (e: z.ZodError) => e.issues.map((i) => `${i.path.join(".") || "(row)"}: ${i.message}`).join("; ");

async function checkJsonl(path: string, file: string, schema: z.ZodType): Promise<FileCheck> {
  const c = new FileCheck(file);
  const stats: LineStats = { bytes: 0, sha256: "", failure: null };
  for await (const l of lines(createReadStream(path), Number.MAX_SAFE_INTEGER, stats)) {
    if (l.failure) c.add(l.line, l.failure.reason);
    if (!l.text || l.text.trim() === "") continue;
    c.rows++;
    try {
      const r = schema.safeParse(JSON.parse(l.text));
      if (!r.success) c.add(l.line, issuesText(r.error));
    } catch (e) {
      c.add(l.line, `not JSON (${(e as Error).message})`);
    }
  }
  if (stats.failure) c.add(null, stats.failure.reason);
  return c;
}

/** A CSV cell back to a value: "" → null, numbers parsed, the formula apostrophe removed. */
function cellValue(col: Column, cell: string): unknown {
  if (cell === "") return col.type === "list" ? [] : null;
  if (col.type === "number" || col.type === "integer") return /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(cell) ? Number(cell) : cell;
  if (col.type === "boolean") return cell === "true" ? true : cell === "false" ? false : cell;
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

/** One item of a list cell, typed like the field it comes from. */
function listItem(col: Column, item: string): unknown {
  let def = (col.schema as unknown as { def: { type: string; innerType?: unknown } }).def;
  while (def.type === "nullable" || def.type === "optional") def = (def.innerType as { def: typeof def }).def;
  if (item === "") return null;
  if (def.type === "boolean") return item === "true" ? true : item === "false" ? false : item;
  if (def.type === "number") return Number(item);
  return item;
}

async function checkCsv(path: string, file: string, columns: readonly Column[]): Promise<FileCheck> {
  const c = new FileCheck(file);
  const stats: StreamStats = { bytes: 0, sha256: "", failure: null };
  const head = Buffer.alloc(3);
  const fd = await open(path);
  await fd.read(head, 0, 3, 0);
  await fd.close();
  if (head.toString("utf8") !== BOM) c.add(null, "no UTF-8 byte-order mark");
  let header = true;
  let delimiter = ",";
  for await (const rec of csvRecords(decodeStream(createReadStream(path), stats), Number.MAX_SAFE_INTEGER)) {
    if (rec.text === null || rec.text === "") continue;
    // The header names hold neither separator: a header without "," is a ";"-separated file.
    if (header) delimiter = rec.text.includes(",") || !rec.text.includes(";") ? "," : ";";
    const cells = Papa.parse<string[]>(rec.text, { header: false, delimiter, dynamicTyping: false }).data[0] ?? [];
    if (header) {
      header = false;
      const want = columns.map((col) => col.name).join(",");
      if (cells.join(",") !== want) c.add(rec.line, `header is not the expected columns (${want})`);
      continue;
    }
    c.rows++;
    if (cells.length !== columns.length) {
      c.add(rec.line, `${cells.length} cells, expected ${columns.length}`);
      continue;
    }
    columns.forEach((col, i) => {
      if (cells[i] === "" && col.nullable) return;
      const values = col.type === "list" ? (cellValue(col, cells[i]) as string).split("; ").map((item) => listItem(col, item)) : [cellValue(col, cells[i])];
      for (const value of values) {
        const r = col.schema.safeParse(value);
        if (!r.success) return c.add(rec.line, `${col.name}: ${issuesText(r.error)}`);
      }
    });
  }
  if (stats.failure) c.add(null, stats.failure.reason);
  return c;
}

async function checkManifest(path: string): Promise<FileCheck> {
  const c = new FileCheck("manifest.json");
  c.rows = 1;
  try {
    const r = Manifest.safeParse(JSON.parse(await readFile(path, "utf8")));
    if (!r.success) c.add(null, issuesText(r.error));
  } catch (e) {
    c.add(null, `not JSON (${(e as Error).message})`);
  }
  return c;
}

/**
 * Re-reads every output file in `dir` and checks each row against the zod
 * schemas: JSONL rows parsed and validated; CSV headers compared with the
 * expected columns and each cell checked against its field's schema;
 * manifest.json validated; documents.csv must have manifest.documents.total
 * rows. Throws when `dir` is not a folder.
 */
export async function validateOutputs(dir: string): Promise<FileCheck[]> {
  if (!(await stat(dir)).isDirectory()) throw new Error(`${dir} is not a folder`);
  const present = async (name: string) => stat(join(dir, name)).then((s) => s.isFile(), () => false);
  const out: FileCheck[] = [];
  const jsonl: [string, z.ZodType][] = [["events.jsonl", Event], ["counts.jsonl", Count], ["rejects.jsonl", Reject]];
  const csv: [string, readonly Column[]][] = [["events.csv", EVENT_COLUMNS], ["counts.csv", COUNT_COLUMNS], ["documents.csv", DOCUMENT_COLUMNS]];
  for (const [name, schema] of jsonl) if (await present(name)) out.push(await checkJsonl(join(dir, name), name, schema));
  for (const [name, columns] of csv) if (await present(name)) out.push(await checkCsv(join(dir, name), name, columns));
  for (const [name, columns] of [["events.parquet", EVENT_COLUMNS], ["counts.parquet", COUNT_COLUMNS]] as const) {
    if (!(await present(name))) continue;
    const c = new FileCheck(name);
    await checkParquet(join(dir, name), columns, c).catch((e: Error) => c.add(null, `not a readable Parquet file (${e.message})`));
    out.push(c);
  }
  if (await present("manifest.json")) out.push(await checkManifest(join(dir, "manifest.json")));
  for (const name of REQUIRED) {
    if (!out.some((f) => f.file === name)) {
      const c = new FileCheck(name);
      c.add(null, "missing");
      out.push(c);
    }
  }
  const manifestCheck = out.find((f) => f.file === "manifest.json");
  const docs = out.find((f) => f.file === "documents.csv");
  if (manifestCheck && manifestCheck.violations === 0 && docs && docs.violations === 0) {
    const m = JSON.parse(await readFile(join(dir, "manifest.json"), "utf8")) as Manifest;
    if (m.documents.total !== docs.rows) docs.add(null, `${docs.rows} rows but manifest.json says ${m.documents.total} documents`);
  }
  return out;
}
