import { readdir, stat } from "node:fs/promises";
import { extname, join, resolve } from "node:path";

export type InputKind = "txt" | "html" | "jsonl" | "csv" | "stdin";

/** One input to read, in run order. `kind` is null for a file named explicitly whose type sitrep does not read. */
export interface InputFile {
  path: string;
  kind: InputKind | null;
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

async function walk(dir: string, out: InputFile[], skip: ReadonlySet<string>): Promise<void> {
  if (skip.has(resolve(dir))) return;
  const names = (await readdir(dir)).filter((n) => !n.startsWith(".")).sort(byName);
  for (const name of names) {
    const path = join(dir, name);
    const s = await stat(path).catch(() => null);
    if (s?.isDirectory()) await walk(path, out, skip);
    else if (s?.isFile() && kindOf(path)) out.push({ path, kind: kindOf(path) });
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
    if (s.isDirectory()) await walk(arg, out, skipped);
    else out.push({ path: arg, kind: kindOf(arg) });
  }
  return out;
}
