import Papa from "papaparse";
import { csvRecords } from "./csv-records.js";
import { deriveId, idBase } from "./ids.js";
import { readReject, type ReadItem, type ReadOptions } from "./read-item.js";
import { isRecordFailure, toInputDocument } from "./record.js";
import { decodeStream, type StreamStats } from "./text-stream.js";

function parseRecord(text: string, delimiter: string | undefined): { fields: string[]; delimiter: string; error: string | null } {
  const r = Papa.parse<string[]>(text, { delimiter, header: false, dynamicTyping: false, skipEmptyLines: "greedy" });
  const error = r.errors.find((e) => e.type === "Quotes")?.message ?? null;
  return { fields: r.data[0] ?? [], delimiter: r.meta.delimiter, error };
}

/**
 * Reads a CSV file with a header row holding at least `text` (and optionally
 * id, lang, published, url, title, source; other columns are ignored). One
 * record at a time: the record splitter bounds memory, papaparse parses the
 * fields (delimiter detected on the header, no type conversion). Origins are
 * `path#L<line the record starts on>`.
 */
export async function* readCsv(path: string, source: AsyncIterable<Uint8Array>, opts: ReadOptions): AsyncGenerator<ReadItem> {
  const base = idBase(path);
  const stats: StreamStats = { bytes: 0, sha256: "", failure: null };
  let header: string[] | null = null;
  let delimiter: string | undefined;
  let lastLine = 0;
  let unusable = false;
  for await (const rec of csvRecords(decodeStream(source, stats), opts.maxDocBytes)) {
    // Without a usable header the rest is only drained, so that the file is still hashed.
    if (unusable) continue;
    lastLine = rec.line;
    const origin = `${path}#L${rec.line}`;
    if (rec.text === null) {
      const id = deriveId(base, rec.line, `${rec.size}`);
      yield readReject(id, origin, "read:too-large", `CSV record of ${rec.size} characters, over the ${opts.maxDocBytes}-byte limit (--max-doc-bytes)`);
      continue;
    }
    if (rec.text.trim() === "") continue;
    const parsed = parseRecord(rec.text, delimiter);
    if (!header) {
      header = parsed.fields.map((h) => h.trim().toLowerCase());
      delimiter = parsed.delimiter;
      if (!header.includes("text")) {
        yield readReject(deriveId(base, rec.line, rec.text), origin, "read:missing-text", `CSV header has no "text" column (columns: ${header.join(", ")})`);
        unusable = true;
      }
      continue;
    }
    const fallback = deriveId(base, rec.line, rec.text);
    if (parsed.error || parsed.fields.length !== header.length) {
      const why = parsed.error ?? `row has ${parsed.fields.length} fields, the header has ${header.length}`;
      yield readReject(fallback, origin, "read:invalid-csv", why);
      continue;
    }
    const raw: Record<string, unknown> = {};
    header.forEach((h, i) => (raw[h] = parsed.fields[i]));
    const doc = toInputDocument(raw, { origin, base, line: rec.line });
    if (isRecordFailure(doc)) yield readReject(doc.id ?? fallback, origin, doc.rule, doc.reason);
    else yield { kind: "doc", doc };
  }
  if (stats.failure) {
    const where = lastLine > 0 ? `${path}#L${lastLine}` : path;
    yield readReject(`${base}-${stats.sha256.slice(0, 8)}`, where, stats.failure.rule, `${stats.failure.reason}; the rest of the file was not read`);
  } else if (stats.bytes === 0) yield readReject(`${base}-${stats.sha256.slice(0, 8)}`, path, "read:empty", "empty file");
  opts.onInput({ path, bytes: stats.bytes, sha256: stats.sha256 });
}
