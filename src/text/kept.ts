import type { Span } from "../types.js";

/** The parts of `[0, length)` not covered by any skipped span, in order. Skipped spans may overlap and be unsorted. */
export function keptSpans(length: number, skipped: readonly Span[]): Span[] {
  const sorted = [...skipped].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  let at = 0;
  for (const s of sorted) {
    if (s.start > at) out.push({ start: at, end: Math.min(s.start, length) });
    at = Math.max(at, s.end);
  }
  if (at < length) out.push({ start: at, end: length });
  return out.filter((s) => s.end > s.start);
}

/** The kept text joined with "\n" (for statistics only: offsets are not preserved). */
export function keptText(text: string, skipped: readonly Span[]): string {
  return keptSpans(text.length, skipped)
    .map((s) => text.slice(s.start, s.end))
    .join("\n");
}
