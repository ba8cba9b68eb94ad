import { createReadStream } from "node:fs";
import { IdRegistry, idBase } from "./ids.js";
import type { InputFile } from "./list-inputs.js";
import { readCsv } from "./read-csv.js";
import { readReject, type ReadItem, type ReadOptions } from "./read-item.js";
import { readJsonl } from "./read-jsonl.js";
import { readSingle } from "./read-single.js";

export interface ReadInputsOptions extends ReadOptions {
  /** Byte source for `-` (default: process.stdin). */
  stdin?: AsyncIterable<Uint8Array>;
  /** Collects the number of renamed duplicate ids. */
  ids?: IdRegistry;
  /**
   * How stdin is reported (a shard of a bigger file, see `sitrep merge`): its
   * records get origins `name#L<offset + line>` and ids derived from `name`,
   * exactly as when the whole file is read by name.
   */
  stdinAs?: { name: string; lineOffset: number };
}

function readOne(file: InputFile, opts: ReadInputsOptions): AsyncGenerator<ReadItem> {
  if (file.error) {
    const error = file.error;
    return (async function* () {
      yield readReject(`${idBase(file.path)}-unreadable`, file.path, "read:unreadable", `cannot read ${file.path}: ${error}`);
    })();
  }
  switch (file.kind) {
    case "stdin":
      return readJsonl(opts.stdinAs?.name ?? "-", opts.stdin ?? process.stdin, { ...opts, lineOffset: opts.stdinAs?.lineOffset ?? 0 });
    case "jsonl":
      return readJsonl(file.path, createReadStream(file.path), opts);
    case "csv":
      return readCsv(file.path, createReadStream(file.path), opts);
    case "txt":
    case "html":
      return readSingle(file.path, file.kind, opts);
    default:
      return (async function* () {
        yield readReject(`${idBase(file.path)}-unsupported`, file.path, "read:unsupported-type", "not a .txt, .html, .htm, .jsonl, .ndjson or .csv file");
      })();
  }
}

/**
 * Every record of every input, in input order, each a document or a read
 * reject. A file that fails half-way (an I/O error) keeps the records already
 * read and adds a `read:unreadable` reject. Ids are made unique in order: a
 * repeated id gets `~2`, `~3`... and the document carries a note.
 */
export async function* readInputs(files: readonly InputFile[], opts: ReadInputsOptions): AsyncGenerator<ReadItem> {
  const ids = opts.ids ?? new IdRegistry();
  try {
    for (const file of files) {
      try {
        for await (const item of readOne(file, opts)) {
          if (item.kind === "doc") {
            const { id, note } = ids.claim(item.doc.id, item.doc.origin);
            yield note ? { kind: "doc", doc: { ...item.doc, id }, note } : item;
          } else {
            yield { ...item, docId: ids.claim(item.docId, item.origin).id };
          }
        }
      } catch (e) {
        const docId = ids.claim(`${idBase(file.path)}-unreadable`, file.path).id;
        yield readReject(docId, file.path, "read:unreadable", `cannot read ${file.path}: ${(e as Error).message}`);
      }
    }
  } finally {
    // A registry made here is closed here; one passed in is closed by its owner.
    if (!opts.ids) ids.close();
  }
}
