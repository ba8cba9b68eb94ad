import { z } from "zod";
import { Basis } from "./taxonomy.js";

/**
 * The evidence behind one extracted value: a half-open `[start, end)` span
 * into the normalised text, the index of the sentence it lies in, the rule
 * that produced the value, and whether the text states it or it was inferred.
 */
export const Evidence = z.object({
  start: z.number().int().nonnegative().describe("Start offset of the span (UTF-16 code units into the normalised text)"),
  end: z.number().int().nonnegative().describe("End offset of the span, exclusive"),
  sentence: z.number().int().nonnegative().describe("Index of the sentence the span lies in, from 0"),
  rule: z.string().min(1).describe("Id of the rule that produced the value, e.g. `trigger:en.kill`"),
  basis: Basis.describe("`stated` in the text, or `inferred` from it (e.g. a date resolved against the publication date)"),
});
export type Evidence = z.infer<typeof Evidence>;

/** A text span filling a role, with its evidence. */
export const Filler = z.object({
  text: z.string().min(1).describe("The span as written"),
  evidence: Evidence,
});
export type Filler = z.infer<typeof Filler>;
