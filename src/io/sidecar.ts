import { readFile } from "node:fs/promises";
import { dirname, extname, join, basename } from "node:path";
import { sha256 } from "./ids.js";
import type { InputInfo } from "./read-item.js";

/** `dir/NAME.meta.json` for `dir/NAME.txt` (or .html). */
export function sidecarPath(path: string): string {
  const name = basename(path);
  return join(dirname(path), `${name.slice(0, name.length - extname(name).length)}.meta.json`);
}

export type Sidecar = { fields: Record<string, unknown> } | { rule: string; reason: string };

/**
 * The metadata sidecar of a single-document file, if there is one: a JSON
 * object with any of id, url, title, source, published, lang. Its bytes are
 * reported as an input of the run.
 */
export async function readSidecar(path: string, onInput: (info: InputInfo) => void): Promise<Sidecar> {
  const file = sidecarPath(path);
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return { fields: {} };
    return { rule: "read:unreadable", reason: `cannot read sidecar ${file}: ${(e as Error).message}` };
  }
  onInput({ path: file, bytes: bytes.length, sha256: sha256(bytes) });
  try {
    const value: unknown = JSON.parse(bytes.toString("utf8").replace(/^\uFEFF/, ""));
    if (typeof value === "object" && value !== null && !Array.isArray(value)) {
      const { text: _ignored, ...fields } = value as Record<string, unknown>;
      return { fields };
    }
    return { rule: "read:invalid-json", reason: `sidecar ${file} is not a JSON object` };
  } catch (e) {
    return { rule: "read:invalid-json", reason: `sidecar ${file} is not valid JSON (${(e as Error).message})` };
  }
}
