/**
 * `make schemas`: regenerates the committed files derived from the zod
 * schemas — schemas/*.schema.json and docs/columns.md. test/schemas fails
 * when they are stale.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { columnsMarkdown } from "../src/io/columns-doc.js";
import { writeJsonSchemas } from "../src/io/json-schemas.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
for (const path of await writeJsonSchemas(join(root, "schemas"))) console.log(path);
await mkdir(join(root, "docs"), { recursive: true });
await writeFile(join(root, "docs", "columns.md"), columnsMarkdown());
console.log(join(root, "docs", "columns.md"));
