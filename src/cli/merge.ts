import { CSV_DELIMITERS } from "../io/csv-format.js";
import { merge } from "../io/merge.js";
import type { Format } from "../io/sinks.js";
import { listOf, oneOf, parse } from "./args.js";
import { CliError, EXIT, usage } from "./error.js";

export const MERGE_HELP = `Usage: sitrep merge <file|dir>... --out DIR [--format LIST] [--csv-delimiter C] [--concat]

Combines shard outputs (the tagged JSONL rows of "sitrep extract -", one file
per shard, or folders of such .jsonl files) into one set of output files:
events/counts (--format, default jsonl,csv), documents.csv, rejects.jsonl and
manifest.json, in input order. Order comes from the documents' origins: run
each shard with --stdin-name FILE --line-offset N (see README, "Scale"), or
give --concat to keep shards whole in the order given (Spark part files).
Exit: 0 ok, 1 some rows are rejects, 2 usage, 3 a shard is missing or not
tagged JSONL.
`;

const FORMATS: readonly Format[] = ["jsonl", "csv", "parquet"];

export async function mergeCommand(argv: string[]): Promise<number> {
  const { values: v, positionals } = parse(argv, { out: { type: "string", short: "o" }, format: { type: "string" }, "csv-delimiter": { type: "string" }, concat: { type: "boolean" } });
  if (v.help) {
    process.stdout.write(MERGE_HELP);
    return EXIT.ok;
  }
  if (positionals.length === 0) throw usage("merge needs at least one shard file or folder");
  if (typeof v.out !== "string") throw usage("merge needs --out DIR");
  const formats = listOf("format", v.format as string | undefined, FORMATS, ["jsonl", "csv"]);
  const csvDelimiter = oneOf("csv-delimiter", v["csv-delimiter"] as string | undefined, CSV_DELIMITERS, ",");
  const manifest = await merge({ inputs: positionals, out: v.out, formats, csvDelimiter, concat: Boolean(v.concat) }).catch((e: NodeJS.ErrnoException) => {
    if (e.code === "ENOENT" || e instanceof SyntaxError || /expected a row tagged/.test(e.message)) throw new CliError(`cannot merge: ${e.message}`, EXIT.input);
    throw e;
  });
  const w = manifest.stages.write;
  process.stderr.write(`sitrep: merged ${manifest.inputs.length} shards: ${manifest.documents.total} documents, ${w.events} events, ${w.counts} counts → ${v.out}/\n`);
  return manifest.documents.rejected > 0 || w.rejects > 0 ? EXIT.rejected : EXIT.ok;
}
