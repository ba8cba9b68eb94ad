import { evaluate, formatExplain, formatTable, GoldFormatError } from "../eval/index.js";
import { GoldReadError, readGold, writeEvalReport } from "../io/eval-files.js";
import { createContext } from "../pipeline.js";
import { parse } from "./args.js";
import { CliError, EXIT, usage } from "./error.js";

export const EVAL_HELP = `Usage: sitrep eval --gold FILE [--out DIR] [--explain]

Runs the pipeline on a gold file (JSONL, ../shared/eval/FORMAT.md) and prints
precision/recall/F1 per language and overall.

Options:
  --gold FILE   the gold annotations (required)
  --out DIR     also write the report as DIR/eval.json
  --explain     list, per document, what was missed and what was false
`;

export async function evalCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, { gold: { type: "string" }, out: { type: "string", short: "o" }, explain: { type: "boolean" } }, false);
  if (values.help) {
    process.stdout.write(EVAL_HELP);
    return EXIT.ok;
  }
  if (positionals.length > 0 || !values.gold) throw usage("eval needs --gold FILE");
  const file = values.gold as string;
  let gold;
  try {
    gold = await readGold(file);
  } catch (e) {
    if (e instanceof GoldReadError) throw new CliError(e.message, EXIT.input);
    if (!(e instanceof GoldFormatError)) throw e;
    const first = e.issues[0];
    throw new CliError(`${file}: invalid gold file, ${e.issues.length} problem(s); first: line ${first.line}: ${first.message}`, EXIT.input);
  }
  const report = evaluate(gold, createContext({ lang: "auto" }), { explain: Boolean(values.explain) });
  process.stdout.write(formatTable(report));
  if (values.explain) process.stdout.write(`\n${formatExplain(report)}`);
  if (values.out) process.stderr.write(`sitrep: report written to ${await writeEvalReport(values.out as string, report)}\n`);
  return EXIT.ok;
}
