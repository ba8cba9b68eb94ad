import type { CompiledBoilerplate, Tag } from "./boilerplate-compile.js";
import { findPhrases } from "./boilerplate-phrases.js";
import { lineFrom, type Line } from "./lines.js";
import { symbolBounded } from "./symbol-find.js";
import type { WordIndex } from "./word-index.js";

/** What the phrase lexicons found on one line (from every pack). */
export interface LineFacts extends Line {
  /** Where the line's text starts after leading bullets, dashes and quotes. */
  lead: number;
  /** Distinct consent phrases on the line, in the pack that finds the most. */
  consent: number;
  follow: boolean;
  /** First `start` entry found at `lead`. */
  startTag: Tag | null;
  /** Leftmost `any` entry, and where. */
  anyTag: Tag | null;
  anyAt: number;
}

// Leading bullets, dashes, quotes and spaces before a line's text: - – — • · * > » « | # " ' space tab.
const LEAD_SKIP = new Set([0x2d, 0x2013, 0x2014, 0x2022, 0xb7, 0x2a, 0x3e, 0xbb, 0xab, 0x7c, 0x23, 0x22, 0x27, 0x20, 0x09]);

function factsOf(folded: string, start: number, end: number, lo: number, hi: number): LineFacts {
  let lead = lo;
  while (lead < hi && LEAD_SKIP.has(folded.charCodeAt(lead))) lead++;
  return { start, end, lo, hi, lead, consent: 0, follow: false, startTag: null, anyTag: null, anyAt: Infinity };
}

/** Index of the line holding offset `at` (binary search over line starts). */
function lineAt(lines: readonly Line[], at: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid].start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Files a `follow`, `start` or `any` hit under its line. */
function note(f: LineFacts, tag: Tag, at: number): void {
  const len = f.hi - f.lo;
  if (tag.kind === "follow") f.follow ||= at === f.lead && len <= tag.maxLength;
  else if (tag.kind === "start") {
    if (at === f.lead && len <= tag.maxLength) f.startTag ??= tag;
  } else if (len <= tag.maxLength && at < f.anyAt) {
    f.anyTag = tag;
    f.anyAt = at;
  }
}

/**
 * The lines of `text` as facts, a run of blank lines as one blank entry
 * (`lo === hi`) spanning the run: the context rules only ask whether a
 * neighbour is blank, and a page of blank lines costs one object, not one a line.
 */
function pageLines(text: string, folded: string): LineFacts[] {
  const out: LineFacts[] = [];
  let blankRun: LineFacts | null = null;
  for (let start = 0; ; ) {
    const { end, lo, hi } = lineFrom(text, start);
    if (lo < hi) {
      blankRun = null;
      out.push(factsOf(folded, start, end, lo, hi));
    } else if (blankRun) blankRun.end = end;
    else out.push((blankRun = factsOf(folded, start, end, start, start)));
    if (end === text.length) return out;
    start = end + 1;
  }
}

/** Splits `text` into lines, runs each pack's lexicon once over `folded` (its folded form; `index`, its words, when the caller has them) and files every hit under its line. Linear in the text. */
export function gatherFacts(text: string, folded: string, packs: readonly CompiledBoilerplate[], index?: WordIndex): LineFacts[] {
  const facts = pageLines(text, folded);
  const found = findPhrases(folded, packs, index);
  for (let j = 0; j < packs.length; j++) {
    const c = packs[j];
    let li = 0;
    const consent = new Map<number, Set<string>>();
    for (const m of found[j]) {
      while (facts[li].end < m.start) li++;
      for (const tag of m.value) {
        if (tag.kind !== "consent") note(facts[li], tag, m.start);
        else if (consent.has(li)) consent.get(li)!.add(tag.id);
        else consent.set(li, new Set([tag.id]));
      }
    }
    for (const [i, ids] of consent) facts[i].consent = Math.max(facts[i].consent, ids.size);
    for (const m of c.symbols.finder.findAll(folded)) {
      if (!symbolBounded(folded, m.at, m.phrase)) continue;
      const f = facts[lineAt(facts, m.at)];
      for (const tag of c.symbols.tags.get(m.phrase)!) note(f, tag, m.at);
    }
  }
  return facts;
}
