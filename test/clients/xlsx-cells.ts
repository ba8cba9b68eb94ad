import { readFileSync } from "node:fs";
import { inflateRawSync } from "node:zlib";

/** The files of a zip archive (stored or deflated entries), read through its central directory. */
export function unzip(path: string): Map<string, Buffer> {
  const zip = readFileSync(path);
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const entries = zip.readUInt16LE(end + 10);
  let p = zip.readUInt32LE(end + 16);
  const out = new Map<string, Buffer>();
  for (let i = 0; i < entries; i++) {
    const method = zip.readUInt16LE(p + 10);
    const size = zip.readUInt32LE(p + 20);
    const nameLen = zip.readUInt16LE(p + 28);
    const skip = nameLen + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
    const name = zip.toString("utf8", p + 46, p + 46 + nameLen);
    const local = zip.readUInt32LE(p + 42);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + size);
    out.set(name, method === 0 ? data : inflateRawSync(data));
    p += 46 + skip;
  }
  return out;
}

/** One cell as the spreadsheet stored it: its type (s string, n number, b boolean...), value, and formula if any. */
export interface XlsxCell {
  type: string;
  value: string;
  formula: string | null;
}

const unescape = (s: string) =>
  s.replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n))).replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");

const textOf = (xml: string) => [...xml.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((m) => unescape(m[1])).join("");

const column = (ref: string) => [...ref.replace(/\d+$/, "")].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

/** The first sheet of an .xlsx file as rows of cells (null where a row has no cell); shared strings resolved. */
export function xlsxCells(path: string): (XlsxCell | null)[][] {
  const files = unzip(path);
  const shared = [...(files.get("xl/sharedStrings.xml")?.toString("utf8") ?? "").matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => textOf(m[1]));
  const sheet = files.get("xl/worksheets/sheet1.xml")!.toString("utf8");
  const rows: (XlsxCell | null)[][] = [];
  for (const row of sheet.matchAll(/<row [^>]*?r="(\d+)"[^>]*>([\s\S]*?)<\/row>/g)) {
    const cells: (XlsxCell | null)[] = [];
    for (const c of row[2].matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const type = /\bt="(\w+)"/.exec(c[2])?.[1] ?? "n";
      const body = c[3] ?? "";
      const formula = /<f[^>]*>([\s\S]*?)<\/f>/.exec(body)?.[1] ?? null;
      const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
      const value = type === "s" ? shared[Number(v)] : type === "inlineStr" ? textOf(body) : unescape(v ?? "");
      while (cells.length < column(c[1])) cells.push(null);
      cells.push(v === undefined && type !== "inlineStr" && formula === null ? null : { type, value, formula });
    }
    rows[Number(row[1]) - 1] = cells;
  }
  return rows;
}
