import type { InputFile } from "./list-inputs.js";

/**
 * Below this much input, the default concurrency ("auto") runs the pipeline
 * on the main thread: every worker pays its own start (modules, language
 * packs, then code V8 has not optimised yet: about 2.4 s of CPU per thread,
 * docs/performance.md §6), which a small input does not win back (figures:
 * docs/performance.md §7). Files count by their size in bytes (markup
 * included), known before they are read; stdin, whose size is unknown until
 * its end, counts by the characters of document text read.
 */
export const AUTO_POOL_BYTES = 10 * 1024 * 1024;

/** How "auto" starts a run: its concurrency, and whether it may still move to a pool once enough text is read. */
export interface AutoStart {
  concurrency: number;
  mayGrow: boolean;
}

/**
 * All cores from the start for files that add up to `poolBytes` or more;
 * else the main thread, free to move to the workers later when stdin (of
 * unknown size) is among the inputs. One core: the main thread.
 */
export function autoStart(files: readonly InputFile[], cores: number, poolBytes: number): AutoStart {
  if (cores <= 1) return { concurrency: 1, mayGrow: false };
  let bytes = 0;
  for (const f of files) bytes += f.bytes ?? 0;
  if (bytes >= poolBytes) return { concurrency: cores, mayGrow: false };
  return { concurrency: 1, mayGrow: files.some((f) => f.kind === "stdin") };
}
