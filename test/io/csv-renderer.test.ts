import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { COUNT_COLUMNS, DOCUMENT_COLUMNS, EVENT_COLUMNS, type Column } from "../../src/io/columns.js";
import { CSV_DELIMITERS, csvRows } from "../../src/io/csv-format.js";
import { csvRenderer } from "../../src/io/csv-renderer.js";
import { COUNT, EVENT } from "./csv-fixtures.js";

/** Characters that matter to a CSV cell: quotes, line breaks, formula starts, delimiters, spaces, a BOM, non-ASCII, a lone surrogate. */
const CHARS = ['"', "\r", "\n", "=", "+", "-", "@", "\t", ",", ";", " ", "\uFEFF", "é", "ü", "’", "😀", "\uD800", "a", "Z", "0", "'"];
const text = fc.array(fc.constantFrom(...CHARS), { maxLength: 8 }).map((cs) => cs.join(""));
const scalar = fc.oneof(text, fc.integer({ min: -1000, max: 1e6 }), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined));

/** The tree of keys the column paths read: `{}` for a scalar, `{ list: true }` when the key holds an array. */
type Shape = { keys: Map<string, Shape>; list: boolean };
function shapeOf(columns: readonly Column[]): Shape {
  const root: Shape = { keys: new Map(), list: false };
  for (const c of columns) {
    let at = root;
    for (const part of c.path.split(".")) {
      const key = part.replace("[]", "");
      if (!at.keys.has(key)) at.keys.set(key, { keys: new Map(), list: false });
      at = at.keys.get(key)!;
      if (part.endsWith("[]")) at.list = true;
    }
  }
  return root;
}

/** Random rows of a shape: any field may be a scalar of any type, null or missing; objects and lists may be null. */
function rowOf(shape: Shape): fc.Arbitrary<unknown> {
  const item: fc.Arbitrary<unknown> = shape.keys.size === 0 ? scalar : fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 6, arbitrary: objectOf(shape) });
  return shape.list ? fc.oneof(fc.constant(null), fc.array(item, { maxLength: 3 })) : item;
}
function objectOf(shape: Shape): fc.Arbitrary<Record<string, unknown>> {
  const fields: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [key, child] of shape.keys) fields[key] = rowOf(child);
  return fc.record(fields, { requiredKeys: [...shape.keys.keys()].filter((_, i) => i % 3 !== 2) });
}

describe("csvRenderer", () => {
  const outputs = { events: EVENT_COLUMNS, counts: COUNT_COLUMNS, documents: DOCUMENT_COLUMNS };
  for (const [name, columns] of Object.entries(outputs)) {
    for (const delimiter of CSV_DELIMITERS) {
      it(`writes ${name} rows exactly as csvRows does (delimiter ${JSON.stringify(delimiter)})`, () => {
        const render = csvRenderer(columns, delimiter);
        fc.assert(
          fc.property(fc.array(objectOf(shapeOf(columns)), { maxLength: 4 }), (rows) => {
            expect(render(rows)).toBe(csvRows(columns, rows, delimiter));
          }),
          { numRuns: 300 },
        );
      });
    }
  }

  it("writes the fixture event and count as csvRows does", () => {
    for (const delimiter of CSV_DELIMITERS) {
      expect(csvRenderer(EVENT_COLUMNS, delimiter)([EVENT, EVENT])).toBe(csvRows(EVENT_COLUMNS, [EVENT, EVENT], delimiter));
      expect(csvRenderer(COUNT_COLUMNS, delimiter)([COUNT])).toBe(csvRows(COUNT_COLUMNS, [COUNT], delimiter));
      expect(csvRenderer(COUNT_COLUMNS, delimiter)([])).toBe("");
    }
  });

  it("refuses a column path key that is not an identifier", () => {
    const bad = { ...COUNT_COLUMNS[0], path: "doc_id;process.exit()" };
    expect(() => csvRenderer([bad])).toThrow(/not an identifier/);
  });
});
