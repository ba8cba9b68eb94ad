import type { PairScore } from "./align-events.js";
import type { DocDetails } from "./details.js";
import type { DocReport, EvalReport } from "./evaluate.js";

const show = (v: string | number | null): string => (v === null ? "null" : String(v));
const quote = (s: string): string => JSON.stringify(s);
const item = (kind: string, rest: string): string => `  ${kind.padEnd(17)}${rest}`;
const singular = (role: string): string => role.replace(/s$/, "");

function why(s: PairScore): string {
  const parts = [s.sub_event_type && "sub_event_type", s.date && "date", s.location && "location", s.roles > 0 && `${s.roles} role filler(s)`];
  return parts.filter(Boolean).join(", ");
}

const event = (e: { event_type: string; sub_event_type: string; date: string | null; location: string | null }): string =>
  `${e.event_type} / ${e.sub_event_type}, date ${show(e.date)}, location ${e.location === null ? "none" : quote(e.location)}`;

function explainDetails(d: DocDetails): string[] {
  const lines: string[] = [];
  for (const a of d.alignment) lines.push(item("aligned", `gold[${a.gold_event}] ~ ${a.event_id} (${why(a.score)})`));
  for (const m of d.mismatches) {
    lines.push(item("wrong field", `gold[${m.gold_event}] ~ ${m.event_id} ${m.field}: gold ${show(m.gold)}, predicted ${show(m.predicted)}`));
  }
  for (const e of d.missed.events) lines.push(item("missed event", `gold[${e.gold_event}] ${event(e)}`));
  for (const f of d.missed.fillers) lines.push(item(`missed ${singular(f.role)}`, `gold[${f.gold_event}] ${f.forms.map(quote).join(" | ")}`));
  for (const c of d.missed.counts) lines.push(item("missed count", `${c.value} ${c.category} ${quote(c.text)}`));
  for (const e of d.false.events) lines.push(item("false event", `${e.event_id} ${event(e)} [${e.rule}] ${quote(e.text)}`));
  for (const f of d.false.fillers) lines.push(item(`false ${singular(f.role)}`, `${f.event_id} ${quote(f.text)} [${f.rule}]`));
  for (const c of d.false.counts) {
    const hint = c.gold_category === null ? "" : ` (gold has this value as ${c.gold_category})`;
    lines.push(item("false count", `${c.value} ${c.category} ${quote(c.text)} [${c.rule}]${hint}`));
  }
  return lines;
}

function explainDoc(doc: DocReport): string[] {
  const s = doc.scores;
  const counts = s.prf.counts;
  const head =
    `# ${doc.id} (${doc.lang}) events: gold ${s.gold_events}, predicted ${s.predicted_events}, aligned ${s.prf.events.tp}; ` +
    `counts: gold ${counts.tp + counts.fn}, predicted ${counts.tp + counts.fp}, matched ${counts.tp}`;
  const lines = [head];
  if (doc.rejected !== null) lines.push(item("rejected", doc.rejected));
  if (doc.predicted_lang !== doc.lang) lines.push(item("language", `gold ${doc.lang}, pipeline ${show(doc.predicted_lang)}`));
  if (!doc.details) lines.push("  (no details: evaluate with { explain: true })");
  else {
    const body = explainDetails(doc.details);
    const clean = body.every((l) => l.startsWith(item("aligned", "")));
    lines.push(...body, ...(clean ? ["  nothing missed, nothing false"] : []));
  }
  return lines;
}

/**
 * Per document, in gold-file order: the alignment, the fields an aligned pair
 * got wrong, the gold items missed (events, role entities, counts) and the
 * predicted items that matched nothing, each with the rule that produced it
 * and its text. Gold events are `gold[i]` (0-based index in the document).
 */
export function formatExplain(report: EvalReport): string {
  return report.documents.map((d) => explainDoc(d).join("\n")).join("\n\n") + "\n";
}
