import { addDays, addMonths, compare, format, isValid, isoWeekday, lastWeekday, weekStart, type Ymd } from "./calendar.js";
import type { Unit } from "./compile-dates.js";

export type Precision = "day" | "week" | "month" | "year";

/** What a template match said, slot by slot, already looked up in the pack's tables. */
export interface DateParts {
  days: number[];
  month?: number;
  year?: number;
  weekdays: number[];
  n?: number;
  unit?: Unit;
  relativeDay?: number;
  period?: { unit: Exclude<Unit, "day">; offset: number };
  strict: boolean;
  pick: "first" | "last";
}

export interface Resolved {
  date: string;
  precision: Precision;
  /** Rule suffix: "absolute", "day-month", "weekday", ... */
  kind: string;
  basis: "stated" | "inferred";
}

/** Only these kinds say something before publication ("depuis juin", "desde hace tres meses") and are dropped after a duration marker. */
export const DURATION_SENSITIVE = new Set(["month", "month-year", "year", "ago", "period"]);

const done = (date: Ymd, precision: Precision, kind: string, basis: Resolved["basis"]): Resolved => ({ date: format(date), precision, kind, basis });

/** The latest `month`/`day` on or before `ref` (an inferred year); with a weekday ("mardi 19 février"), the latest year where it falls on that weekday, if any within seven years. */
function latestDayMonth(ref: Ymd, month: number, day: number, weekday?: number): Ymd | null {
  let first: Ymd | null = null;
  for (let y = ref.y; y > ref.y - 8; y--) {
    const c = { y, m: month, d: day };
    if (!isValid(c) || compare(c, ref) > 0) continue;
    if (weekday === undefined || isoWeekday(c) === weekday) return c;
    first ??= c;
  }
  return first;
}

/**
 * Resolves a match against the publication date. Returns null when the
 * mention cannot be resolved (relative without a reference, invalid day) or
 * falls after the publication date.
 */
export function resolveDate(p: DateParts, published: Ymd | null): Resolved | null {
  const r = resolveAny(p, published);
  if (!r || !published) return r;
  return r.date <= format(published) ? r : null;
}

function resolveAny(p: DateParts, ref: Ymd | null): Resolved | null {
  const day = p.pick === "last" ? p.days[p.days.length - 1] : p.days[0];
  if (p.year !== undefined && p.month !== undefined && day !== undefined) {
    const c = { y: p.year, m: p.month, d: day };
    return isValid(c) ? done(c, "day", p.days.length > 1 ? "night" : "absolute", "stated") : null;
  }
  if (p.year !== undefined && p.month !== undefined) return done({ y: p.year, m: p.month, d: 1 }, "month", "month-year", "stated");
  if (p.year !== undefined && !p.weekdays.length) return done({ y: p.year, m: 1, d: 1 }, "year", "year", "stated");
  if (!ref) return null;
  if (p.month !== undefined && day !== undefined) {
    const c = latestDayMonth(ref, p.month, day, p.days.length === 1 ? p.weekdays[0] : undefined);
    return c ? done(c, "day", p.days.length > 1 ? "night" : "day-month", "inferred") : null;
  }
  if (p.month !== undefined) {
    const y = p.month <= ref.m ? ref.y : ref.y - 1;
    return done({ y, m: p.month, d: 1 }, "month", "month", "inferred");
  }
  if (p.weekdays.length > 1) {
    // A night "from Friday to Saturday": its end is the latest such day on or before publication.
    const last = p.weekdays[p.weekdays.length - 1];
    const end = lastWeekday(ref, last);
    const date = p.pick === "last" ? end : addDays(end, -((last - p.weekdays[0] + 7) % 7));
    return done(date, "day", "night", "inferred");
  }
  if (p.weekdays.length === 1) return done(lastWeekday(ref, p.weekdays[0], p.strict), "day", p.strict ? "weekday-past" : "weekday", "inferred");
  if (p.relativeDay !== undefined) return done(addDays(ref, p.relativeDay), "day", "relative-day", "inferred");
  if (p.n !== undefined && p.unit) return ago(ref, p.n, p.unit);
  if (p.period) {
    const { unit, offset } = p.period;
    if (unit === "week") return done(weekStart(addDays(ref, 7 * offset)), "week", "period", "inferred");
    if (unit === "month") return done(addMonths(ref, offset), "month", "period", "inferred");
    return done({ y: ref.y + offset, m: 1, d: 1 }, "year", "period", "inferred");
  }
  return null;
}

function ago(ref: Ymd, n: number, unit: Unit): Resolved {
  if (unit === "day") return done(addDays(ref, -n), "day", "ago", "inferred");
  if (unit === "week") return done(addDays(ref, -7 * n), "week", "ago", "inferred");
  if (unit === "month") return done(addMonths(ref, -n), "month", "ago", "inferred");
  return done({ y: ref.y - n, m: 1, d: 1 }, "year", "ago", "inferred");
}
