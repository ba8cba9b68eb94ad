import type { Span } from "../types.js";
import { byStart } from "./span-search.js";

function isSorted(spans: readonly Span[]): boolean {
  for (let i = 1; i < spans.length; i++) if (spans[i].start < spans[i - 1].start) return false;
  return true;
}

/** The parts of `[0, length)` not covered by any skipped span, in order. Skipped spans may overlap and be unsorted. */
export function keptSpans(length: number, skipped: readonly Span[]): Span[] {
  const sorted = isSorted(skipped) ? skipped : [...skipped].sort(byStart);
  const out: Span[] = [];
  let at = 0;
  for (const s of sorted) {
    const end = Math.min(s.start, length);
    if (s.start > at && end > at) out.push({ start: at, end });
    at = Math.max(at, s.end);
  }
  if (at < length) out.push({ start: at, end: length });
  return out;
}

/** The kept text joined with "\n" (for statistics only: offsets are not preserved). */
export function keptText(text: string, skipped: readonly Span[]): string {
  const parts: string[] = [];
  for (const s of keptSpans(text.length, skipped)) parts.push(text.slice(s.start, s.end));
  return parts.join("\n");
}
