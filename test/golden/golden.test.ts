import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../../src/io/run.js";
import { ROOT } from "../cli/sitrep.js";

const DIR = "test/golden";
const articles = readdirSync(join(ROOT, DIR)).filter((f) => f.endsWith(".txt")).sort();

/** The tagged rows `sitrep extract FILE --out -` prints, as `make golden` writes them. */
async function extract(file: string): Promise<string> {
  const chunks: string[] = [];
  const stdout = { write: (s: string | Uint8Array) => (chunks.push(Buffer.from(s).toString()), true) } as unknown as NodeJS.WritableStream;
  await run({ inputs: [file], out: null, stdout, formats: ["jsonl"], lang: "auto", published: null, concurrency: 1, maxDocBytes: 5 * 1024 * 1024 });
  return chunks.join("");
}

// End-to-end: article → expected JSONL. When the pipeline changes on purpose,
// run `make golden` and review the diff; CI never regenerates these files.
describe("golden files", () => {
  it.each(articles)("%s gives its expected rows", async (name) => {
    const expected = join(ROOT, DIR, name.replace(/\.txt$/, ".expected.jsonl"));
    expect(existsSync(expected), `${expected} is missing: run make golden`).toBe(true);
    // Origins in the rows are paths as given: relative to the repository root, like `make golden` gives them.
    expect(await extract(relative(process.cwd(), join(ROOT, DIR, name)))).toBe(readFileSync(expected, "utf8"));
  });
});
