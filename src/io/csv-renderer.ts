import type { Column } from "./columns.js";
import { csvRows, field, neutralise, NEWLINE, type CsvDelimiter } from "./csv-format.js";

/** Renders rows as CSV lines, each ending with a line break; "" for no rows. */
export type CsvRenderer<T> = (rows: readonly T[]) => string;

/** The cell writers the generated code calls, as `cell` and `field` write them; `d` is the delimiter. */
const HELPERS = {
  text: (v: unknown, d: CsvDelimiter) => (v === null || v === undefined ? "" : field(neutralise(typeof v === "string" ? v : String(v)), d)),
  number: (v: unknown, d: CsvDelimiter) => (v === null || v === undefined ? "" : typeof v === "number" ? String(v) : field(String(v), d)),
  boolean: (v: unknown) => (v === null || v === undefined ? "" : v ? "true" : "false"),
  item: (v: unknown) => (v === null || v === undefined ? "" : String(v)),
};

const KEY = /^[A-Za-z_$][\w$]*$/;

/** `[keys before the first "[]", keys after it]` of a column path; at most one array level is supported. */
function splitPath(path: string): [string[], string[] | null] {
  const parts = path.split("[]");
  if (parts.length > 2) throw new Error(`csvRenderer: nested lists are not supported (${path})`);
  const keys = (s: string) => s.split(".").filter((k) => k !== "");
  for (const k of keys(parts.join("."))) if (!KEY.test(k)) throw new Error(`csvRenderer: column path key ${JSON.stringify(k)} is not an identifier`);
  return [keys(parts[0]), parts.length === 2 ? keys(parts[1]) : null];
}

/** Statements reading `keys` from `from` into `into` as `pick` does: null once a step is null or undefined. */
const pickChain = (into: string, from: string, keys: readonly string[]) =>
  keys.map((k, i) => (i === 0 ? `${into} = ${from} == null ? null : ${from}.${k};` : `if (${into} != null) ${into} = ${into}.${k};`)).join(" ");

/** Statements that append column `c`'s cell to `line`. */
function cellCode(c: Column, index: number): string {
  const [head, tail] = splitPath(c.path);
  const read = head.length > 0 ? pickChain("v", "row", head) : "v = row;";
  if (tail === null) {
    const writer = c.type === "number" || c.type === "integer" ? "number" : c.type === "boolean" ? "boolean" : c.type === "list" ? null : "text";
    if (writer === null) throw new Error(`csvRenderer: list column ${c.name} has no "[]" in its path`);
    return `${read}\n    line += ${index > 0 ? "D + " : ""}H.${writer}(v, D);`;
  }
  // A list cell: the items (or their fields) joined with "; ", null items empty, then neutralised and quoted as text.
  const item = tail.length > 0 ? pickChain("x", "v[i]", tail) : "x = v[i];";
  return `${read}
    if (v == null) v = [];
    s = "";
    for (let i = 0; i < v.length; i++) { if (i > 0) s += "; "; ${item} s += H.item(x); }
    line += ${index > 0 ? "D + " : ""}H.text(s, D);`;
}

/**
 * A renderer of rows as `csvRows(columns, rows, delimiter)` writes them,
 * compiled once per column list from the column paths (which come from our
 * zod schemas, never from input; every key is checked to be an identifier):
 * one function per output reads each row's fields directly, so its property
 * accesses stay monomorphic and no per-cell closure or schema walk runs.
 * Columns must come from `columnsOf`: their `get` is not called.
 */
export function csvRenderer<T>(columns: readonly Column[], delimiter: CsvDelimiter = ","): CsvRenderer<T> {
  const body = `"use strict";
return function renderCsvRows(rows) {
  let out = "";
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    let v, x, s, line = "";
    ${columns.map(cellCode).join("\n    ")}
    out += line + NL;
  }
  return out;
};`;
  try {
    return new Function("H", "D", "NL", body)(HELPERS, delimiter, NEWLINE) as CsvRenderer<T>;
  } catch {
    // Code generation disallowed (node --disallow-code-generation-from-strings): the generic renderer writes the same bytes.
    return (rows) => csvRows(columns, rows, delimiter);
  }
}
