import { readFileSync } from "node:fs";

/**
 * The node flags on a script's first line (`#!/usr/bin/env -S node --flag...`,
 * as src/cli/main.ts has them), so that a script that starts the CLI with
 * `process.execPath` (make bench) runs it as `make run` and the `sitrep` bin do.
 * No flags when the line has another form.
 */
export function shebangFlags(path: string): string[] {
  const first = readFileSync(path, "utf8").split("\n", 1)[0];
  const m = /^#!\S*env -S node((?: -{1,2}[\w=.-]+)*)\s*$/.exec(first);
  return m ? m[1].split(" ").filter(Boolean) : [];
}
