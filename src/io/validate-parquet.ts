import { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects } from "hyparquet";
import type { z } from "zod";
import type { Column } from "./columns.js";

/** What checkParquet reports into (FileCheck of validate-outputs). */
export interface ParquetCheck {
  rows: number;
  add(line: number | null, message: string): void;
}

const issuesText = (e: z.ZodError) => e.issues.map((i) => `${i.path.join(".") || "(row)"}: ${i.message}`).join("; ");

/** A value read back by hyparquet as the JSONL would hold it: DATE → "YYYY-MM-DD", INT64 → number. */
function plain(v: unknown): unknown {
  if (typeof v === "bigint") return Number(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return v ?? null;
}

/**
 * Re-reads a Parquet file one row group at a time (memory holds one group):
 * its top-level columns must be `columns` in order, and every value (every
 * item of a list) must match its field's schema. Problems are reported with
 * the 1-based row number in place of a line.
 */
export async function checkParquet(path: string, columns: readonly Column[], check: ParquetCheck): Promise<void> {
  const file = await asyncBufferFromFile(path);
  const metadata = await parquetMetadataAsync(file);
  const names: string[] = [];
  for (let i = 1; i < metadata.schema.length; i = skip(metadata.schema, i)) names.push(metadata.schema[i].name);
  const want = columns.map((c) => c.name);
  if (names.join(",") !== want.join(",")) return check.add(null, `columns are not the expected ones (${want.join(",")})`);
  let rowStart = 0;
  for (const group of metadata.row_groups) {
    const rowEnd = rowStart + Number(group.num_rows);
    const rows = (await parquetReadObjects({ file, metadata, rowStart, rowEnd, utf8: true })) as Record<string, unknown>[];
    rows.forEach((row, i) => {
      check.rows++;
      for (const col of columns) {
        const raw = row[col.name];
        if ((raw === null || raw === undefined) && col.nullable && col.type !== "list") continue;
        const values = col.type === "list" ? (Array.isArray(raw) ? raw.map(plain) : [raw]) : [plain(raw)];
        for (const value of values) {
          const r = col.schema.safeParse(value);
          if (!r.success) return check.add(rowStart + i + 1, `${col.name}: ${issuesText(r.error)}`);
        }
      }
    });
    rowStart = rowEnd;
  }
}

/** The index after element `i` and its descendants (the flat schema lists elements in pre-order). */
function skip(schema: { num_children?: number }[], i: number): number {
  let next = i + 1;
  for (let k = 0; k < (schema[i].num_children ?? 0); k++) next = skip(schema, next);
  return next;
}
