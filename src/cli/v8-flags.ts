import { setFlagsFromString } from "node:v8";

/**
 * The V8 flags that can be set once node runs (the others are on the CLI's
 * first line: src/cli/main.ts). They hold for the whole process, so they are
 * set before any worker starts; the bench scripts set them too, to measure
 * the pipeline as the CLI runs it.
 */
export const RUNTIME_V8_FLAGS = [
  // The heap grows by at most half its live size before a full collection (V8 lets it reach up to 4×): the
  // pipeline's live data is small (~50 MB a thread) and its garbage is short-lived, so peak RSS drops by
  // ~60 MB a thread at the same speed.
  "--heap-growing-percent=50",
  // TurboFan inlines half as much into one function as by default (920): each thread compiles the pipeline
  // in less CPU at the same steady-state speed, and with two workers each one's compilation takes the
  // other's core (docs/performance.md §6).
  "--max-inlined-bytecode-size-cumulative=460",
] as const;

export function setRuntimeV8Flags(): void {
  for (const flag of RUNTIME_V8_FLAGS) setFlagsFromString(flag);
}
