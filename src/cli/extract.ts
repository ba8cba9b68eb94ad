import { knownLanguages } from "../lang/registry.js";
import { BoilerplateFileError, readBoilerplateFile } from "../io/boilerplate-file.js";
import { InputNotFoundError } from "../io/list-inputs.js";
import { AUTO_POOL_BYTES } from "../io/auto-concurrency.js";
import { DEFAULT_MAX_DOC_BYTES, defaultConcurrency, run } from "../io/run.js";
import { CSV_DELIMITERS } from "../io/csv-format.js";
import type { Format } from "../io/sinks.js";
import { isoDateArg, listOf, oneOf, parse, positiveInt } from "./args.js";
import { CliError, EXIT, usage } from "./error.js";
import { progressReporter } from "./progress.js";

export const EXTRACT_HELP = `Usage: sitrep extract <file|dir|->... [options]

Reads articles (.txt with optional NAME.meta.json, .jsonl, .csv, .html/.htm;
folders recursively; "-" = JSONL on stdin) and writes events, counts,
documents, rejects and a manifest.

Options:
  --out DIR            output folder (default: output; "-" or stdin input
                       with no --out: tagged JSONL rows on stdout)
  --lang CODE          auto (default) or a language code to force: ${knownLanguages().join(", ")}
  --published DATE     YYYY-MM-DD, for documents that carry no date
  --format LIST        jsonl,csv,parquet (default jsonl,csv) for events and counts
  --csv-delimiter C    "," (default) or ";" (French/Spanish-locale spreadsheets)
  --concurrency N      threads running the pipeline; auto (default): ${defaultConcurrency()} = cores,
                       or 1 (the main thread) when the input files add up to
                       under ${AUTO_POOL_BYTES / 1024 / 1024} MiB (stdin: until ${AUTO_POOL_BYTES / 1024 / 1024} Mi characters of
                       text are read)
  --max-doc-bytes N    larger documents are rejected (default: ${DEFAULT_MAX_DOC_BYTES})
  --boilerplate FILE   your own boilerplate entries (JSON, see README)
  --stdin-name NAME    report stdin as file NAME (origins NAME#L<line>, ids
                       derived from NAME): a shard of NAME, see sitrep merge
  --line-offset N      add N to stdin line numbers (the shard's first line - 1)
  --deterministic      leave manifest.duration_ms null (reproducible manifest)
  --quiet              no summary line on stderr
  -h, --help           this help

Exit: 0 ok, 1 done but some rows went to rejects.jsonl, 2 usage,
3 input not found, 5 output cannot be written, 70 internal error.
`;

const FORMATS: readonly Format[] = ["jsonl", "csv", "parquet"];
const DEFAULT_FORMATS: readonly Format[] = ["jsonl", "csv"];

/** A bad boilerplate file stops the run before anything is written (exit 3). */
async function readBoilerplate(path: string): Promise<{ path: string; data: unknown }> {
  return readBoilerplateFile(path).catch((e: Error) => {
    throw e instanceof BoilerplateFileError ? new CliError(e.message, EXIT.input) : e;
  });
}

/** --stdin-name and --line-offset: how a shard read on stdin is reported. */
function stdinAs(name: string | undefined, offset: string | undefined): { name: string; lineOffset: number } | undefined {
  if (name === undefined && offset === undefined) return undefined;
  const lineOffset = offset === undefined || offset === "0" ? 0 : positiveInt("line-offset", offset, 0);
  return { name: name ?? "-", lineOffset };
}

export async function extractCommand(argv: string[]): Promise<number> {
  const { values: v, positionals } = parse(argv, {
    out: { type: "string", short: "o" },
    lang: { type: "string" },
    published: { type: "string" },
    format: { type: "string" },
    "csv-delimiter": { type: "string" },
    concurrency: { type: "string" },
    "max-doc-bytes": { type: "string" },
    boilerplate: { type: "string" },
    "stdin-name": { type: "string" },
    "line-offset": { type: "string" },
    deterministic: { type: "boolean" },
    quiet: { type: "boolean" },
  });
  if (v.help) {
    process.stdout.write(EXTRACT_HELP);
    return EXIT.ok;
  }
  if (positionals.length === 0) throw usage("extract needs at least one input file, folder or -");
  if (positionals.filter((p) => p === "-").length > 1) throw usage('"-" (stdin) may be given once');
  const toStdout = v.out === "-" || (v.out === undefined && positionals.every((p) => p === "-"));
  const formats = listOf("format", v.format as string | undefined, FORMATS, toStdout ? ["jsonl"] : DEFAULT_FORMATS);
  const fileOnly = formats.find((f) => f !== "jsonl");
  if (toStdout && fileOnly) throw usage(`${fileOnly === "csv" ? "CSV" : "Parquet"} output needs --out DIR (stdout carries JSONL only)`);
  const csvDelimiter = oneOf("csv-delimiter", v["csv-delimiter"] as string | undefined, CSV_DELIMITERS, ",");
  const lang = oneOf("lang", v.lang as string | undefined, ["auto", ...knownLanguages()], "auto");
  const out = toStdout ? null : ((v.out as string | undefined) ?? "output");
  const boilerplate = v.boilerplate === undefined ? undefined : await readBoilerplate(v.boilerplate as string);
  const progress = progressReporter();
  const stop = new AbortController();
  // Ctrl-C or a SIGTERM (a job scheduler, `timeout`): stop, discard the temporary files, keep the previous outputs.
  let signal = "";
  const onSignal = (name: NodeJS.Signals) => ((signal = name), stop.abort());
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    const result = await run({
      inputs: positionals,
      out,
      formats,
      csvDelimiter,
      lang,
      published: isoDateArg("published", v.published as string | undefined),
      concurrency: v.concurrency === undefined || v.concurrency === "auto" ? "auto" : positiveInt("concurrency", v.concurrency as string, defaultConcurrency()),
      maxDocBytes: positiveInt("max-doc-bytes", v["max-doc-bytes"] as string | undefined, DEFAULT_MAX_DOC_BYTES),
      deterministic: Boolean(v.deterministic),
      stdinAs: stdinAs(v["stdin-name"] as string | undefined, v["line-offset"] as string | undefined),
      boilerplate,
      onProgress: progress.update,
      signal: stop.signal,
    });
    progress.end();
    const d = result.documents;
    if (!v.quiet) {
      const where = out === null ? "stdout" : `${out}/`;
      const w = result.written;
      process.stderr.write(`sitrep: ${d.total} documents (${d.ok} ok, ${d.rejected} rejected), ${w.events ?? 0} events, ${w.counts ?? 0} counts, ${result.invalidRecords} invalid records → ${where}\n`);
    }
    return d.rejected > 0 || result.invalidRecords > 0 ? EXIT.rejected : EXIT.ok;
  } catch (e) {
    progress.end();
    if (e instanceof InputNotFoundError) throw new CliError(e.message, EXIT.input);
    if (stop.signal.aborted) throw new CliError(`interrupted (${signal}); previous outputs left as they were`, EXIT.interrupted);
    throw e;
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
}
