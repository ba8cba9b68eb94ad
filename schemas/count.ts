import { z } from "zod";
import { Evidence } from "./evidence.js";
import { CountCategory, Qualifier } from "./taxonomy.js";

export const Count = z.object({
  doc_id: z.string().min(1).describe("Id of the source document (documents.csv)"),
  count_id: z.string().min(1).describe("Id of the count, `<doc_id>:c<n>`"),
  /** The event this count belongs to (a casualty or munition figure of that incident), if any. */
  event_id: z.string().nullable().describe("The event this figure belongs to, if any"),
  value: z.number().nonnegative().describe("The figure (lower bound of a range)"),
  /** Upper bound of a range ("entre 100 et 200"); null otherwise. */
  value_max: z.number().nonnegative().nullable().describe("Upper bound of a range; null otherwise"),
  qualifier: Qualifier.describe("How the text qualifies the figure"),
  category: CountCategory.describe("What is counted"),
  /** Head noun of what is counted ("soldats", "attacks"), null when the text elides it. */
  noun: z.string().nullable().describe("Head noun of what is counted; null when elided"),
  /** ISO 4217 currency for money counts. */
  currency: z.string().regex(/^[A-Z]{3}$/).nullable().describe("ISO 4217 currency of a money count"),
  /** The span as written, e.g. "2 500 soldats américains". */
  text: z.string().min(1).describe("The span as written"),
  evidence: Evidence.describe("Evidence of the count"),
});
export type Count = z.infer<typeof Count>;
