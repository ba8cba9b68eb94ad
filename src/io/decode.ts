/**
 * Bytes → text. UTF-8 (BOM stripped) is the default; UTF-16 LE/BE is decoded
 * only when it starts with a BOM. Binary data (NUL bytes, PNG/ZIP/PDF/GZIP
 * magic) and invalid UTF-8 are refused with a read rule instead of producing
 * mojibake.
 */
export type Encoding = "utf-8" | "utf-16le" | "utf-16be";

export interface DecodeFailure {
  rule: "read:binary" | "read:invalid-utf8" | "read:empty";
  reason: string;
}

const MAGIC: readonly (readonly [string, number[]])[] = [
  ["PNG image", [0x89, 0x50, 0x4e, 0x47]],
  ["ZIP archive (or docx/xlsx)", [0x50, 0x4b, 0x03, 0x04]],
  ["PDF document", [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ["GZIP archive", [0x1f, 0x8b]],
  ["JPEG image", [0xff, 0xd8, 0xff]],
  ["GIF image", [0x47, 0x49, 0x46, 0x38]],
];

/** The encoding announced by a byte-order mark, and the BOM's length. */
export function sniffBom(head: Uint8Array): { encoding: Encoding; bom: number } {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: "utf-8", bom: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: "utf-16le", bom: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: "utf-16be", bom: 2 };
  return { encoding: "utf-8", bom: 0 };
}

/** A read failure when the first bytes of a file are a known binary format, else null. */
export function sniffBinary(head: Uint8Array): DecodeFailure | null {
  for (const [name, magic] of MAGIC) {
    if (magic.every((b, i) => head[i] === b)) return { rule: "read:binary", reason: `binary content (${name}), not text` };
  }
  return null;
}

/** A read failure when UTF-8 bytes hold a NUL byte (no text format uses it), else null. */
export function findNul(bytes: Uint8Array): DecodeFailure | null {
  const at = bytes.indexOf(0);
  return at < 0 ? null : { rule: "read:binary", reason: `binary content (NUL byte at offset ${at}), not text` };
}

/** Decodes a UTF-8 slice with no BOM handling; invalid sequences fail. */
export function decodeUtf8Strict(bytes: Uint8Array): string | DecodeFailure {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return { rule: "read:invalid-utf8", reason: `invalid UTF-8 at byte ${firstInvalidUtf8(bytes)} (re-encode the file as UTF-8)` };
  }
}

/** Decodes a whole file: BOM → encoding, binary sniffing, strict UTF-8. */
export function decodeBytes(bytes: Uint8Array): string | DecodeFailure {
  if (bytes.length === 0) return { rule: "read:empty", reason: "empty file" };
  const { encoding, bom } = sniffBom(bytes);
  const body = bytes.subarray(bom);
  if (encoding !== "utf-8") {
    const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(body);
    return text.trim() === "" ? { rule: "read:empty", reason: "no text (only white space)" } : text;
  }
  const failure = sniffBinary(body) ?? findNul(body);
  if (failure) return failure;
  const text = decodeUtf8Strict(body);
  if (typeof text === "string" && text.trim() === "") return { rule: "read:empty", reason: "no text (only white space)" };
  return text;
}

/** Byte offset of the first invalid UTF-8 sequence (for error messages). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const n = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (n === 0 || i + n > bytes.length) return i;
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(i, i + n));
    } catch {
      return i;
    }
    i += n;
  }
  return i;
}

export function isFailure(x: unknown): x is DecodeFailure {
  return typeof x === "object" && x !== null && "rule" in x;
}
