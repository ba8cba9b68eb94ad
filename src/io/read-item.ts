import type { InputDocument } from "../../schemas/index.js";

/** What a reader yields for each record: a document, or the reason it could not be read. */
export type ReadItem =
  | { kind: "doc"; doc: InputDocument; note?: string }
  | { kind: "reject"; docId: string; origin: string; rule: string; reason: string; title?: string | null };

/** One file (or stdin) that was read: goes to manifest.json. */
export interface InputInfo {
  path: string;
  bytes: number;
  sha256: string;
}

export interface ReadOptions {
  /** Largest document (a file, or a JSONL/CSV record) accepted, in bytes. */
  maxDocBytes: number;
  /** Called once per file read, after its last byte, with its size and hash. */
  onInput: (info: InputInfo) => void;
}

export function readReject(docId: string, origin: string, rule: string, reason: string): ReadItem {
  return { kind: "reject", docId, origin, rule, reason };
}
