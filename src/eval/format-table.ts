import type { EvalReport } from "./evaluate.js";
import type { Accuracy, Prf, Scores } from "./scores.js";
import { ACCURACY_METRICS, PRF_METRICS, type PrfMetric } from "./tally.js";

const LABEL = 20;
const CELL = 7;
const GROUP = 3 * CELL;

const LABELS: Partial<Record<PrfMetric, string>> = { counts_value_only: "counts (value only)" };

/** A ratio as a percentage with one decimal; "-" when undefined (nothing to score). */
const pct = (x: number | null): string => (x === null ? "-" : (100 * x).toFixed(1));

const row = (label: string, cells: string[]): string => (label.padEnd(LABEL) + cells.join("")).trimEnd();

const prfCells = (p: Prf): string => [p.precision, p.recall, p.f1].map((x) => pct(x).padStart(CELL)).join("");

const accCell = (a: Accuracy): string => `${pct(a.accuracy)} (${a.correct}/${a.total})`.padStart(GROUP);

const numCell = (n: number): string => String(n).padStart(GROUP);

/**
 * The report as a plain-text table: one row per metric, one column group per
 * set of documents (all, then each language). Detection, roles and counts
 * show precision, recall and F1 in percent; field rows show accuracy over
 * aligned event pairs with correct/total; "-" marks a ratio with nothing to
 * divide by.
 */
export function formatTable(report: EvalReport): string {
  const columns: [string, Scores][] = [["all", report.all], ...report.languages.map((l): [string, Scores] => [l, report.by_lang[l]])];
  const each = (f: (s: Scores) => string): string[] => columns.map(([, s]) => f(s));
  const lines = [
    row("", columns.map(([name]) => name.padStart(GROUP))),
    row("documents", each((s) => numCell(s.docs))),
    row("gold events", each((s) => numCell(s.gold_events))),
    row("predicted events", each((s) => numCell(s.predicted_events))),
    row("gold counts", each((s) => numCell(s.prf.counts.tp + s.prf.counts.fn))),
    row("predicted counts", each((s) => numCell(s.prf.counts.tp + s.prf.counts.fp))),
    "",
    row("", each(() => ["P", "R", "F1"].map((h) => h.padStart(CELL)).join(""))),
    ...PRF_METRICS.map((m) => row(LABELS[m] ?? m, each((s) => prfCells(s.prf[m])))),
    "",
    row("accuracy (aligned)", []),
    ...ACCURACY_METRICS.map((m) => row(`  ${m}`, each((s) => accCell(s.accuracy[m])))),
  ];
  return lines.join("\n") + "\n";
}
