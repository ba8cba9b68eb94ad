import { createHash } from "node:crypto";
import { basename, extname } from "node:path";
import { IdTable } from "./id-table.js";

export function sha256(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

/** The base of derived ids: the file name without its extension ("stdin" for `-`). */
export function idBase(path: string): string {
  if (path === "-") return "stdin";
  const name = basename(path);
  return name.slice(0, name.length - extname(name).length) || name;
}

/**
 * A stable id for a document that carries none: `<base>[-L<line>]-<first 8
 * hex of sha256(text)>`. Same file, same line, same text → same id.
 */
export function deriveId(base: string, line: number | null, text: string | Uint8Array): string {
  return `${base}${line === null ? "" : `-L${line}`}-${sha256(text).slice(0, 8)}`;
}

/**
 * Makes ids unique within a run, in input order: the first document keeps its
 * id, the later ones get `~2`, `~3`... and a note saying so. Every id of the
 * run is remembered, compactly (see IdTable).
 */
export class IdRegistry {
  private readonly seen = new IdTable();
  private readonly next = new Map<string, number>();
  duplicates = 0;

  claim(id: string, origin: string): { id: string; note: string | null } {
    const first = this.seen.get(id);
    if (first === undefined) {
      this.seen.set(id, origin);
      return { id, note: null };
    }
    let n = this.next.get(id) ?? 2;
    while (this.seen.has(`${id}~${n}`)) n++;
    this.next.set(id, n + 1);
    const renamed = `${id}~${n}`;
    this.seen.set(renamed, origin);
    this.duplicates++;
    return { id: renamed, note: `read:duplicate-id: id "${id}" already used by ${first}; renamed to "${renamed}"` };
  }

  /** Frees what the registry holds on disk (see IdTable); it cannot be used afterwards. */
  close(): void {
    this.seen.close();
  }
}
