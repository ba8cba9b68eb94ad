import { z } from "zod";
import { Basis } from "./taxonomy.js";

/**
 * The evidence behind one extracted value: a half-open `[start, end)` span
 * into the normalised text, the index of the sentence it lies in, the rule
 * that produced the value, and whether the text states it or it was inferred.
 */
export const Evidence = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  sentence: z.number().int().nonnegative(),
  rule: z.string().min(1),
  basis: Basis,
});
export type Evidence = z.infer<typeof Evidence>;

/** A text span filling a role, with its evidence. */
export const Filler = z.object({
  text: z.string().min(1),
  evidence: Evidence,
});
export type Filler = z.infer<typeof Filler>;
