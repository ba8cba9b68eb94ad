import type { Column } from "./columns.js";

/** Written once at the top of every CSV file so that spreadsheets read it as UTF-8. */
export const BOM = "\uFEFF";
export const NEWLINE = "\r\n";

/** The field separators sitrep writes: "," (default) or ";" for spreadsheets whose locale uses "," as decimal mark. */
export type CsvDelimiter = "," | ";";
export const CSV_DELIMITERS: readonly CsvDelimiter[] = [",", ";"];

const FORMULA = /^[=+\-@\t\r]/;

/**
 * A text cell that a spreadsheet could run as a formula (starting with =, +,
 * -, @, tab or CR) is prefixed with an apostrophe. Number columns are never
 * touched, so "-3" stays a number.
 */
export function neutralise(text: string): string {
  return FORMULA.test(text) ? `'${text}` : text;
}

/** List items joined with "; " (null items empty). */
function joinList(values: readonly unknown[]): string {
  let out = "";
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (i > 0) out += "; ";
    if (v !== null && v !== undefined) out += String(v);
  }
  return out;
}

/** One cell: empty for null, numbers as JS writes them ("." decimals), booleans as true/false, lists joined with "; ". */
export function cell(column: Column, row: unknown): string | number {
  const value = column.get(row);
  if (value === null || value === undefined) return "";
  switch (column.type) {
    case "number":
    case "integer":
      return value as number;
    case "boolean":
      return value ? "true" : "false";
    case "list":
      return neutralise(joinList(value as unknown[]));
    default:
      return neutralise(String(value));
  }
}

/** The header line (with the BOM). */
export function csvHeader(columns: readonly Column[], delimiter: CsvDelimiter = ","): string {
  return BOM + columns.map((c) => field(c.name, delimiter)).join(delimiter) + NEWLINE;
}

const QUOTE = /"/g;
/** What makes a field need quotes, per delimiter: a quote, CR, LF, a BOM, the delimiter, or a space at either end. */
const NEEDS_QUOTES: Record<CsvDelimiter, RegExp> = { ",": /["\r\n\uFEFF,]|^ | $/, ";": /["\r\n\uFEFF;]|^ | $/ };

/**
 * One field as Papa.unparse writes it (quotes doubled; the field quoted when
 * it holds CR, LF, a quote, a BOM or the delimiter, or starts or ends with a
 * space), without its per-call set-up: rows are rendered for every document.
 */
export function field(value: string | number, delimiter: CsvDelimiter): string {
  const text = typeof value === "string" ? value : String(value);
  return NEEDS_QUOTES[delimiter].test(text) ? `"${text.replace(QUOTE, '""')}"` : text;
}

/**
 * Rows as CSV lines, each ending with a line break; "" for no rows. A cell
 * holding the delimiter, a quote or a line break is quoted (so with ";" every
 * list cell of two or more items is quoted); numbers never are.
 */
export function csvRows(columns: readonly Column[], rows: readonly unknown[], delimiter: CsvDelimiter = ","): string {
  let out = "";
  for (const row of rows) {
    for (let i = 0; i < columns.length; i++) {
      if (i > 0) out += delimiter;
      const value = cell(columns[i], row);
      // A number as JS writes it never needs quotes ("," and ";" are the only delimiters).
      out += typeof value === "number" ? String(value) : field(value, delimiter);
    }
    out += NEWLINE;
  }
  return out;
}
