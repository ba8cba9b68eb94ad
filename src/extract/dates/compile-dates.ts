import type { LanguagePack } from "../../lang/pack.js";
import type { DatesSection, DateTemplate } from "../../lang/schema/dates.js";
import { foldPhrase } from "../../text/fold.js";
import { alternation, compileTemplate } from "./template.js";

export type Unit = "day" | "week" | "month" | "year";

/** The date data of a pack compiled once: one sticky-free global regex and folded lookup tables. */
export interface CompiledDates {
  re: RegExp;
  templates: { template: DateTemplate; slots: string[]; group: number }[];
  months: Map<string, number>;
  weekdays: Map<string, number>;
  dayWords: Map<string, number>;
  numbers: Map<string, number>;
  units: Map<string, Unit>;
  relativeDays: Map<string, number>;
  relativePeriods: Map<string, { unit: Exclude<Unit, "day">; offset: number }>;
  durationMarkers: string[];
  capitalisedNames: boolean;
}

function table<V>(entries: Iterable<[string, V]>): Map<string, V> {
  const out = new Map<string, V>();
  for (const [k, v] of entries) out.set(foldPhrase(k), v);
  return out;
}

function indexed(lists: readonly (readonly string[])[], base: number): [string, number][] {
  return lists.flatMap((names, i) => names.map((n) => [n, i + base] as [string, number]));
}

export function compileDates(pack: LanguagePack): CompiledDates {
  const data = pack.data.dates as DatesSection;
  const months = table(indexed(data.months, 1));
  const abbreviations = table(indexed(data.monthAbbreviations, 1));
  const weekdays = table(indexed(data.weekdays, 0));
  const dayWords = table(Object.entries(data.dayWords));
  const numbers = table(Object.entries(data.numberWords));
  const units = table(Object.entries(data.units).flatMap(([u, words]) => words.map((w) => [w, u as Unit] as [string, Unit])));
  const relativeDays = table(data.relativeDays.map((r) => [r.phrase, r.offset] as [string, number]));
  const relativePeriods = table(data.relativePeriods.map((r) => [r.phrase, { unit: r.unit, offset: r.offset }] as [string, { unit: Exclude<Unit, "day">; offset: number }]));
  for (const [k, v] of abbreviations) if (!months.has(k)) months.set(k, v);

  const suffix = data.ordinalSuffixes.length ? `(?:${alternation(data.ordinalSuffixes.map(foldPhrase))})?` : "";
  const day = `(?:[12][0-9]|3[01]|0?[1-9])(?![0-9])${suffix}|${alternation(dayWords.keys())}`;
  const weekday = alternation(weekdays.keys());
  const slotSources: Record<string, string> = {
    d: day,
    d2: day,
    m: alternation(data.months.flat().map(foldPhrase)),
    mx: `${alternation(data.months.flat().map(foldPhrase))}|(?:${alternation(data.monthAbbreviations.flat().map(foldPhrase))})(?:\\.(?![0-9]))?`,
    mo: "0?[1-9]|1[0-2]",
    y: "(?:1[89]|20)[0-9]{2}(?![0-9])",
    wd: weekday,
    wd2: weekday,
    n: `[0-9]{1,3}|${alternation(numbers.keys())}`,
    unit: alternation(units.keys()),
    rel: alternation(relativeDays.keys()),
    per: alternation(relativePeriods.keys()),
    part: alternation(data.dayParts.map(foldPhrase)),
  };

  const templates: CompiledDates["templates"] = [];
  const alts: string[] = [];
  let group = 1;
  for (const template of data.templates) {
    const { source, slots } = compileTemplate(foldPhrase(template.pattern), slotSources);
    templates.push({ template, slots, group });
    alts.push(`(${source})`);
    group += 1 + slots.length;
  }
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts.join("|")})(?![\\p{L}\\p{N}])`, "dgu");
  return {
    re,
    templates,
    months,
    weekdays,
    dayWords,
    numbers,
    units,
    relativeDays,
    relativePeriods,
    durationMarkers: data.durationMarkers.map(foldPhrase),
    capitalisedNames: data.capitalisedNames,
  };
}
