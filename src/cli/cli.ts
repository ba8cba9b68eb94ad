/**
 * The `sitrep` command line: parses arguments and calls the library; nothing
 * else. Errors that reach the user are one line on stderr with an exit code
 * (src/cli/error.ts); anything else is an internal error (70).
 */
import { packageVersion } from "../io/package-info.js";
import { CliError, EXIT } from "./error.js";

/** A command module is loaded when its command runs (or its help is asked): start-up loads only what the run needs. */
type Command = { run: (argv: string[]) => Promise<number>; help: string };
const COMMANDS: Record<string, () => Promise<Command>> = {
  extract: async () => import("./extract.js").then((m) => ({ run: m.extractCommand, help: m.EXTRACT_HELP })),
  eval: async () => import("./eval.js").then((m) => ({ run: m.evalCommand, help: m.EVAL_HELP })),
  validate: async () => import("./validate.js").then((m) => ({ run: m.validateCommand, help: m.VALIDATE_HELP })),
  merge: async () => import("./merge.js").then((m) => ({ run: m.mergeCommand, help: m.MERGE_HELP })),
  schema: async () => import("./schema.js").then((m) => ({ run: m.schemaCommand, help: m.SCHEMA_HELP })),
};

const HELP = `Usage: sitrep <command> [options]

Raw news articles in, ACLED-style conflict events and counts out.

Commands:
  extract <file|dir|->...   read articles, write events/counts/documents/rejects
  eval --gold FILE          score the pipeline on a gold file
  validate DIR              check output files against the schemas
  merge SHARD... --out DIR  combine shard outputs (sitrep extract - per shard)
  schema --out DIR          write the JSON Schema files

Run "sitrep <command> --help" for its options. Exit codes: 0 ok, 1 some rows
rejected, 2 usage, 3 input not found or unreadable, 4 validation failed,
5 output cannot be written, 70 internal error.
`;

async function dispatch(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    (name === undefined ? process.stderr : process.stdout).write(rest[0] && COMMANDS[rest[0]] ? (await COMMANDS[rest[0]]()).help : HELP);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === "--version" || name === "-v") {
    process.stdout.write(`${packageVersion()}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) throw new CliError(`unknown command "${name}" (commands: ${Object.keys(COMMANDS).join(", ")}; see --help)`, EXIT.usage);
  return (await command()).run(rest);
}

const WRITE_ERRORS = new Set(["EACCES", "EPERM", "ENOSPC", "EROFS", "ENOTDIR", "EISDIR", "EEXIST", "EDQUOT"]);

function fail(e: unknown): number {
  if (e instanceof CliError) {
    process.stderr.write(`sitrep: ${e.message}\n`);
    return e.exitCode;
  }
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === "EPIPE") return EXIT.ok;
  // Inputs are read (and their errors mapped) before any output is written: a file-system error here is the output side.
  if (code && WRITE_ERRORS.has(code)) {
    process.stderr.write(`sitrep: cannot write output: ${(e as Error).message}\n`);
    return EXIT.output;
  }
  const err = e as Error;
  process.stderr.write(`sitrep: internal error: ${err?.message ?? String(e)}\n`);
  if (process.env.SITREP_DEBUG) process.stderr.write(`${err?.stack ?? ""}\n`);
  return EXIT.internal;
}

/** Runs one `sitrep` command line and returns its exit code; user errors are printed as one line on stderr. */
export async function cli(argv: string[]): Promise<number> {
  try {
    return await dispatch(argv);
  } catch (e) {
    return fail(e);
  }
}
