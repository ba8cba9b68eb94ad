import { deriveId, idBase } from "./ids.js";
import { lines, type LineStats } from "./lines.js";
import { readReject, type ReadItem, type ReadOptions } from "./read-item.js";
import { isRecordFailure, toInputDocument } from "./record.js";

/**
 * Reads JSON Lines (one document object per line) from a byte stream, one
 * line at a time. Blank lines are skipped; a line that is not a JSON object,
 * not valid UTF-8, or over the size limit becomes a reject and the rest of the
 * file goes on. Origins are `path#L<line>` (plus `lineOffset`, for a shard).
 */
export async function* readJsonl(path: string, source: AsyncIterable<Uint8Array>, opts: ReadOptions & { lineOffset?: number }): AsyncGenerator<ReadItem> {
  const base = idBase(path);
  const stats: LineStats = { bytes: 0, sha256: "", failure: null };
  for await (const l0 of lines(source, opts.maxDocBytes, stats)) {
    // A shard of a bigger file numbers its lines as in that file.
    const l = opts.lineOffset ? { ...l0, line: l0.line + opts.lineOffset } : l0;
    const origin = `${path}#L${l.line}`;
    const fallbackId = () => deriveId(base, l.line, l.raw);
    if (l.failure) {
      yield readReject(fallbackId(), origin, l.failure.rule, l.failure.reason);
      continue;
    }
    const text = l.text ?? "";
    if (text.trim() === "") continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      yield readReject(fallbackId(), origin, "read:invalid-json", `not valid JSON (${(e as Error).message})`);
      continue;
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      yield readReject(fallbackId(), origin, "read:invalid-json", `expected a JSON object, got ${Array.isArray(value) ? "an array" : typeof value}`);
      continue;
    }
    const doc = toInputDocument(value as Record<string, unknown>, { origin, base, line: l.line });
    if (isRecordFailure(doc)) yield readReject(doc.id ?? fallbackId(), origin, doc.rule, doc.reason);
    else yield { kind: "doc", doc };
  }
  if (stats.failure) yield readReject(`${base}-${stats.sha256.slice(0, 8)}`, path, stats.failure.rule, stats.failure.reason);
  else if (stats.bytes === 0) yield readReject(deriveId(base, null, ""), path, "read:empty", "empty file");
  opts.onInput({ path, bytes: stats.bytes, sha256: stats.sha256 });
}
