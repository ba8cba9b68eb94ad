import { ByteWriter, ParquetWriter, type SchemaElement } from "hyparquet-writer";
import { scalarType, unwrap, type Column, type ColumnType } from "./columns.js";
import { OutputFile } from "./output-file.js";

/** Rows per Parquet row group: rows are buffered until a group is full, so memory stays bounded. */
export const ROW_GROUP_SIZE = 10_000;

const DAY_MS = 86_400_000;
type Leaf = Exclude<ColumnType, "list">;

/** The Parquet type of a scalar (or list item) column, as DuckDB and pyarrow name it. */
const LEAF: Record<Leaf, { element: Omit<SchemaElement, "name" | "repetition_type">; label: string }> = {
  text: { element: { type: "BYTE_ARRAY", converted_type: "UTF8" }, label: "STRING (UTF8)" },
  date: { element: { type: "INT32", converted_type: "DATE" }, label: "DATE" },
  integer: { element: { type: "INT64" }, label: "INT64" },
  number: { element: { type: "DOUBLE" }, label: "DOUBLE" },
  boolean: { element: { type: "BOOLEAN" }, label: "BOOLEAN" },
};

/** The type of one value of a column: its own type, or its items' type for a list column. */
const leafOf = (c: Column): Leaf => (c.type === "list" ? (scalarType(unwrap(c.schema)) as Leaf) : c.type);

/** "INT64", "DATE", "LIST<STRING (UTF8)>"...: the Parquet type of a column, for docs/columns.md. */
export function parquetTypeLabel(c: Column): string {
  const leaf = LEAF[leafOf(c)].label;
  return c.type === "list" ? `LIST<${leaf}>` : leaf;
}

/**
 * The Parquet schema of flat columns: one top-level column per CSV column,
 * same names and order. Scalars are OPTIONAL when nullable, else REQUIRED;
 * a list column is a required 3-level LIST (empty when the row has no
 * entity) of optional items.
 */
export function parquetSchema(columns: readonly Column[]): SchemaElement[] {
  const out: SchemaElement[] = [{ name: "root", num_children: columns.length }];
  for (const c of columns) {
    const leaf = LEAF[leafOf(c)].element;
    if (c.type === "list") {
      out.push(
        { name: c.name, repetition_type: "REQUIRED", converted_type: "LIST", num_children: 1 },
        { name: "list", repetition_type: "REPEATED", num_children: 1 },
        { name: "element", repetition_type: "OPTIONAL", ...leaf },
      );
    } else out.push({ name: c.name, repetition_type: c.nullable ? "OPTIONAL" : "REQUIRED", ...leaf });
  }
  return out;
}

/** A JS value as hyparquet-writer takes it: dates as days since 1970-01-01, integers as bigint. */
function encode(leaf: Leaf, v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (leaf === "date") return Math.round(Date.parse(`${v as string}T00:00:00Z`) / DAY_MS);
  if (leaf === "integer") return BigInt(v as number);
  return v;
}

/**
 * A Parquet output file (e.g. events.parquet) written under a temporary
 * name like OutputFile: rows are buffered and written one row group of
 * `rowGroupSize` rows at a time, so memory holds one group whatever the run's
 * size. Output bytes depend only on the rows (no clock, no random).
 */
export class ParquetFile {
  private readonly file: OutputFile;
  private readonly bytes = new ByteWriter();
  private readonly writer: ParquetWriter;
  private buffered: unknown[] = [];

  constructor(dir: string, readonly name: string, private readonly columns: readonly Column[], private readonly rowGroupSize = ROW_GROUP_SIZE) {
    this.file = new OutputFile(dir, name);
    this.writer = new ParquetWriter({ writer: this.bytes, schema: parquetSchema(columns), createdBy: "sitrep (hyparquet-writer)" });
  }

  async add(rows: readonly unknown[]): Promise<void> {
    for (const r of rows) this.buffered.push(r);
    while (this.buffered.length >= this.rowGroupSize) await this.writeGroup(this.buffered.splice(0, this.rowGroupSize));
  }

  private async writeGroup(rows: unknown[]): Promise<void> {
    if (rows.length > 0) {
      const columnData = this.columns.map((c) => {
        const leaf = leafOf(c);
        const data = rows.map((r) => (c.type === "list" ? (c.get(r) as unknown[]).map((v) => encode(leaf, v)) : encode(leaf, c.get(r))));
        return { name: c.name, data };
      });
      void this.writer.write({ columnData, rowGroupSize: rows.length });
    }
    await this.drain();
  }

  /** Moves the encoded bytes to the file and empties the buffer (the writer's offset keeps counting). */
  private async drain(): Promise<void> {
    const chunk = Buffer.from(this.bytes.getBytes());
    this.bytes.index = 0;
    await this.file.write(chunk);
  }

  /** Writes the last row group and the footer, and closes the temporary file. */
  async close(): Promise<void> {
    await this.writeGroup(this.buffered.splice(0));
    void this.writer.finish();
    await this.drain();
    await this.file.close();
  }

  commit(): Promise<void> {
    return this.file.commit();
  }

  discard(): Promise<void> {
    return this.file.discard();
  }
}
