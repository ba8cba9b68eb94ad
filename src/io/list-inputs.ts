import { readdir, realpath, stat } from "node:fs/promises";
import type { Stats } from "node:fs";
import { extname, join, resolve } from "node:path";

export type InputKind = "txt" | "html" | "jsonl" | "csv" | "stdin";

/** One input to read, in run order. `kind` is null for a file named explicitly whose type sitrep does not read. */
export interface InputFile {
  path: string;
  kind: InputKind | null;
  /** Why the entry cannot be read (a dangling symlink, a symlink loop, a FIFO or device): it is reported as `read:unreadable`, not skipped. */
  error?: string;
  /** Its size when listed (a regular file): how much work the run has ahead, before it is read. */
  bytes?: number;
}

const KINDS: Record<string, InputKind> = { ".txt": "txt", ".html": "html", ".htm": "html", ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv" };

export function kindOf(path: string): InputKind | null {
  return KINDS[extname(path).toLowerCase()] ?? null;
}

/** An input argument that does not exist (the CLI exits 3). */
export class InputNotFoundError extends Error {
  constructor(readonly path: string, cause: string) {
    super(`input not found: ${path} (${cause})`);
  }
}

/** Code-unit order, the same on every machine and locale. */
const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Why a path that is not a folder cannot be read as a file, or null when it is a regular file. */
export function notAFile(s: Stats): string | null {
  if (s.isFile()) return null;
  const what = s.isFIFO() ? "a FIFO (named pipe)" : s.isSocket() ? "a socket" : s.isCharacterDevice() || s.isBlockDevice() ? "a device" : "not a regular file";
  return `not a regular file (${what}); sitrep reads files, folders and "-"`;
}

/**
 * Folders are entered once each by real path, so a symlink pointing back up
 * the tree is not followed forever. An entry of a readable type that cannot
 * be used (dangling symlink, symlink loop, FIFO, device) is listed with its
 * error so that the run reports it.
 */
async function walk(dir: string, out: InputFile[], skip: ReadonlySet<string>, seen: Set<string>): Promise<void> {
  if (skip.has(resolve(dir))) return;
  const real = await realpath(dir);
  if (seen.has(real)) return;
  seen.add(real);
  const names = (await readdir(dir)).filter((n) => !n.startsWith(".")).sort(byName);
  for (const name of names) {
    const path = join(dir, name);
    let s: Stats;
    try {
      s = await stat(path);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (kindOf(path)) out.push({ path, kind: kindOf(path), error: code === "ELOOP" ? "symlink loop" : code === "ENOENT" ? "dangling symlink (its target does not exist)" : (e as Error).message });
      continue;
    }
    if (s.isDirectory()) await walk(path, out, skip, seen);
    else if (kindOf(path)) out.push(notAFile(s) ? { path, kind: kindOf(path), error: notAFile(s)! } : { path, kind: kindOf(path), bytes: s.size });
  }
}

/**
 * Expands the arguments into the files to read, in a deterministic order:
 * arguments as given; folders recursively, entries sorted by name, hidden
 * entries and files of other types (e.g. `.meta.json` sidecars) skipped.
 * `-` is stdin, read as JSONL. Folders in `skip` (the output folder) are not
 * entered. Throws InputNotFoundError before anything is read when an
 * argument does not exist.
 */
export async function listInputs(args: readonly string[], skip: readonly string[] = []): Promise<InputFile[]> {
  const out: InputFile[] = [];
  const skipped = new Set(skip.map((p) => resolve(p)));
  for (const arg of args) {
    if (arg === "-") {
      out.push({ path: "-", kind: "stdin" });
      continue;
    }
    const s = await stat(arg).catch((e: NodeJS.ErrnoException) => {
      throw new InputNotFoundError(arg, e.code ?? e.message);
    });
    if (s.isDirectory()) await walk(arg, out, skipped, new Set());
    else out.push(notAFile(s) ? { path: arg, kind: kindOf(arg), error: notAFile(s)! } : { path: arg, kind: kindOf(arg), bytes: s.size });
  }
  return out;
}
