import type { PhraseMatch, PhraseMatcher } from "./phrase-matcher.js";
import { leadOf } from "./phrase-vocabulary.js";
import { WordIndex, wordHash } from "./word-index.js";

/** Wildcard leads are filtered by the hash of their first HEAD units. */
const HEAD = 3;
/** Filter bits: 2^12 (512 bytes, small enough to stay in cache between documents); with ~100 leads, ~2% of other words pass by chance. */
const BITS = 1 << 12;

const setBit = (bits: Uint32Array, h: number) => (bits[(h & (BITS - 1)) >>> 5] |= 1 << (h & 31));
const hasBit = (bits: Uint32Array, h: number) => (bits[(h & (BITS - 1)) >>> 5] & (1 << (h & 31))) !== 0;

/**
 * Which words of a text may start one of a matcher's phrases: a test on the
 * word's hash that is never false for a lead (an exact lead by its `wordHash`,
 * a word extending a wildcard lead by the hash of its first units), run before
 * the vocabulary lookup so that most words cost two array reads.
 */
export class LeadFilter {
  private readonly exact = new Uint32Array(BITS >>> 5);
  private readonly heads = new Uint32Array(BITS >>> 5);
  /** A wildcard lead shorter than HEAD: every word is looked up. */
  private readonly shortWild: boolean;

  /** What may follow each exact lead, by the lead's `wordHash` (leads sharing a hash share an entry). */
  private readonly next = new Map<number, Continuation>();

  /** `phrases` are folded (as the matcher keys them). */
  constructor(phrases: Iterable<string>) {
    let shortWild = false;
    for (const phrase of phrases) {
      const lead = leadOf(phrase);
      if (!lead) continue;
      const s = lead.lead;
      if (lead.wildcard) {
        if (s.length < HEAD) shortWild = true;
        else setBit(this.heads, wordHash(s, 0, HEAD));
        continue;
      }
      const hash = wordHash(s, 0, s.length);
      setBit(this.exact, hash);
      let c = this.next.get(hash);
      if (!c) this.next.set(hash, (c = { always: false, after: new Set(), afterSpace: new Set() }));
      addContinuation(c, phrase.slice(s.length));
    }
    this.shortWild = shortWild;
  }

  /** False when no lead is `word` or a prefix of it; `hash` is the word's `wordHash`, `head` that of its first HEAD units (-1 when shorter). */
  mayStart(hash: number, head: number): boolean {
    return hasBit(this.exact, hash) || this.shortWild || (head >= 0 && hasBit(this.heads, head));
  }

  /**
   * False when no phrase can match at a word of `folded` ending at `end`, judged by what follows it:
   * the phrases of an exact lead go on with a given character, or with 1–3 spaces or tabs and a given
   * character (`[ \t]{1,3}` then a literal word). A word that may extend a wildcard lead is not judged.
   */
  mayContinue(folded: string, end: number, hash: number, head: number): boolean {
    if (this.shortWild || (head >= 0 && hasBit(this.heads, head))) return true;
    const c = this.next.get(hash);
    if (!c) return false;
    if (c.always) return true;
    let ch = folded.charCodeAt(end);
    if (c.after.has(ch)) return true;
    let j = end;
    while (j < end + 3 && (ch === 0x20 || ch === 0x09)) ch = folded.charCodeAt(++j);
    return j > end && c.afterSpace.has(ch);
  }
}

/** What may follow a lead in its phrases: nothing (the lead is a phrase), a character, or spaces and a character. */
interface Continuation {
  always: boolean;
  after: Set<number>;
  afterSpace: Set<number>;
}

/** Files `rest` (a folded phrase less its lead) under `c`; anything not a literal character counts as `always`. */
function addContinuation(c: Continuation, rest: string): void {
  if (rest === "") c.always = true;
  else if (rest[0] !== " ") c.after.add(rest.charCodeAt(0));
  else if (rest.length > 1 && rest[1] !== "*" && rest[1] !== " ") c.afterSpace.add(rest.charCodeAt(1));
  else c.always = true;
}

/** A pack's phrase matcher and the filter of its leads. */
export interface PackPhrases<T> {
  phrases: PhraseMatcher<T>;
  leads: LeadFilter;
}

/** Each matcher's `match(folded)` (the regex scan), for texts the word pass does not read. */
function byRegex<T>(folded: string, packs: readonly PackPhrases<T>[]): PhraseMatch<T>[][] {
  const out: PhraseMatch<T>[][] = [];
  for (const p of packs) out.push(p.phrases.match(folded));
  return out;
}

/**
 * `packs[i].phrases.match(folded)` for every pack, in one pass over the words
 * of `index` (the `WordIndex` of `folded`, built once per document and read
 * again by the later stages) instead of one alternation scan per pack: each
 * word that passes a pack's `LeadFilter` is tried as `matchIn` tries it
 * (vocabulary lookup, then the sticky alternatives of its lead). Texts with
 * surrogates, and packs whose phrases do not all start with a letter or
 * digit, use the regex scan.
 */
export function findPhrases<T>(folded: string, packs: readonly PackPhrases<T>[], index: WordIndex = new WordIndex(folded)): PhraseMatch<T>[][] {
  if (index.astral) return byRegex(folded, packs);
  const n = folded.length;
  const out: PhraseMatch<T>[][] = [];
  const pos: number[] = [];
  for (const p of packs) {
    if (!p.phrases.indexed) return byRegex(folded, packs);
    out.push([]);
    pos.push(0);
  }
  const { starts, ends, hashes } = index;
  for (let k = 0; k < starts.length; k++) {
    const start = starts[k];
    const end = ends[k];
    const hash = hashes[k];
    const head = end - start >= HEAD ? wordHash(folded, start, start + HEAD) : -1;
    for (let j = 0; j < packs.length; j++) {
      const p = packs[j];
      if (start < pos[j] || !p.leads.mayStart(hash, head) || !p.leads.mayContinue(folded, end, hash, head)) continue;
      const id = p.phrases.vocabulary.resolveAt(folded, start, end, hash);
      if (id >= 0) pos[j] = p.phrases.tryAt(out[j], folded, start, id, n, pos[j], index, k + 1);
    }
  }
  return out;
}
