import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { sha256 } from "./ids.js";

export type FileBytes = { bytes: Buffer; size: number; sha256: string } | { tooLarge: true; size: number; sha256: string };

/** Hashes a file by streaming it, without keeping its bytes. */
export async function hashFile(path: string): Promise<string> {
  const { createHash } = await import("node:crypto");
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

/** Reads a whole file when it is at most `max` bytes; a larger one is only hashed. */
export async function readBounded(path: string, max: number): Promise<FileBytes> {
  const { size } = await stat(path);
  if (size > max) return { tooLarge: true, size, sha256: await hashFile(path) };
  const bytes = await readFile(path);
  return { bytes, size: bytes.length, sha256: sha256(bytes) };
}
