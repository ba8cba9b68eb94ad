import type { Token } from "../../text/tokens.js";
import { firstStartingFrom, overlapsAny, type TokenRange } from "../../text/span-search.js";
import type { Span } from "../../types.js";
import { startsUpperLower } from "../../text/char-tests.js";

const MAX_NAME_WORDS = 5;
const isCapitalised = (t: Token) => t.kind === "word" && startsUpperLower(t.text);

/** Only one or two spaces (tab, no-break space) between tokens `a` and `b`. */
function spaced(text: string, a: Token, b: Token): boolean {
  if (b.start <= a.end || b.start - a.end > 2) return false;
  for (let i = a.end; i < b.start; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0xa0) return false;
  }
  return true;
}

function overlapsSome(lists: readonly (readonly Span[])[], span: Span): boolean {
  for (const xs of lists) if (overlapsAny(xs, span)) return true;
  return false;
}

/**
 * Proper names of people in a sentence: runs of two to five capitalised words
 * (with name particles between: "Abu Bakr al Baghdadi") separated by spaces
 * only, not at the start of the sentence, not an acronym, and not overlapping
 * a span of `exclude` (lists of sorted, disjoint spans: places, lexicon hits, triggers). "Francis Collomp", "Haji Abdul Jabbar".
 */
export function personNames(text: string, tokens: readonly Token[], particles: ReadonlySet<string>, exclude: readonly (readonly Span[])[]): Span[] {
  const out: Span[] = [];
  for (let k = 1; k < tokens.length; k++) {
    if (!isCapitalised(tokens[k]) || isCapitalised(tokens[k - 1])) continue;
    let j = k;
    while (j + 1 < tokens.length && j - k + 1 < MAX_NAME_WORDS && spaced(text, tokens[j], tokens[j + 1])) {
      const next = tokens[j + 1];
      const particle = particles.has(next.text.toLowerCase()) && j + 2 < tokens.length && isCapitalised(tokens[j + 2]) && spaced(text, next, tokens[j + 2]);
      if (!isCapitalised(next) && !particle) break;
      j += particle ? 2 : 1;
    }
    const span = { start: tokens[k].start, end: tokens[j].end };
    if (j > k && !overlapsSome(exclude, span)) out.push(span);
    k = j;
  }
  return out;
}

/**
 * A name right after a trigger, or after the trigger and link words, is its
 * object: "the assassination of Haji Abdul Jabbar", "l'enlèvement de Francis
 * Collomp", "secuestraron a Juan Pérez".
 */
export function triggerObjects(tokens: readonly Token[], triggerEnds: readonly number[], names: readonly Span[], links: ReadonlySet<string>, range: TokenRange): Span[] {
  const out: Span[] = [];
  for (const end of triggerEnds) {
    let k = firstStartingFrom(tokens, end);
    for (let skipped = 0; k < tokens.length && skipped < 2 && links.has(tokens[k].text.toLowerCase()); skipped++) k++;
    if (k >= tokens.length) continue;
    const name = names[firstStartingFrom(names, tokens[k].start)];
    if (name && name.start === tokens[k].start && range.wordsBetween(end, name.start) <= 2) out.push(name);
  }
  return out;
}
