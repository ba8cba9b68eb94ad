import { z } from "zod";
import { CountCategory } from "../../../schemas/taxonomy.js";

const Words = z.array(z.string().min(1));

/**
 * A binding cue: a verb, participle or noun phrase that says what a nearby
 * number counts ("tués", "killing", "la muerte de"). `count` tells where the
 * number stands: before the cue ("38 people were killed"), after it ("kills
 * 38") or either. A "near" cue reaches 15 tokens; a "clause" cue the whole
 * clause ("parmi les blessés, ... six hommes").
 */
export const CountCue = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  category: CountCategory,
  count: z.enum(["before", "after", "either"]),
  reach: z.enum(["near", "clause"]).optional(),
  phrases: Words.min(1),
});
export type CountCue = z.infer<typeof CountCue>;

/**
 * The `counts.json` section: what numbers count in a language. Words and
 * phrases are matched on folded text; a trailing `*` allows up to four more
 * letters ("soldat*" → soldats).
 */
export const CountsSection = z.strictObject({
  /** Where the head noun sits in a noun phrase: first ("soldats américains") or last ("Somali soldiers"). */
  head: z.enum(["first", "last"]),
  /** Most words taken after a number as its noun phrase. */
  maxNounWords: z.number().int().min(1).max(6),
  /** Elided articles and prepositions written with an apostrophe ("d'", "l'"). */
  elisions: Words,
  /** Words linking a number to its noun ("3 millions de dollars", "a dozen of"). */
  links: Words,
  /** Words between a day number and its month ("5 de junio", "5th of June"): the number is a date. */
  monthLinks: Words,
  /** Determiners allowed after a link ("dix de nos hommes", "dos de ellos soldados"). */
  partitives: Words,
  /** Words that end a noun phrase (prepositions, auxiliaries), besides the pack's stop words. */
  nounBreaks: Words,
  /** Head nouns per category. */
  nouns: z.partialRecord(CountCategory, Words),
  /** Nouns whose category depends on the sentence ("quatre fois" is attacks in a sentence about attacks). */
  contextual: z.array(
    z.strictObject({ nouns: Words.min(1), category: CountCategory, when: Words.min(1), otherwise: CountCategory }),
  ),
  /** Currencies: words that head a noun phrase and symbols written before (or after) the number. */
  currencies: z.array(z.strictObject({ code: z.string().regex(/^[A-Z]{3}$/), words: Words, symbols: Words })),
  cues: z.array(CountCue),
  /** Words that open a new clause: a cue does not reach across them ("while", "alors que"). */
  clauseBreaks: Words,
  /** Agent prepositions: a cue does not bind a number introduced by one ("enlevé par une trentaine d'hommes"). */
  agents: Words,
  /** Auxiliaries and adverbs that may sit between "one"/"un" and its casualty verb ("un voisin a été tué"). */
  auxiliaries: Words,
  /** Determiners that make "two" mean "both" ("les deux pays"). */
  both: Words,
  /** Words or symbols right before a number that make it an identifier ("résolution 1701", "Boeing 737"). */
  identifiers: Words,
  /** Units right after a number that make it a measure, age, duration or percentage ("30 km", "25 ans", "10 %"). */
  units: Words,
});
export type CountsSection = z.infer<typeof CountsSection>;
