/**
 * The `sitrep` command line: parses arguments and calls the library; nothing
 * else. Errors that reach the user are one line on stderr with an exit code
 * (src/cli/error.ts); anything else is an internal error (70).
 */
import { packageVersion } from "../io/package-info.js";
import { CliError, EXIT } from "./error.js";
import { evalCommand, EVAL_HELP } from "./eval.js";
import { extractCommand, EXTRACT_HELP } from "./extract.js";
import { mergeCommand, MERGE_HELP } from "./merge.js";
import { schemaCommand, SCHEMA_HELP } from "./schema.js";
import { validateCommand, VALIDATE_HELP } from "./validate.js";

const COMMANDS: Record<string, { run: (argv: string[]) => Promise<number>; help: string }> = {
  extract: { run: extractCommand, help: EXTRACT_HELP },
  eval: { run: evalCommand, help: EVAL_HELP },
  validate: { run: validateCommand, help: VALIDATE_HELP },
  merge: { run: mergeCommand, help: MERGE_HELP },
  schema: { run: schemaCommand, help: SCHEMA_HELP },
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
    (name === undefined ? process.stderr : process.stdout).write(rest[0] && COMMANDS[rest[0]] ? COMMANDS[rest[0]].help : HELP);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === "--version" || name === "-v") {
    process.stdout.write(`${packageVersion()}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) throw new CliError(`unknown command "${name}" (commands: ${Object.keys(COMMANDS).join(", ")}; see --help)`, EXIT.usage);
  return command.run(rest);
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
