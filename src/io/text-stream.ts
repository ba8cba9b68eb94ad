import { createHash } from "node:crypto";
import { encodingHint, sniffBinary, sniffBom, type DecodeFailure } from "./decode.js";

export interface StreamStats {
  bytes: number;
  sha256: string;
  /** Why decoding stopped (binary content, invalid UTF-8), if it did. */
  failure: DecodeFailure | null;
}

/**
 * Decodes a byte stream to text chunks: BOM-selected UTF-8/UTF-16, strict
 * UTF-8 otherwise. On binary content or invalid UTF-8 it stops yielding,
 * records the failure and keeps hashing to the end. `stats` is complete when
 * the generator returns.
 */
export async function* decodeStream(source: AsyncIterable<Uint8Array>, stats: StreamStats): AsyncGenerator<string> {
  const hash = createHash("sha256");
  let decoder: TextDecoder | null = null;
  let offset = 0;
  for await (let chunk of source) {
    hash.update(chunk);
    stats.bytes += chunk.length;
    if (stats.failure) continue;
    if (!decoder) {
      const { encoding, bom } = sniffBom(chunk);
      chunk = chunk.subarray(bom);
      offset = bom;
      stats.failure = encoding === "utf-8" ? sniffBinary(chunk) : null;
      if (stats.failure) continue;
      decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
    }
    if (decoder.encoding === "utf-8" && chunk.includes(0)) {
      stats.failure = { rule: "read:binary", reason: `binary content (NUL byte near offset ${offset + chunk.indexOf(0)}), not text` };
      continue;
    }
    try {
      const text = decoder.decode(chunk, { stream: true });
      if (text) yield text;
    } catch {
      stats.failure = { rule: "read:invalid-utf8", reason: `invalid UTF-8 between bytes ${offset} and ${offset + chunk.length}${encodingHint(chunk)}` };
    }
    offset += chunk.length;
  }
  if (decoder && !stats.failure) {
    try {
      const tail = decoder.decode();
      if (tail) yield tail;
    } catch {
      stats.failure = { rule: "read:invalid-utf8", reason: "truncated UTF-8 sequence at the end of the file" };
    }
  }
  stats.sha256 = hash.digest("hex");
}
