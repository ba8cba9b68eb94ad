import { readFileSync } from "node:fs";

const FORM = /^#!\S*env -S node((?: -{1,2}[\w=.-]+)*)\s*$/;

/**
 * The node flags on a script's first line (`#!/usr/bin/env -S node --flag...`,
 * as src/cli/main.ts has them), so that a script that starts the CLI with
 * `process.execPath` (make bench) runs it as `make run` and the `sitrep` bin do.
 * No flags when the line is no `env -S node` line; an `env -S node` line
 * that this does not read (flags with other characters) throws, rather than
 * measure the CLI without its flags.
 */
export function shebangFlags(path: string): string[] {
  const first = readFileSync(path, "utf8").split("\n", 1)[0];
  const m = FORM.exec(first);
  if (m) return m[1].split(" ").filter(Boolean);
  if (/^#!.*\benv -S node\b/.test(first)) throw new Error(`${path}: cannot read the node flags of its first line: ${first}`);
  return [];
}
