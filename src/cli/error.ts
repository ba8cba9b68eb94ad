/** Exit codes of the `sitrep` command (README "Exit codes"). */
export const EXIT = {
  ok: 0,
  /** The run finished but wrote rows to rejects.jsonl (rejected documents or invalid records). */
  rejected: 1,
  usage: 2,
  /** An input (or gold file) does not exist, cannot be read or is not in the expected format. */
  input: 3,
  /** `sitrep validate` found rows that do not match the schemas. */
  invalid: 4,
  /** An output folder or file cannot be written (permissions, full disk, a file where a folder should be). */
  output: 5,
  internal: 70,
  /** Stopped by Ctrl-C (128 + SIGINT). */
  interrupted: 130,
} as const;

/** An error meant for the user: one line on stderr and an exit code; no stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.internal,
  ) {
    super(message);
    this.name = "CliError";
  }
}

export const usage = (message: string) => new CliError(`${message} (see --help)`, EXIT.usage);
