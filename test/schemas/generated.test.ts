import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { columnsMarkdown } from "../../src/io/columns-doc.js";
import { jsonSchemaFiles } from "../../src/io/json-schemas.js";
import { ROOT } from "../cli/sitrep.js";

describe("files generated from the zod schemas (run `make schemas` when these fail)", () => {
  it.each(Object.entries(jsonSchemaFiles()))("schemas/%s is up to date", (name, text) => {
    expect(readFileSync(join(ROOT, "schemas", name), "utf8")).toBe(text);
  });

  it("docs/columns.md is up to date", () => {
    expect(readFileSync(join(ROOT, "docs", "columns.md"), "utf8")).toBe(columnsMarkdown());
  });

  it("README links the column reference", () => {
    expect(readFileSync(join(ROOT, "README.md"), "utf8")).toContain("docs/columns.md");
  });
});
