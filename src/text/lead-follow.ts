import { isWordUnit, wordHash, type WordIndex } from "./word-index.js";

/**
 * What may follow an exact lead in the phrases of its group (PhraseMatcher),
 * none of which is the lead alone: a unit glued to it ("l" + "'armee", "al" +
 * "-qaida"), or 1–3 spaces or tabs and a word, whole ("the" + "attack") or,
 * for a wildcard word, by its prefix ("fue" + "atacad*"). Most words that
 * lead phrases are function words ("the", "de", "a"): this test spares their
 * regex where the next word starts none of their phrases. It is never false
 * where an alternative matches.
 */
export interface Follow {
  glued: Set<number>;
  /** `wordHash` of each whole next word. */
  words: Set<number>;
  prefixes: string[];
}

/** The Follow of a group's alternatives (leads exact, none the lead alone), or null when one of them is not judged (its next word starts with a non-word unit). */
export function followOf(alts: readonly { folded: string; lead: string }[]): Follow | null {
  const f: Follow = { glued: new Set(), words: new Set(), prefixes: [] };
  for (const a of alts) {
    const rest = a.folded.slice(a.lead.length);
    if (rest[0] !== " ") {
      f.glued.add(rest.charCodeAt(0));
      continue;
    }
    const next = rest.slice(1).split(" ")[0];
    let n = 0;
    while (n < next.length && isWordUnit(next.charCodeAt(n))) n++;
    if (n === 0) return null;
    if (n === next.length - 1 && next[n] === "*") f.prefixes.push(next.slice(0, n));
    else f.words.add(wordHash(next, 0, n));
  }
  return f;
}

/**
 * Whether `folded` at `at` (just past a lead), in a region ending at `to`, continues as `f` allows. `index`
 * and `next`, when given, are the words of `folded` and the index of the word after the lead: when that word
 * is the one read, its end and hash are taken from the index instead of being read again.
 */
export function follows(f: Follow, folded: string, at: number, to: number, index?: WordIndex, next = -1): boolean {
  if (at >= to) return false;
  const c = folded.charCodeAt(at);
  if (c !== 0x20 && c !== 0x09) return f.glued.has(c);
  let q = at + 1;
  while (q < to && q < at + 3 && (folded.charCodeAt(q) === 0x20 || folded.charCodeAt(q) === 0x09)) q++;
  let e: number;
  let h: number;
  if (index !== undefined && next >= 0 && next < index.length && index.starts[next] === q && index.ends[next] <= to) {
    // The index's words are the maximal runs of word units that the loop below reads.
    e = index.ends[next];
    h = index.hashes[next];
  } else {
    e = q;
    while (e < to && isWordUnit(folded.charCodeAt(e))) e++;
    h = e > q ? wordHash(folded, q, e) : 0;
  }
  if (e > q && f.words.has(h)) return true;
  for (const x of f.prefixes) if (q + x.length <= to && folded.startsWith(x, q)) return true;
  return false;
}
