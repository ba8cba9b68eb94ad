import { compileBoilerplate } from "../text/boilerplate-compile.js";
import { classifyLine } from "../text/boilerplate-classify.js";
import { captionAfterCredit, duplicates, growBanners, headLabels, readAlsoLink, tail, type Page } from "../text/boilerplate-context.js";
import { gatherFacts } from "../text/boilerplate-facts.js";
import { fold } from "../text/fold.js";
import type { Skipped, Stage } from "../types.js";

/** Context rules, in order: each sees the verdicts of the previous ones. */
const CONTEXT = [captionAfterCredit, readAlsoLink, duplicates, growBanners, headLabels, tail];

/** Whole lines with the same verdict, separated only by blank lines, become one span. */
function toSpans(page: Page): Skipped[] {
  const out: Skipped[] = [];
  let prevRule: string | null = null;
  page.lines.forEach((l, i) => {
    if (l.lo === l.hi) return;
    const v = page.verdicts[i];
    const rule = v ? `boilerplate:${v.rule}` : null;
    const last = out[out.length - 1];
    if (rule && rule === prevRule && last) last.end = l.hi;
    else if (rule) out.push({ start: l.lo, end: l.hi, rule });
    prevRule = rule;
  });
  return out;
}

/**
 * Finds scraped-page noise line by line with the boilerplate rules of every
 * loaded pack (the language is not known yet) and records it in `doc.skipped`
 * as `boilerplate:<rule>` spans over whole trimmed lines. Never edits the text.
 */
export const boilerplate: Stage = (doc, ctx) => {
  const packs = [...ctx.packs.values()].map((p) => p.memo("boilerplate", compileBoilerplate));
  const folded = fold(doc.text);
  const lines = gatherFacts(doc.text, folded, packs);
  const page: Page = { text: doc.text, folded, lines, verdicts: lines.map((l) => classifyLine(l, doc.text, folded, packs)) };
  for (const rule of CONTEXT) rule(page);
  const skipped = [...doc.skipped, ...toSpans(page)].sort((a, b) => a.start - b.start);
  return { ...doc, skipped };
};
