#!/usr/bin/env -S node --max-semi-space-size=4
/**
 * The `sitrep` executable (package.json bin): runs src/cli/cli.ts on the process arguments.
 *
 * The node flags on the first line are the main thread's: it only reads, parses and writes (workers,
 * with their own limits, run the pipeline), yet V8 lets its young generation grow to 32 MB over a
 * long run; 4 MB semi-spaces keep peak RSS flat (~30 MB less at 100 MB of input, docs/performance.md
 * §4). A flag the isolate is created with: `setFlagsFromString` below is too late for it. `make run`
 * and `make bench` run this file as its first line says.
 */
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
