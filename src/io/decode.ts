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
    return { rule: "read:invalid-utf8", reason: `invalid UTF-8 at byte ${firstInvalidUtf8(bytes)}${encodingHint(bytes)}` };
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

/**
 * What to tell the user about bytes that are not UTF-8. Text in Windows-1252
 * or Latin-1 (the usual legacy encoding of French and Spanish pages: é = E9)
 * is not decoded by guess, since a wrong guess would silently corrupt names;
 * it is recognised and the fix is named.
 */
export function encodingHint(bytes: Uint8Array): string {
  let high = 0;
  let letters = 0;
  const n = Math.min(bytes.length, 1 << 20);
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b < 0x80) continue;
    high++;
    // Latin-1 letters (À–ÿ but × and ÷) and Windows-1252's Œ œ Š š Ž ž Ÿ and typographic quotes/dashes.
    if ((b >= 0xc0 && b !== 0xd7 && b !== 0xf7) || [0x8a, 0x8c, 0x8e, 0x9a, 0x9c, 0x9e, 0x9f, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0xab, 0xbb, 0xa0, 0xb0].includes(b)) letters++;
  }
  const legacy = high > 0 && letters / high > 0.9 && decodeUtf8Lenient(bytes.subarray(0, n)).includes("\uFFFD");
  return legacy
    ? " (the text looks like Windows-1252/Latin-1: re-encode it as UTF-8, e.g. iconv -f WINDOWS-1252 -t UTF-8)"
    : " (re-encode the file as UTF-8)";
}

const decodeUtf8Lenient = (bytes: Uint8Array) => new TextDecoder("utf-8").decode(bytes);

/** Byte offset of the first invalid UTF-8 sequence (for error messages). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const cont = (i: number, lo = 0x80, hi = 0xbf) => i < bytes.length && bytes[i] >= lo && bytes[i] <= hi;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) i += 1;
    else if (b >= 0xc2 && b < 0xe0 && cont(i + 1)) i += 2;
    else if (b >= 0xe0 && b < 0xf0 && cont(i + 1, b === 0xe0 ? 0xa0 : 0x80, b === 0xed ? 0x9f : 0xbf) && cont(i + 2)) i += 3;
    else if (b >= 0xf0 && b < 0xf5 && cont(i + 1, b === 0xf0 ? 0x90 : 0x80, b === 0xf4 ? 0x8f : 0xbf) && cont(i + 2) && cont(i + 3)) i += 4;
    else return i;
  }
  return i;
}

export function isFailure(x: unknown): x is DecodeFailure {
  return typeof x === "object" && x !== null && "rule" in x;
}
