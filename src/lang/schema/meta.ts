import { z } from "zod";

const word = z.string().trim().min(1);

const unique = (xs: readonly string[]) => new Set(xs).size === xs.length;

/** The `meta.json` section: identity of the language and the words that drive detection and segmentation. */
export const MetaSection = z.strictObject({
  code: z.string().regex(/^[a-z]{2}$/),
  name: z.string().min(1),
  /** The Unicode script of the language (`Latin`); text mostly in another script is not this language. */
  script: z.string().regex(/^[A-Z][a-z]+$/),
  /**
   * Frequent function words, used to detect the language and to ignore words when scoring.
   * Elided forms keep their apostrophe ("l'", "qu'"). Matched folded (case and accents ignored).
   */
  stopwords: z.array(word).min(20).refine(unique, "duplicate stop word"),
  /**
   * Abbreviations ending in a period that do not end a sentence ("M.", "Gen.", "U.S."), written
   * without the final period and matched case-sensitively. Single capital initials ("J.") are built in.
   */
  abbreviations: z
    .array(word.refine((a) => !a.endsWith("."), "write abbreviations without the final period"))
    .refine(unique, "duplicate abbreviation"),
});
export type MetaSection = z.infer<typeof MetaSection>;
