import { validateOutputs } from "../io/validate-outputs.js";
import { parse } from "./args.js";
import { CliError, EXIT, usage } from "./error.js";

export const VALIDATE_HELP = `Usage: sitrep validate DIR

Re-reads every output file in DIR (events/counts .jsonl and .csv,
documents.csv, rejects.jsonl, manifest.json) and checks each row against the
schemas. Prints one line per file; exit 0 when all rows are valid, 4 when any
is not, 3 when DIR is not a folder.
`;

export async function validateCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, {});
  if (values.help) {
    process.stdout.write(VALIDATE_HELP);
    return EXIT.ok;
  }
  if (positionals.length !== 1) throw usage("validate takes one folder");
  const dir = positionals[0];
  const checks = await validateOutputs(dir).catch((e: Error) => {
    throw new CliError(`cannot validate ${dir}: ${e.message}`, EXIT.input);
  });
  let bad = 0;
  for (const c of checks) {
    bad += c.violations;
    process.stdout.write(`${c.file.padEnd(15)} ${String(c.rows).padStart(8)} rows  ${c.violations === 0 ? "ok" : `${c.violations} problem(s)`}\n`);
    for (const p of c.problems) process.stdout.write(`  ${p}\n`);
  }
  process.stdout.write(bad === 0 ? `${dir}: all files valid\n` : `${dir}: ${bad} problem(s)\n`);
  return bad === 0 ? EXIT.ok : EXIT.invalid;
}
