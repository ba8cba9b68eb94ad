import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import type { Count } from "../../schemas/index.js";
import { COUNT_COLUMNS, EVENT_COLUMNS, type Column } from "../../src/io/columns.js";
import { csvHeader, csvRows, type CsvDelimiter } from "../../src/io/csv-format.js";
import { tempTree } from "../io/helpers.js";
import { COUNTS, CMD, EVENTS, HYPERLINK, requireTool, works } from "./fixture.js";
import { xlsxCells, type XlsxCell } from "./xlsx-cells.js";

/**
 * LibreOffice Calc (headless) imports events.csv and counts.csv as a user
 * would (UTF-8, the file's separator) and saves them as .xlsx; the cells
 * read back from the .xlsx must be the CSV's: same rows and columns,
 * accents and line breaks intact, text neutralised as a string cell, numbers
 * (negative ones included) as number cells, and no formula anywhere.
 */
const SOFFICE = "soffice";
const hasSoffice = works(SOFFICE, ["--version"]);

/** The writer keeps a negative number a number even though the schemas forbid one in real outputs. */
const NEGATIVE: Count = { ...COUNTS[0], count_id: "d9:c1", doc_id: "d9", value: -3, value_max: -0.5, text: "-3 (écart)" };

function convert(dir: string, files: string[], delimiter: CsvDelimiter): string {
  const profile = pathToFileURL(join(dir, "lo-profile")).href;
  // CSV import options: separator, '"' quotes, UTF-8 (76), from line 1.
  const filter = `CSV:${delimiter.charCodeAt(0)},34,76,1`;
  const r = spawnSync(SOFFICE, [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "xlsx", `--infilter=${filter}`, "--outdir", join(dir, "xlsx"), ...files], { encoding: "utf8", timeout: 180_000 });
  return `${r.status} ${r.stdout} ${r.stderr}`;
}

/** Days since 1899-12-30 (the spreadsheet epoch) as YYYY-MM-DD. */
const serialDate = (v: string) => new Date(Date.UTC(1899, 11, 30) + Number(v) * 86_400_000).toISOString().slice(0, 10);

function expectCell(col: Column, text: string, cell: XlsxCell | null, where: string) {
  if (text === "") return expect(cell, where).toBeNull();
  expect(cell, where).not.toBeNull();
  expect(cell!.formula, `${where}: no formula`).toBeNull();
  if (col.type === "integer" || col.type === "number") {
    expect(cell!.type, where).toBe("n");
    expect(Number(cell!.value), where).toBe(Number(text));
  } else if (col.type === "date") {
    expect(serialDate(cell!.value), where).toBe(text);
  } else if (cell!.type === "b") {
    // A one-item boolean list ("false") is read as a boolean cell: the same value, not text.
    expect(col.name, where).toMatch(/unnamed/);
    expect(cell!.value === "1" ? "true" : "false", where).toBe(text);
  } else {
    expect(cell!.type, where).toMatch(/^(s|str|inlineStr)$/);
    expect(cell!.value, where).toBe(text);
  }
}

describe.each([",", ";"] as CsvDelimiter[])("LibreOffice Calc opens the CSV files (separator %j)", (delimiter) => {
  it("keeps every row, column, accent and line break; neutralised text stays text; numbers stay numbers", async (ctx) => {
    requireTool(ctx, hasSoffice, "LibreOffice (soffice) is not installed");
    const dir = tempTree();
    mkdirSync(join(dir, "csv"));
    const files: [string, readonly Column[], readonly unknown[]][] = [["events", EVENT_COLUMNS, EVENTS], ["counts", COUNT_COLUMNS, [...COUNTS, NEGATIVE]]];
    for (const [name, columns, rows] of files) writeFileSync(join(dir, "csv", `${name}.csv`), csvHeader(columns, delimiter) + csvRows(columns, rows, delimiter));
    const log = convert(dir, files.map(([name]) => join(dir, "csv", `${name}.csv`)), delimiter);
    for (const [name, columns, rows] of files) {
      const csv = Papa.parse<string[]>(csvHeader(columns, delimiter).slice(1) + csvRows(columns, rows, delimiter), { delimiter, skipEmptyLines: true }).data;
      const cells = (() => {
        try {
          return xlsxCells(join(dir, "xlsx", `${name}.xlsx`));
        } catch (e) {
          throw new Error(`no ${name}.xlsx (${(e as Error).message}); soffice said: ${log}`);
        }
      })();
      expect(cells.length, `${name}: rows`).toBe(rows.length + 1);
      expect(cells[0].map((c) => c?.value)).toEqual(columns.map((c) => c.name));
      csv.slice(1).forEach((line, r) => {
        expect(cells[r + 1].length, `${name} row ${r + 1}: columns`).toBeLessThanOrEqual(columns.length);
        columns.forEach((col, i) => expectCell(col, line[i], cells[r + 1][i] ?? null, `${name} row ${r + 1} ${col.name}`));
      });
    }
    const events = xlsxCells(join(dir, "xlsx", "events.xlsx"));
    const at = (row: number, name: string) => events[row][EVENT_COLUMNS.findIndex((c) => c.name === name)]?.value;
    expect(at(1, "location")).toBe("Aïn al-Assad, base « Al-Asad »");
    expect(at(1, "actors")).toBe(`'${HYPERLINK}; Groupe "Ashab al-Kahf"`);
    expect(at(1, "targets")).toBe("convoi\nmilitaire");
    expect(at(2, "actors")).toBe(`'${CMD}`);
    expect(at(4, "location")).toBe("Windhoek; centre-ville");
    expect(at(4, "country")).toBe("NA");
  });
});

describe("the check itself", () => {
  it("sees a formula when a CSV cell is not neutralised", async (ctx) => {
    requireTool(ctx, hasSoffice, "LibreOffice (soffice) is not installed");
    const dir = tempTree({ "csv/raw.csv": "\uFEFFa,b\r\n=1+2,x\r\n" });
    const log = convert(dir, [join(dir, "csv/raw.csv")], ",");
    const cells = xlsxCells(join(dir, "xlsx/raw.xlsx"));
    expect(cells[1][0], log).toMatchObject({ formula: "1+2", value: "3" });
  });
});
