import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import { Count, DocumentRow, Event, InputDocument, Manifest, Reject } from "../../schemas/index.js";

/** The schemas published as JSON Schema (draft 2020-12), by file name. */
export const PUBLISHED: Readonly<Record<string, z.ZodType>> = {
  "event.schema.json": Event,
  "count.schema.json": Count,
  "document.schema.json": InputDocument,
  "document-row.schema.json": DocumentRow,
  "reject.schema.json": Reject,
  "manifest.schema.json": Manifest,
};

/** The text of each JSON Schema file, generated from the zod schemas (the one source of truth). */
export function jsonSchemaFiles(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, schema] of Object.entries(PUBLISHED)) {
    const title = name.replace(".schema.json", "");
    const { $schema, ...rest } = z.toJSONSchema(schema) as Record<string, unknown>;
    out[name] = `${JSON.stringify({ $schema, title, ...rest }, null, 2)}\n`;
  }
  return out;
}

/** Writes every JSON Schema file into `dir`; returns their paths. */
export async function writeJsonSchemas(dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const paths: string[] = [];
  for (const [name, text] of Object.entries(jsonSchemaFiles())) {
    const path = join(dir, name);
    await writeFile(path, text);
    paths.push(path);
  }
  return paths;
}
