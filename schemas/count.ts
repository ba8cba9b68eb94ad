import { z } from "zod";
import { Evidence } from "./evidence.js";
import { CountCategory, Qualifier } from "./taxonomy.js";

export const Count = z.object({
  doc_id: z.string().min(1),
  count_id: z.string().min(1),
  /** The event this count belongs to (a casualty or munition figure of that incident), if any. */
  event_id: z.string().nullable(),
  value: z.number().nonnegative(),
  /** Upper bound of a range ("entre 100 et 200"); null otherwise. */
  value_max: z.number().nonnegative().nullable(),
  qualifier: Qualifier,
  category: CountCategory,
  /** Head noun of what is counted ("soldats", "attacks"), null when the text elides it. */
  noun: z.string().nullable(),
  /** ISO 4217 currency for money counts. */
  currency: z.string().regex(/^[A-Z]{3}$/).nullable(),
  /** The span as written, e.g. "2 500 soldats américains". */
  text: z.string().min(1),
  evidence: Evidence,
});
export type Count = z.infer<typeof Count>;
