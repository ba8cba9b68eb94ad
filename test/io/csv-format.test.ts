import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { COUNT_COLUMNS, DOCUMENT_COLUMNS, EVENT_COLUMNS, type Column } from "../../src/io/columns.js";
import { BOM, cell, csvHeader, csvRows, neutralise } from "../../src/io/csv-format.js";
import { COUNT, EVENT } from "./csv-fixtures.js";

const parse = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;

describe("CSV columns", () => {
  it("are flat, stable and generated from the schemas", () => {
    expect(EVENT_COLUMNS.map((c) => c.name).slice(0, 12)).toEqual([
      "doc_id", "event_id", "event_type", "sub_event_type", "event_date", "date_precision", "country", "location", "location_kind", "actors", "actors_attribution", "actors_attributed_by",
    ]);
    expect(EVENT_COLUMNS.map((c) => c.name)).toContain("evidence_trigger_rule");
    expect(EVENT_COLUMNS.map((c) => c.name)).not.toContain("evidence_country_rule");
    expect(COUNT_COLUMNS.map((c) => c.name)).toEqual(expect.arrayContaining(["value", "category", "text", "evidence_start"]));
    expect(DOCUMENT_COLUMNS.map((c) => c.name)[0]).toBe("doc_id");
  });
});

describe("CSV cells", () => {
  it.each([
    ["=1+2", "'=1+2"],
    ["+33 6", "'+33 6"],
    ["-3", "'-3"],
    ["@SUM", "'@SUM"],
    ["\tx", "'\tx"],
    ["\rx", "'\rx"],
    ["plain", "plain"],
    ["a=b", "a=b"],
  ])("neutralise(%j) = %j", (input, output) => {
    expect(neutralise(input)).toBe(output);
  });

  it("leaves number columns as numbers, even negative ones", () => {
    const col: Column = { ...COUNT_COLUMNS.find((c) => c.name === "value")!, get: () => -3 };
    expect(cell(col, {})).toBe(-3);
    expect(csvRows([col], [{}])).toBe("-3\r\n");
  });

  it("writes a BOM header, lists joined with '; ', empty nulls, neutralised text, bare numbers", () => {
    const csv = csvHeader(EVENT_COLUMNS) + csvRows(EVENT_COLUMNS, [EVENT]);
    expect(csv.startsWith(BOM)).toBe(true);
    const [header, row] = parse(csv);
    const get = (name: string) => row[header.indexOf(name)];
    expect(get("actors")).toBe("'=HYPERLINK(\"x\"); groupes pro-Iran");
    expect(get("actors_attributed_by")).toBe("Washington; ");
    expect(get("actors_unnamed")).toBe("false; true");
    expect(get("location")).toBe("Aïn al-Assad");
    expect(get("fatalities")).toBe("");
    expect(get("injured")).toBe("3");
    expect(get("targets")).toBe("");
    expect(get("evidence_trigger_start")).toBe("0");
    expect(csv).toContain(",3,,0,5,0,test:rule,stated\r\n");
  });

  it("writes counts with '.' decimals unquoted and a neutralised text", () => {
    const line = csvRows(COUNT_COLUMNS, [COUNT]);
    expect(line).toContain(",2500.5,,approximate,troops,soldats,,'-2 500 soldats,50,55,0,test:rule,stated");
  });

  it("with ';' as delimiter, quotes cells holding a ';' (lists) and leaves numbers bare", () => {
    const csv = csvHeader(EVENT_COLUMNS, ";") + csvRows(EVENT_COLUMNS, [EVENT], ";");
    expect(csv.split("\r\n")[0]).toBe(BOM + EVENT_COLUMNS.map((c) => c.name).join(";"));
    expect(csv).toContain(';"\'=HYPERLINK(""x""); groupes pro-Iran";');
    expect(csv).toContain(";3;;0;5;0;test:rule;stated\r\n");
    const [header, row] = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ""), { delimiter: ";", skipEmptyLines: true }).data;
    expect(row).toHaveLength(header.length);
    expect(row[header.indexOf("actors_unnamed")]).toBe("false; true");
  });

  it("writes nothing for no rows", () => {
    expect(csvRows(COUNT_COLUMNS, [])).toBe("");
  });
});

describe("CSV fields", () => {
  it("are written exactly as Papa.unparse writes them", () => {
    const values: (string | number)[] = ["", " ", "a", " a", "a ", 'a"b', '"', "a,b", "a;b", "a\nb", "a\rb", "\uFEFFa", "é ; ü", "'=1", 0, -3, 2500.5, 1e21, 1e-7, NaN];
    for (const delimiter of [",", ";"] as const) {
      const rows = [values, values.map((v) => (typeof v === "string" ? `${v}${v}` : v))];
      const expected = Papa.unparse(rows, { header: false, newline: "\r\n", escapeFormulae: false, delimiter });
      const columns = values.map((v, i) => ({ name: `c${i}`, type: typeof v === "number" ? "number" : "text", get: (r: unknown) => (r as unknown[])[i] }) as unknown as Column);
      expect(csvRows(columns, rows, delimiter)).toBe(`${expected}\r\n`);
      expect(csvHeader(columns, delimiter)).toBe(`${BOM}${Papa.unparse([values.map((_, i) => `c${i}`)], { delimiter })}\r\n`);
    }
  });
});
