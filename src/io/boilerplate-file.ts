import { readFile } from "node:fs/promises";
import { loadPacks } from "../lang/registry.js";
import { withUserBoilerplateFile } from "../lang/user-boilerplate.js";

/** A user boilerplate file that cannot be read, parsed or validated; the message names the file and the first problem. */
export class BoilerplateFileError extends Error {}

/** Reads and checks a user boilerplate file up front, so that a bad file stops a run before anything is written. */
export async function readBoilerplateFile(path: string): Promise<{ path: string; data: unknown }> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path, "utf8"));
  } catch (e) {
    throw new BoilerplateFileError(`cannot read boilerplate file ${path}: ${(e as Error).message.split("\n")[0]}`);
  }
  try {
    withUserBoilerplateFile(loadPacks(), data);
  } catch (e) {
    throw new BoilerplateFileError(`${path}: ${(e as Error).message.split("\n")[0]}`);
  }
  return { path, data };
}
