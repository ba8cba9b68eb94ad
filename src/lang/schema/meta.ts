import { z } from "zod";

/** The `meta.json` section: identity of the language and the words that drive detection and segmentation. */
export const MetaSection = z.strictObject({
  code: z.string().regex(/^[a-z]{2}$/),
  name: z.string(),
  /** Frequent function words, used to detect the language and to ignore words when scoring. */
  stopwords: z.array(z.string()).min(20),
  /** Abbreviations ending in a period that do not end a sentence ("M.", "Gen."). Written without the final period. */
  abbreviations: z.array(z.string()),
});
export type MetaSection = z.infer<typeof MetaSection>;
