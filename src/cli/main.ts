#!/usr/bin/env node
/** The `sitrep` executable (package.json bin): runs src/cli/cli.ts on the process arguments. */
import { setFlagsFromString } from "node:v8";
import { cli } from "./cli.js";
import { EXIT } from "./error.js";

// The heap grows by at most half its live size before a full collection (V8 lets it reach up to 4×): the
// pipeline's live data is small (~50 MB a thread) and its garbage is short-lived, so peak RSS drops by
// ~60 MB a thread at the same speed. Set before any worker starts, so workers get it too.
setFlagsFromString("--heap-growing-percent=50");

// `sitrep extract - | head`: a closed pipe ends the run quietly.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(EXIT.ok);
});

process.exitCode = await cli(process.argv.slice(2));
