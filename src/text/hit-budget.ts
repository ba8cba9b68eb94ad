import type { Message, Span } from "../types.js";

/**
 * The work an extractor does per hit is bounded per sentence: prose names a
 * handful of actors, places or weapons in a sentence; a "sentence" holding
 * more than this many hits of one kind is a list, a table or text built to
 * be slow, and reading its first hits is all the coding it can get. Without
 * the bound, per-hit work (noun phrases, roles, place names) on 100 KB of
 * dense hits costs hundreds of milliseconds (docs/regex-safety.md, rule 8).
 */
export const MAX_HITS_PER_SENTENCE = 64;

/**
 * What a stage reports: how many times a sentence's hits of one kind were cut
 * to the budget, and where the first cut in the text was (the earliest, in
 * whatever order the stage read its sentences' matchers).
 */
export class BudgetReport {
  over = 0;
  first: Span | null = null;

  cut(where: Span): void {
    this.over++;
    if (!this.first || where.start < this.first.start) this.first = { start: where.start, end: where.end };
  }
}

/** The first MAX_HITS_PER_SENTENCE of `xs` (sorted by position), or `xs` itself when it holds no more; a cut of sentence `where` is counted in `report`. */
export function firstHits<T>(xs: T[], report?: BudgetReport, where?: Span): T[] {
  if (xs.length <= MAX_HITS_PER_SENTENCE) return xs;
  if (report && where) report.cut(where);
  return xs.slice(0, MAX_HITS_PER_SENTENCE);
}

/** The message a stage adds when some of its sentences went over the budget (counted in the manifest by rule), placed at the first one. */
export function budgetMessage(stage: string, rule: string, report: BudgetReport, what: string): Message {
  const reason = `${report.over} time(s) a sentence held more than ${MAX_HITS_PER_SENTENCE} ${what}: the first ${MAX_HITS_PER_SENTENCE} were read`;
  return { stage, rule, reason, ...(report.first ?? {}), fatal: false };
}
