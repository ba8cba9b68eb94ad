import type { CountCategory, Qualifier } from "../../../schemas/taxonomy.js";

/** Where a mention's category comes from: its head noun, a cue word near it, the counts before it, or nothing. */
export type CategorySource = "noun" | "cue" | "context" | "default";

/**
 * One number in a sentence bound to what it counts. Offsets are half-open
 * `[start, end)` into the text given to `recogniseCounts` (the document text).
 */
export interface CountMention {
  /** Start of the number phrase ("2 500", "une dizaine"), qualifier excluded. */
  start: number;
  /** End of the counted noun phrase, or of the number when the noun is elided. */
  end: number;
  /** Start of the qualifier ("au moins") when there is one, else `start`. */
  qualifierStart: number;
  /** End of the number phrase (and of its range upper bound). */
  numberEnd: number;
  sentence: number;
  value: number;
  valueMax: number | null;
  qualifier: Qualifier;
  category: CountCategory;
  categorySource: CategorySource;
  /** Folded head noun ("soldats", "dollars"), null when elided. */
  noun: string | null;
  currency: string | null;
  /** How the number was read: "digits", "words", "collective", plus ":range" for ranges. */
  numberRule: string;
  /** How the category was found: "noun:troops", "cue:killed", "context", "default". */
  bindRule: string;
  text: string;
}
