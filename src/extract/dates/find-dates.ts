import type { LanguagePack } from "../../lang/pack.js";
import { fold } from "../../text/fold.js";
import { parse, type Ymd } from "./calendar.js";
import { compileDates, type CompiledDates } from "./compile-dates.js";
import { DURATION_SENSITIVE, resolveDate, type DateParts, type Precision } from "./resolve-date.js";

export interface DateMention {
  start: number;
  end: number;
  text: string;
  /** YYYY-MM-DD; for week, month and year precision the first day of the period. */
  date: string;
  precision: Precision;
  /** "date:absolute", "date:day-month", "date:weekday", "date:weekday-past", "date:night", "date:relative-day", "date:ago", "date:period", "date:month", "date:month-year", "date:year". */
  rule: string;
  /** "stated" when the text gives the year; "inferred" when it was resolved against the publication date. */
  basis: "stated" | "inferred";
}

/**
 * Finds the date expressions of `text[from, to)` (a sentence) and resolves
 * them against `published` (YYYY-MM-DD or null). Spans are offsets into
 * `text`. Conventions:
 * - day and month without a year, weekdays, months: the latest such date on
 *   or before publication (the publication day itself included); a weekday
 *   with a past marker ("last Tuesday", "el pasado martes") is strictly before;
 * - a night "from Friday to Saturday" is dated by the day it ends (the
 *   template's `pick`), the day the news reports it, as the annotated dev set does;
 * - nothing resolves after `published`; with no publication date only
 *   mentions that state their year resolve;
 * - month, year and "ago" mentions right after a duration marker ("depuis",
 *   "desde hace") are the start of a duration and are dropped.
 * `foldedText`, when given, is `fold(text)` (computed once per document by the caller).
 */
export function findDates(text: string, from: number, to: number, pack: LanguagePack, published: string | null, foldedText?: string): DateMention[] {
  const c = pack.memo("dates", compileDates);
  const ref = published ? publishedDay(published) : null;
  // Folding is per unit (fold.ts): a slice of the folded text is the folded slice.
  const folded = foldedText === undefined ? fold(text.slice(from, to)) : foldedText.slice(from, to);
  const out: DateMention[] = [];
  c.re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = c.re.exec(folded))) {
    const parts = readParts(c, m, text, from);
    if (!parts) continue;
    const r = resolveDate(parts, ref);
    if (!r) continue;
    if (DURATION_SENSITIVE.has(r.kind) && afterDurationMarker(folded, m.index, c.durationMarkers)) continue;
    out.push({ start: from + m.index, end: from + m.index + m[0].length, text: text.slice(from + m.index, from + m.index + m[0].length), date: r.date, precision: r.precision, rule: `date:${r.kind}`, basis: r.basis });
  }
  return out;
}

/** The last publication date parsed, and its day: each sentence of a document resolves against the same one. */
let lastPublished: string | null = null;
let lastDay: Readonly<Ymd> | null = null;

function publishedDay(published: string): Readonly<Ymd> | null {
  if (published !== lastPublished) {
    const day = parse(published);
    lastDay = day && Object.freeze(day);
    lastPublished = published;
  }
  return lastDay;
}

function readParts(c: CompiledDates, m: RegExpExecArray, text: string, from: number): DateParts | null {
  const t = c.templates.find((x) => m[x.group] !== undefined);
  if (!t) return null;
  const p: DateParts = { days: [], weekdays: [], strict: t.template.strict ?? false, pick: t.template.pick ?? "first" };
  for (let i = 0; i < t.slots.length; i++) {
    const g = t.group + 1 + i;
    const v = m[g];
    if (v === undefined) continue;
    const slot = t.slots[i];
    const key = v.replace(/[ \t\u00a0\u202f]+/g, " ").replace(/\.$/, "");
    if ((slot === "m" || slot === "mx" || slot === "wd" || slot === "wd2") && c.capitalisedNames) {
      const first = text[from + (m.indices?.[g]?.[0] ?? 0)];
      if (first === first.toLowerCase()) return null;
    }
    if (slot === "d" || slot === "d2") p.days.push(/^[0-9]/.test(key) ? parseInt(key, 10) : c.dayWords.get(key)!);
    else if (slot === "m" || slot === "mx") p.month = c.months.get(key);
    else if (slot === "mo") p.month = parseInt(key, 10);
    else if (slot === "y") p.year = parseInt(key, 10);
    else if (slot === "wd" || slot === "wd2") p.weekdays.push(c.weekdays.get(key)!);
    else if (slot === "n") p.n = /^[0-9]/.test(key) ? parseInt(key, 10) : c.numbers.get(key);
    else if (slot === "unit") p.unit = c.units.get(key);
    else if (slot === "rel") p.relativeDay = c.relativeDays.get(key);
    else if (slot === "per") p.period = c.relativePeriods.get(key);
  }
  return p;
}

function afterDurationMarker(folded: string, start: number, markers: readonly string[]): boolean {
  const before = folded.slice(Math.max(0, start - 24), start).replace(/[ \t\u00a0\u202f]+/g, " ").trimEnd();
  return markers.some((mk) => before.endsWith(mk) && (before.length === mk.length || !/[\p{L}\p{N}]/u.test(before[before.length - mk.length - 1])));
}
