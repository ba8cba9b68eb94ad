/**
 * What the in-thread bench scripts (bench-stages.ts, bench-warmup.ts) share:
 * the built pipeline they measure, loaded from a dist directory, with the
 * CLI's run-time V8 flags set first, and the first documents of a corpus.
 */
import { createReadStream, existsSync } from "node:fs";
import { createInterface } from "node:readline";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { InputDocument } from "../schemas/index.js";

/** A whole number ≥ `min` from a command-line argument, or an error that names it. */
export function wholeArg(name: string, value: string, min = 1): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min) throw new Error(`${name}: "${value}" is not a whole number of at least ${min}`);
  return n;
}

/** The built modules the bench scripts run (DIST is e.g. dist/src), after the CLI's run-time V8 flags are set. */
export async function loadDist(dist: string) {
  const load = (rel: string) => import(pathToFileURL(resolve(join(dist, rel))).href);
  // A build older than src/cli/v8-flags.ts (BENCH_CLI=an older dist) runs with node's defaults for these flags.
  const flags: typeof import("../src/cli/v8-flags.js") | null = existsSync(join(dist, "cli/v8-flags.js")) ? await load("cli/v8-flags.js") : null;
  flags?.setRuntimeV8Flags();
  return {
    pipeline: (await load("pipeline.js")) as typeof import("../src/pipeline.js"),
    context: (await load("io/context.js")) as typeof import("../src/io/context.js"),
    record: (await load("io/record.js")) as typeof import("../src/io/record.js"),
    docRows: (await load("io/doc-rows.js")) as typeof import("../src/io/doc-rows.js"),
    render: (await load("io/render.js")) as typeof import("../src/io/render.js"),
    utf8: (await load("io/utf8.js")) as typeof import("../src/io/utf8.js"),
    run: (await load("io/run.js")) as typeof import("../src/io/run.js"),
  };
}

/** The first `n` non-blank lines of a JSONL corpus, read line by line, with their line numbers in the file. */
export async function firstLines(corpus: string, n: number): Promise<{ text: string; line: number }[]> {
  const out: { text: string; line: number }[] = [];
  let line = 0;
  for await (const text of createInterface({ input: createReadStream(corpus) })) {
    if (out.length >= n) break;
    line++;
    if (text.trim()) out.push({ text, line });
  }
  return out;
}

/** A corpus line as the CLI reads it: a document, or null for a record that fails. */
export function toDocument(record: typeof import("../src/io/record.js"), { text, line }: { text: string; line: number }): InputDocument | null {
  const doc = record.toInputDocument(JSON.parse(text), { origin: `bench#L${line}`, base: "bench", line });
  return record.isRecordFailure(doc) ? null : doc;
}

/** The documents of the first `n` non-blank lines of a JSONL corpus (records that fail skipped). */
export async function firstDocuments(record: typeof import("../src/io/record.js"), corpus: string, n: number): Promise<InputDocument[]> {
  const out: InputDocument[] = [];
  for (const l of await firstLines(corpus, n)) {
    const doc = toDocument(record, l);
    if (doc) out.push(doc);
  }
  return out;
}
