#!/usr/bin/env -S node --max-semi-space-size=4 --single-threaded-gc --max-inlined-bytecode-size-cumulative=460
/**
 * The `sitrep` executable (package.json bin): runs src/cli/cli.ts on the process arguments.
 *
 * The node flag on the first line caps the young generation of every isolate of the process at 8 MB
 * (two 4 MB semi-spaces): the main thread's, which V8 otherwise grows to 32 MB over a long run, and
 * the workers', which it gives the same size as `WORKER_LIMITS` (src/io/executor.ts) does without the
 * flag (V8 flags are per process and win over a worker's resource limits). At `--concurrency 1` the
 * pipeline runs on the main thread with that young generation too. Peak RSS stays flat (~35 MB less
 * at 100 MB of input: docs/performance.md §4). The semi-space size is fixed when an isolate is
 * created, so `setFlagsFromString` below is too late for it.
 *
 * `--single-threaded-gc` has each isolate collect its own garbage on its own thread, instead of
 * handing scavenges and marking to V8's helper threads. With two workers and the main thread on two
 * cores there is no idle core for the helpers: they only took time from the other worker (wall time
 * at 100 MB, two workers, 15% less; docs/performance.md §5). GC flags cannot be set once the process
 * runs (`setFlagsFromString` with it aborts node 20), hence the first line.
 *
 * `--max-inlined-bytecode-size-cumulative=460` (V8's default is 920) halves how much TurboFan inlines
 * into one function: each thread spends about 2.2 s instead of 3.3–3.9 s compiling the pipeline, at the
 * same steady-state speed (docs/performance.md §6). Each worker pays that compilation, on cores that
 * the other worker needs.
 *
 * `make run` and `make bench` run this file as its first line says; the line needs an `env` with
 * `-S` (GNU coreutils ≥ 8.30, BSD, macOS).
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
