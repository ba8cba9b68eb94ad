/**
 * Calendar arithmetic on `YYYY-MM-DD` strings, in UTC: no clock, no time zone.
 * Weekdays are ISO (0 = Monday ... 6 = Sunday).
 */

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const DAY_MS = 86_400_000;
const pad = (n: number, w = 2) => String(n).padStart(w, "0");

export function format({ y, m, d }: Ymd): string {
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

export function parse(iso: string): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const ymd = { y: +m[1], m: +m[2], d: +m[3] };
  return isValid(ymd) ? ymd : null;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValid({ y, m, d }: Ymd): boolean {
  return Number.isInteger(y) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function toMs({ y, m, d }: Ymd): number {
  return Date.UTC(y, m - 1, d);
}

function fromMs(ms: number): Ymd {
  const t = new Date(ms);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function addDays(date: Ymd, days: number): Ymd {
  return fromMs(toMs(date) + days * DAY_MS);
}

/** First day of the month `months` months away from `date`'s month. */
export function addMonths(date: Ymd, months: number): Ymd {
  const index = date.y * 12 + (date.m - 1) + months;
  return { y: Math.floor(index / 12), m: (index % 12) + 1, d: 1 };
}

export function isoWeekday(date: Ymd): number {
  return (new Date(toMs(date)).getUTCDay() + 6) % 7;
}

/** The Monday of `date`'s ISO week. */
export function weekStart(date: Ymd): Ymd {
  return addDays(date, -isoWeekday(date));
}

/** The latest `weekday` on or before `ref` (strictly before when `strict`). */
export function lastWeekday(ref: Ymd, weekday: number, strict = false): Ymd {
  let back = (isoWeekday(ref) - weekday + 7) % 7;
  if (strict && back === 0) back = 7;
  return addDays(ref, -back);
}

export function compare(a: Ymd, b: Ymd): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}
