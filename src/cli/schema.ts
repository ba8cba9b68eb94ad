import { writeJsonSchemas } from "../io/json-schemas.js";
import { parse } from "./args.js";
import { EXIT, usage } from "./error.js";

export const SCHEMA_HELP = `Usage: sitrep schema --out DIR

Writes the JSON Schema (draft 2020-12) of every record sitrep reads or writes,
generated from the zod schemas: event, count, document, document-row,
reject, manifest (.schema.json).
`;

export async function schemaCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, { out: { type: "string", short: "o" } }, false);
  if (values.help) {
    process.stdout.write(SCHEMA_HELP);
    return EXIT.ok;
  }
  if (positionals.length > 0 || !values.out) throw usage("schema needs --out DIR");
  for (const path of await writeJsonSchemas(values.out as string)) process.stdout.write(`${path}\n`);
  return EXIT.ok;
}
