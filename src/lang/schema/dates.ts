import { z } from "zod";

/**
 * A date template: literal words (matched on folded text, so accents and case
 * do not matter), slots in braces and optional parts in brackets.
 *   {d} {d2} day of month, {m} month name, {mx} month name or abbreviation,
 *   {mo} month number, {y} year, {wd} {wd2} weekday, {n} small number,
 *   {unit} time unit, {rel} relative-day phrase, {per} relative-period phrase,
 *   {part} part of the day (ignored when resolving).
 *   `[ ... ]` optional, `(a|b)` alternatives, a space matches 1-3 spaces.
 * Templates are tried in order at each position: put the specific ones first.
 */
export const DateTemplate = z.strictObject({
  id: z.string().min(1),
  pattern: z.string().min(1),
  /** Weekday preceded/followed by a past marker ("last Tuesday"): strictly before publication. */
  strict: z.boolean().optional(),
  /** Two days or weekdays (a night "from Friday to Saturday"): which one dates the mention. */
  pick: z.enum(["first", "last"]).optional(),
});
export type DateTemplate = z.infer<typeof DateTemplate>;

const Unit = z.enum(["day", "week", "month", "year"]);

/** The `dates.json` section of a language pack. */
export const DatesSection = z.strictObject({
  /** Month names, January first; each entry lists spellings. */
  months: z.array(z.array(z.string().min(1)).min(1)).length(12),
  /** Abbreviations accepted next to a day number only ("15 janv.", "Sept 3"). */
  monthAbbreviations: z.array(z.array(z.string().min(1))).length(12),
  /** Weekday names, Monday first. */
  weekdays: z.array(z.array(z.string().min(1)).min(1)).length(7),
  /** Month and weekday names must start with a capital letter in the original text (English "May", "march"). */
  capitalisedNames: z.boolean(),
  ordinalSuffixes: z.array(z.string()),
  /** Day numbers written as words ("premier"). */
  dayWords: z.record(z.string(), z.number().int().min(1).max(31)),
  /** Small number words for "il y a dix jours". */
  numberWords: z.record(z.string(), z.number().int().min(1).max(100)),
  units: z.record(Unit, z.array(z.string().min(1))),
  /** "hier" -1, "aujourd'hui" 0: offset in days from publication. */
  relativeDays: z.array(z.strictObject({ phrase: z.string().min(1), offset: z.number().int().max(0) })),
  /** "la semaine dernière": a period of the given unit, offset from the publication's period. */
  relativePeriods: z.array(z.strictObject({ phrase: z.string().min(1), unit: Unit.exclude(["day"]), offset: z.number().int().max(0) })),
  dayParts: z.array(z.string().min(1)),
  /** Words right before a mention that make it the start of a duration ("depuis", "desde"): such month, year or "ago" mentions are dropped. */
  durationMarkers: z.array(z.string().min(1)),
  templates: z.array(DateTemplate).min(1),
});
export type DatesSection = z.infer<typeof DatesSection>;
