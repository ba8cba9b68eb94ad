import type { LineFacts } from "./boilerplate-facts.js";
import type { Verdict } from "./boilerplate-classify.js";
import { endsSentence, wordCount } from "./lines.js";

/** The lines with their verdicts so far; context rules fill in `verdicts` (null = kept). */
export interface Page {
  text: string;
  folded: string;
  lines: readonly LineFacts[];
  verdicts: (Verdict | null)[];
}

/** Longest line that may be a duplicate. */
const DUPLICATE_MAX = 200;
const YEAR = /(?<!\p{N})(?:19|20)\p{N}{2}(?!\p{N})/u;
const QUOTE = /[«»“”"]/u;
const raw = (p: Page, i: number) => p.text.slice(p.lines[i].lo, p.lines[i].hi);
const blank = (p: Page, i: number) => p.lines[i].lo === p.lines[i].hi;
const kept = (p: Page, i: number) => !blank(p, i) && p.verdicts[i] === null;
const mark = (p: Page, i: number, rule: string) => (p.verdicts[i] = { rule, button: false });

/** A title-like line: short, few words, no sentence punctuation at the end. */
export function isLabel(s: string, maxWords = 8): boolean {
  return s.length <= 80 && !endsSentence(s) && wordCount(s) <= maxWords;
}

function nextNonBlank(p: Page, i: number): number {
  let j = i + 1;
  while (j < p.lines.length && blank(p, j)) j++;
  return j;
}

/** A short line holding a year right under a photo credit describes the photo ("Soldiers on 29 March 2020 in Iraq."). */
export function captionAfterCredit(p: Page): void {
  for (let i = 0; i + 1 < p.lines.length; i++) {
    if (p.verdicts[i]?.rule !== "photo-credit" || !kept(p, i + 1)) continue;
    const s = raw(p, i + 1);
    if (s.length <= 200 && YEAR.test(s) && !QUOTE.test(s)) mark(p, i + 1, "caption");
  }
}

/** A bare "Read also" line announces a link: the following title-like line is the link. */
export function readAlsoLink(p: Page): void {
  for (let i = 0; i < p.lines.length; i++) {
    if (p.verdicts[i]?.rule !== "read-also" || wordCount(raw(p, i)) > 4) continue;
    const j = nextNonBlank(p, i);
    if (j < p.lines.length && kept(p, j) && isLabel(raw(p, j), 20)) mark(p, j, "read-also");
  }
}

/** `line` is one of the `early` lines followed by at most 80 more units. */
function extendsEarly(line: string, early: readonly string[]): boolean {
  for (const e of early) if (line.startsWith(e) && line.length - e.length <= 80) return true;
  return false;
}

/**
 * A title-like line repeating an earlier line, or an early kept line followed by a short
 * unpunctuated tail (a headline reprinted above its photo), is a duplicate. Repeated
 * sentences are kept: scrapers duplicate paragraphs and each mention counts.
 */
export function duplicates(p: Page): void {
  const seen = new Set<string>();
  const early: string[] = [];
  for (let i = 0; i < p.lines.length; i++) {
    if (blank(p, i)) continue;
    const f = p.lines[i];
    const line = p.folded.slice(f.lo, f.hi);
    const s = raw(p, i);
    if (kept(p, i) && s.length <= DUPLICATE_MAX && !endsSentence(s)) {
      if (seen.has(line) || extendsEarly(line, early)) mark(p, i, "duplicate-line");
    }
    // Only lines that may be looked up are remembered (folded and raw lines have the same length).
    if (line.length <= DUPLICATE_MAX) seen.add(line);
    if (kept(p, i) && early.length < 8 && line.length >= 20) early.push(line);
  }
}

/** A blank line, a line with a consent phrase or a line of buttons may join an adjacent banner. */
const joinsBanner = (p: Page, i: number) => blank(p, i) || p.lines[i].consent > 0 || p.verdicts[i]?.button === true;

/** A consent banner grows over adjacent lines that hold one consent phrase or are buttons ("OK"). */
export function growBanners(p: Page): void {
  const n = p.lines.length;
  for (const step of [1, -1]) {
    let inBanner = false;
    for (let k = 0; k < n; k++) {
      const i = step === 1 ? k : n - 1 - k;
      if (p.verdicts[i]?.rule === "cookie-banner") inBanner = true;
      else if (inBanner && joinsBanner(p, i)) {
        if (!blank(p, i)) mark(p, i, "cookie-banner");
      } else inBanner = false;
    }
  }
}

/** Lines of one or two words above the headline are site names and section labels ("Internacional"). */
export function headLabels(p: Page): void {
  const labels: number[] = [];
  for (let i = 0; i < p.lines.length; i++) {
    if (!kept(p, i)) continue;
    const s = raw(p, i);
    if (!isLabel(s, 2)) {
      for (const j of labels) mark(p, j, "label");
      return;
    }
    labels.push(i);
  }
}

/** Title-like lines after the last real paragraph, among other boilerplate, are page furniture (slogans, menus). */
export function tail(p: Page): void {
  const candidates: number[] = [];
  let sawRule = false;
  for (let i = p.lines.length - 1; i >= 0; i--) {
    if (blank(p, i)) continue;
    if (p.verdicts[i] !== null) sawRule = true;
    else if (isLabel(raw(p, i))) candidates.push(i);
    else break;
  }
  if (sawRule) for (const i of candidates) mark(p, i, "tail");
}
