import { decodeBytes, isFailure } from "./decode.js";
import { MAX_HTML_DEPTH, htmlDepth } from "./html-depth.js";
import { idBase } from "./ids.js";
import { readReject, type ReadItem, type ReadOptions } from "./read-item.js";
import { readBounded } from "./read-file.js";
import { isRecordFailure, toInputDocument } from "./record.js";
import { readSidecar } from "./sidecar.js";

/**
 * Reads a one-document file: `.txt` (the text as is) or `.html`/`.htm` (the
 * main text through Readability, with its title, language, date and site as
 * metadata). A sidecar `NAME.meta.json` overrides the metadata. Files over
 * the size limit are hashed but not read.
 */
export async function* readSingle(path: string, kind: "txt" | "html", opts: ReadOptions): AsyncGenerator<ReadItem> {
  const base = idBase(path);
  const file = await readBounded(path, opts.maxDocBytes);
  opts.onInput({ path, bytes: file.size, sha256: file.sha256 });
  const fileId = `${base}-${file.sha256.slice(0, 8)}`;
  if ("tooLarge" in file) {
    yield readReject(fileId, path, "read:too-large", `file is ${file.size} bytes, over the ${opts.maxDocBytes}-byte limit (--max-doc-bytes)`);
    return;
  }
  const text = decodeBytes(file.bytes);
  if (isFailure(text)) {
    yield readReject(fileId, path, text.rule, text.reason);
    return;
  }
  let fields: Record<string, unknown> = { text };
  if (kind === "html") {
    const depth = htmlDepth(text);
    if (depth > MAX_HTML_DEPTH) {
      yield readReject(fileId, path, "read:html-too-deep", `HTML elements nested over ${MAX_HTML_DEPTH} levels deep: not parsed (a page this deep is broken or hostile)`);
      return;
    }
    // Loaded on first use: the HTML parser is a large module that JSONL and CSV runs never need.
    const { htmlArticle } = await import("./html-text.js");
    const article = htmlArticle(text);
    if (!article) {
      yield readReject(fileId, path, "read:missing-text", "no readable text in the HTML page");
      return;
    }
    fields = { ...article };
  }
  const sidecar = await readSidecar(path, opts.onInput);
  if ("rule" in sidecar) {
    yield readReject(fileId, path, sidecar.rule, sidecar.reason);
    return;
  }
  const doc = toInputDocument({ ...fields, ...sidecar.fields, text: fields.text }, { origin: path, base, line: null });
  if (isRecordFailure(doc)) yield readReject(doc.id ?? fileId, path, doc.rule, doc.reason);
  else yield { kind: "doc", doc };
}
