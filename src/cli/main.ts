#!/usr/bin/env node
/** The `sitrep` executable (package.json bin): runs src/cli/cli.ts on the process arguments. */
import { cli } from "./cli.js";
import { EXIT } from "./error.js";

// `sitrep extract - | head`: a closed pipe ends the run quietly.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(EXIT.ok);
});

process.exitCode = await cli(process.argv.slice(2));
