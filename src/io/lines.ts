import { createHash } from "node:crypto";
import { decodeUtf8Strict, findNul, isFailure, sniffBinary, sniffBom, type DecodeFailure } from "./decode.js";

/** One line of a text stream, numbered from 1; `text` is absent when the line could not be decoded or was too long. */
export interface Line {
  line: number;
  /** Raw bytes of the line (UTF-8 files) or its UTF-16 code units re-encoded, for hashing. */
  bytes: number;
  text?: string;
  failure?: { rule: string; reason: string };
  raw: Uint8Array;
}

export interface LineStats {
  bytes: number;
  sha256: string;
  /** Set when the whole stream is binary: no lines were produced. */
  failure: DecodeFailure | null;
}

/**
 * Splits a byte stream into lines without holding more than one line (capped
 * at `maxLineBytes`) in memory. UTF-8 is split on LF bytes and each line is
 * decoded strictly; a stream starting with a UTF-16 BOM is decoded
 * incrementally. A line longer than `maxLineBytes` is skipped and reported as
 * `read:too-large`. `stats` is filled in when the stream ends.
 */
export async function* lines(source: AsyncIterable<Uint8Array>, maxLineBytes: number, stats: LineStats): AsyncGenerator<Line> {
  const hash = createHash("sha256");
  let total = 0;
  let first = true;
  let utf16: TextDecoder | null = null;
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let oversize = false;
  let pendingText = "";
  let utf16Dropped = 0;
  let n = 0;
  let binary = false;
  const emit = (parts: Uint8Array[], size: number): Line => {
    n++;
    if (oversize) return { line: n, bytes: size, raw: new Uint8Array(), failure: { rule: "read:too-large", reason: `line is ${size} bytes, over the ${maxLineBytes}-byte limit (--max-doc-bytes)` } };
    let raw = parts.length === 1 ? parts[0] : Buffer.concat(parts);
    if (raw[raw.length - 1] === 0x0d) raw = raw.subarray(0, raw.length - 1);
    const failure = findNul(raw);
    if (failure) return { line: n, bytes: size, raw, failure };
    const text = decodeUtf8Strict(raw);
    return isFailure(text) ? { line: n, bytes: size, raw, failure: text } : { line: n, bytes: size, raw, text };
  };
  for await (const chunk0 of source) {
    let chunk = chunk0;
    hash.update(chunk);
    total += chunk.length;
    if (binary) continue;
    if (first) {
      first = false;
      const { encoding, bom } = sniffBom(chunk);
      chunk = chunk.subarray(bom);
      stats.failure = encoding === "utf-8" ? sniffBinary(chunk) : null;
      if (stats.failure) {
        binary = true;
        continue;
      }
      if (encoding !== "utf-8") utf16 = new TextDecoder(encoding, { ignoreBOM: true });
    }
    if (utf16) {
      pendingText += utf16.decode(chunk, { stream: true });
      let nl: number;
      while ((nl = pendingText.indexOf("\n")) >= 0) {
        const text = pendingText.slice(0, nl).replace(/\r$/, "");
        pendingText = pendingText.slice(nl + 1);
        if (utf16Dropped > 0) {
          const size = 2 * (utf16Dropped + text.length);
          utf16Dropped = 0;
          yield { line: ++n, bytes: size, raw: new Uint8Array(), failure: { rule: "read:too-large", reason: `line is ${size} bytes, over the ${maxLineBytes}-byte limit (--max-doc-bytes)` } };
          continue;
        }
        const raw = Buffer.from(text, "utf8");
        yield { line: ++n, bytes: raw.length, raw, text };
      }
      // A line longer than the limit is not kept in memory: only its length is.
      if (2 * pendingText.length > maxLineBytes) ((utf16Dropped += pendingText.length), (pendingText = ""));
      continue;
    }
    let from = 0;
    let nl: number;
    while ((nl = chunk.indexOf(0x0a, from)) >= 0) {
      const part = chunk.subarray(from, nl);
      if (!oversize) pending.push(part);
      pendingBytes += part.length;
      if (pendingBytes > maxLineBytes) oversize = true;
      yield emit(pending, pendingBytes);
      pending = [];
      pendingBytes = 0;
      oversize = false;
      from = nl + 1;
    }
    const rest = chunk.subarray(from);
    pendingBytes += rest.length;
    if (pendingBytes > maxLineBytes) ((oversize = true), (pending = []));
    // Copy: some streams reuse their buffers.
    else if (rest.length > 0) pending.push(Uint8Array.from(rest));
  }
  if (utf16) pendingText += utf16.decode();
  if (utf16Dropped > 0) {
    const size = 2 * (utf16Dropped + pendingText.length);
    yield { line: ++n, bytes: size, raw: new Uint8Array(), failure: { rule: "read:too-large", reason: `line is ${size} bytes, over the ${maxLineBytes}-byte limit (--max-doc-bytes)` } };
  } else if (pendingText !== "") {
    const raw = Buffer.from(pendingText, "utf8");
    yield { line: ++n, bytes: raw.length, raw, text: pendingText.replace(/\r$/, "") };
  }
  if (pendingBytes > 0) yield emit(pending, pendingBytes);
  stats.bytes = total;
  stats.sha256 = hash.digest("hex");
}
