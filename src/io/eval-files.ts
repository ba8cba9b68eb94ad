import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseGold, type EvalReport, type GoldDoc } from "../eval/index.js";

/** A gold file that cannot be read; `GoldFormatError` (from parseGold) reports one that reads but is invalid. */
export class GoldReadError extends Error {}

/** Reads and parses a gold JSONL file (../shared/eval/FORMAT.md). */
export async function readGold(file: string): Promise<GoldDoc[]> {
  const text = await readFile(file, "utf8").catch((e: Error) => {
    throw new GoldReadError(`cannot read gold file ${file}: ${e.message}`);
  });
  return parseGold(text, file);
}

/** Writes the report as DIR/eval.json; returns its path. */
export async function writeEvalReport(dir: string, report: EvalReport): Promise<string> {
  await mkdir(dir, { recursive: true });
  const path = join(dir, "eval.json");
  await writeFile(path, `${JSON.stringify(report, null, 2)}\n`);
  return path;
}
