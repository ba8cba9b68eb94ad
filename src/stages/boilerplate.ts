import { compileBoilerplate, type CompiledBoilerplate } from "../text/boilerplate-compile.js";
import { byStart } from "../text/span-search.js";
import { classifyLine, type Verdict } from "../text/boilerplate-classify.js";
import { captionAfterCredit, duplicates, growBanners, headLabels, readAlsoLink, tail, type Page } from "../text/boilerplate-context.js";
import { gatherFacts } from "../text/boilerplate-facts.js";
import { foldedText } from "../text/fold.js";
import { documentWords } from "../text/word-index.js";
import type { Skipped, Stage } from "../types.js";

/** Context rules, in order: each sees the verdicts of the previous ones. */
const CONTEXT = [captionAfterCredit, readAlsoLink, duplicates, growBanners, headLabels, tail];

/** Whole lines with the same verdict, separated only by blank lines, become one span (in text order). */
function toSpans(page: Page): Skipped[] {
  const out: Skipped[] = [];
  let prevRule: string | null = null;
  let last: Skipped | null = null;
  for (let i = 0; i < page.lines.length; i++) {
    const l = page.lines[i];
    if (l.lo === l.hi) continue;
    const v = page.verdicts[i];
    const rule = v ? v.rule : null;
    if (rule !== null && rule === prevRule && last) last.end = l.hi;
    else if (rule !== null) out.push((last = { start: l.lo, end: l.hi, rule: `boilerplate:${rule}` }));
    prevRule = rule;
  }
  return out;
}

/**
 * Finds scraped-page noise line by line with the boilerplate rules of every
 * loaded pack (the language is not known yet) and records it in `doc.skipped`
 * as `boilerplate:<rule>` spans over whole trimmed lines. Never edits the text.
 * Builds the document's word index (`doc.words`), which the later stages read.
 */
export const boilerplate: Stage = (doc, ctx) => {
  const packs: CompiledBoilerplate[] = [];
  for (const p of ctx.packs.values()) packs.push(p.memo("boilerplate", compileBoilerplate));
  const folded = foldedText(doc);
  // The words of the document, read here first and kept for the counts and events stages.
  const words = documentWords(doc, folded);
  const lines = gatherFacts(doc.text, folded, packs, words);
  const verdicts: (Verdict | null)[] = [];
  for (const l of lines) verdicts.push(classifyLine(l, doc.text, folded, packs));
  const page: Page = { text: doc.text, folded, lines, verdicts };
  for (const rule of CONTEXT) rule(page);
  const spans = toSpans(page);
  // The spans of toSpans are in text order: a sort is needed only to merge them with earlier ones.
  const skipped = doc.skipped.length === 0 ? spans : [...doc.skipped, ...spans].sort(byStart);
  return { ...doc, skipped, words };
};
