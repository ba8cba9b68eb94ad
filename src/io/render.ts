import { COUNT_COLUMNS, DOCUMENT_COLUMNS, EVENT_COLUMNS, type Column } from "./columns.js";
import { csvHeader, type CsvDelimiter } from "./csv-format.js";
import { csvRenderer } from "./csv-renderer.js";
import type { DocRows } from "./doc-rows.js";

/** What the text outputs of a run are: files in OUT (`formats`), or tagged JSONL on stdout (`stream`). */
export interface RenderSpec {
  stream: boolean;
  formats: readonly string[];
  csvDelimiter?: CsvDelimiter;
}

/** One text output: its file name ("stdout" for the stream), its header line, and the text one document adds to it. */
export interface TextOutput {
  name: string;
  header: string;
  render(rows: DocRows): string;
}

export function jsonl(rows: readonly unknown[]): string {
  let out = "";
  for (const r of rows) out += `${JSON.stringify(r)}\n`;
  return out;
}

function tag(kind: string, rows: readonly object[]): string {
  let out = "";
  for (const r of rows) out += `${JSON.stringify({ kind, ...r })}\n`;
  return out;
}

/** A document's rows as tagged JSONL lines: its document row first, then its events, counts and rejects. */
export const tagged = (rows: DocRows) => tag("document", [rows.document]) + tag("event", rows.events) + tag("count", rows.counts) + tag("reject", rows.rejects);

/**
 * The text outputs of a run, in the order they are written. Pure: workers
 * render a document's text with these functions, so that the main thread
 * only appends strings, and a run gives the same bytes at any concurrency.
 */
export function textOutputs(spec: RenderSpec): TextOutput[] {
  if (spec.stream) return [{ name: "stdout", header: "", render: tagged }];
  const sep = spec.csvDelimiter ?? ",";
  const csv = (name: string, columns: readonly Column[], of: (r: DocRows) => readonly unknown[]): TextOutput => {
    // One compiled renderer per output: each sees rows of one shape only.
    const rows = csvRenderer(columns, sep);
    return { name, header: csvHeader(columns, sep), render: (r) => rows(of(r)) };
  };
  const out: TextOutput[] = [];
  if (spec.formats.includes("jsonl")) {
    out.push({ name: "events.jsonl", header: "", render: (r) => jsonl(r.events) });
    out.push({ name: "counts.jsonl", header: "", render: (r) => jsonl(r.counts) });
  }
  if (spec.formats.includes("csv")) {
    out.push(csv("events.csv", EVENT_COLUMNS, (r) => r.events));
    out.push(csv("counts.csv", COUNT_COLUMNS, (r) => r.counts));
  }
  out.push(csv("documents.csv", DOCUMENT_COLUMNS, (r) => [r.document]));
  out.push({ name: "rejects.jsonl", header: "", render: (r) => jsonl(r.rejects) });
  return out;
}
