#!/usr/bin/env -S node --max-semi-space-size=4 --single-threaded-gc
/**
 * The `sitrep` executable (package.json bin): runs src/cli/cli.ts on the process arguments.
 *
 * The node flags on the first line are V8 flags that can only be given when node starts.
 * `--max-semi-space-size=4` caps the young generation of every isolate of the process at 8 MB
 * (two 4 MB semi-spaces): the main thread's, which V8 otherwise grows to 32 MB over a long run, and
 * the workers', which it gives the same size as `WORKER_LIMITS` (src/io/executor.ts) does without the
 * flag (V8 flags are per process and win over a worker's resource limits). At `--concurrency 1` the
 * pipeline runs on the main thread with that young generation too. Peak RSS stays flat (~35 MB less
 * at 100 MB of input: docs/performance.md §4). The semi-space size is fixed when an isolate is
 * created, so setting it at run time (v8-flags.ts) is too late for it.
 *
 * `--single-threaded-gc` has each isolate collect its own garbage on its own thread, instead of
 * handing scavenges and marking to V8's helper threads. With two workers and the main thread on two
 * cores there is no idle core for the helpers: they only took time from the other worker (wall time
 * at 100 MB, two workers, 11% and 19% less in two interleaved pairs; docs/performance.md §5). GC flags
 * cannot be set once the process runs (`setFlagsFromString` with it aborts node 20), hence the first line.
 * The flags that can be set at run time are in v8-flags.ts.
 *
 * `make run` and `make bench` run this file as its first line says; the line needs an `env` with
 * `-S` (GNU coreutils ≥ 8.30, BSD, macOS).
 */
import { cli } from "./cli.js";
import { EXIT } from "./error.js";
import { setRuntimeV8Flags } from "./v8-flags.js";

// Set before any worker starts, so workers get them too.
setRuntimeV8Flags();

// `sitrep extract - | head`: a closed pipe ends the run quietly.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(EXIT.ok);
});

process.exitCode = await cli(process.argv.slice(2));
