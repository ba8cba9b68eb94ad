import type { PhraseMatch, PhraseMatcher } from "./phrase-matcher.js";
import { leadOf } from "./phrase-vocabulary.js";
import { unitClass, wordHash } from "./word-index.js";

/** `wordHash` keeps 30 bits; the scan below computes the same hash as it reads a word. */
const SMALL = 0x3fffffff;
/** Wildcard leads are filtered by the hash of their first HEAD units. */
const HEAD = 3;
/** Filter bits: 2^15, a few per thousand words pass by chance with ~100 leads. */
const BITS = 1 << 15;

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

  /** `phrases` are folded (as the matcher keys them). */
  constructor(phrases: Iterable<string>) {
    let shortWild = false;
    for (const phrase of phrases) {
      const lead = leadOf(phrase);
      if (!lead) continue;
      const s = lead.lead;
      if (!lead.wildcard) setBit(this.exact, wordHash(s, 0, s.length));
      else if (s.length < HEAD) shortWild = true;
      else setBit(this.heads, wordHash(s, 0, HEAD));
    }
    this.shortWild = shortWild;
  }

  /** False when no lead is `word` or a prefix of it; `hash` is the word's `wordHash`, `head` that of its first HEAD units (-1 when shorter). */
  mayStart(hash: number, head: number): boolean {
    return hasBit(this.exact, hash) || this.shortWild || (head >= 0 && hasBit(this.heads, head));
  }
}

/** A pack's phrase matcher and the filter of its leads. */
export interface PackPhrases<T> {
  phrases: PhraseMatcher<T>;
  leads: LeadFilter;
}

const isSurrogate = (c: number) => c >= 0xd800 && c <= 0xdfff;
/** A letter or digit UTF-16 unit, as `WordIndex` reads words (folded text has no upper-case ASCII, but it is a word unit there too). */
const isWordUnit = (c: number) => (c < 0x80 ? (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) : unitClass(c) > 1);

/** Each matcher's `match(folded)` (the regex scan), for texts the word pass does not read. */
function byRegex<T>(folded: string, packs: readonly PackPhrases<T>[]): PhraseMatch<T>[][] {
  const out: PhraseMatch<T>[][] = [];
  for (const p of packs) out.push(p.phrases.match(folded));
  return out;
}

/**
 * `packs[i].phrases.match(folded)` for every pack, in one pass over the words
 * of `folded` instead of one alternation scan per pack: words are the runs of
 * letters and digits of `WordIndex` (kept nowhere), and each word that passes
 * a pack's `LeadFilter` is tried as `matchIn` tries it (vocabulary lookup,
 * then the sticky alternatives of its lead). Texts with surrogates, and packs
 * whose phrases do not all start with a letter or digit, use the regex scan.
 */
export function findPhrases<T>(folded: string, packs: readonly PackPhrases<T>[]): PhraseMatch<T>[][] {
  const n = folded.length;
  const out: PhraseMatch<T>[][] = [];
  const pos: number[] = [];
  for (const p of packs) {
    if (!p.phrases.indexed) return byRegex(folded, packs);
    out.push([]);
    pos.push(0);
  }
  let i = 0;
  while (i < n) {
    // Skip to the next word (a surrogate sends the text to the regex scan).
    let c = folded.charCodeAt(i);
    while (!isWordUnit(c)) {
      if (isSurrogate(c)) return byRegex(folded, packs);
      if (++i === n) return out;
      c = folded.charCodeAt(i);
    }
    // Read it, hashing as `wordHash` does.
    const start = i;
    let h = 0;
    do {
      h = (Math.imul(h, 31) + c) | 0;
      if (++i === n) break;
      c = folded.charCodeAt(i);
    } while (isWordUnit(c));
    const hash = h & SMALL;
    const head = i - start >= HEAD ? wordHash(folded, start, start + HEAD) : -1;
    for (let j = 0; j < packs.length; j++) {
      const p = packs[j];
      if (start < pos[j] || !p.leads.mayStart(hash, head)) continue;
      const id = p.phrases.vocabulary.resolveAt(folded, start, i, hash);
      if (id >= 0) pos[j] = p.phrases.tryAt(out[j], folded, start, id, n, pos[j]);
    }
  }
  return out;
}
