/**
 * The shape of a synthetic-corpus language: sentence templates written for
 * this project (never copied from real articles). In a template, `{a|b|c}`
 * picks one alternative and `<slot>` is filled from the article's variables
 * (place, country, n, m, k, date, agency, outlet, ...).
 */
export interface Templates {
  lang: string;
  /** Places as [place, country]. */
  places: readonly (readonly [string, string])[];
  outlets: readonly string[];
  /** Date phrase for a day of the month and a month index (0-11), relative to the publication date. */
  date(day: number, month: number): string;
  titles: readonly string[];
  byline: readonly string[];
  credit: readonly string[];
  caption: readonly string[];
  follow: readonly string[];
  /** The opening incident paragraph. */
  incidents: readonly string[];
  /** Follow-up sentences: toll, claims, reactions. */
  details: readonly string[];
  /** Background sentences with figures (troops, attacks, money, displaced). */
  context: readonly string[];
  quotes: readonly string[];
  related: readonly string[];
  cookie: readonly string[];
}
