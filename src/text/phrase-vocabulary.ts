import { hasHashBit, hashBitmap, setHashBit, unitClass, wordHash, type WordIndex } from "./word-index.js";

/**
 * The lead words of phrase matchers: the first run of letters and digits of
 * each phrase ("u.s. forces" → "u"), exact or, for "attaque*", a prefix that
 * up to four more letters may follow. A text word can start a match only if
 * it is a lead (or extends a wildcard lead), so matchers look at the words
 * whose lead set is known instead of trying every position. Several matchers
 * share one vocabulary: a document's words are looked up once for all of them.
 */
export interface LeadSet {
  exact: string | null;
  wild: readonly string[];
}

/** Up to this many letters may follow a wildcard lead (the `\p{L}{0,4}` of phrase-matcher.ts). */
export const WILDCARD_LETTERS = 4;

/** The lead of a folded phrase, or null when it does not start with a letter or digit (such a matcher scans with its regex). */
export function leadOf(folded: string): { lead: string; wildcard: boolean } | null {
  const first = folded.split(" ")[0];
  let n = 0;
  while (n < first.length && unitClass(first.charCodeAt(n)) > 1) n++;
  if (n === 0) return null;
  return { lead: first.slice(0, n), wildcard: n === first.length - 1 && first[n] === "*" };
}

export class PhraseVocabulary {
  readonly sets: LeadSet[] = [];
  private readonly exact = new Map<string, number>();
  /**
   * Exact leads by `wordHash` in an open-addressing table (ids, -1 for an empty slot, and their hashes; rebuilt
   * after `add`): a word is compared with the leads of its hash, no string is built, no Map is read per word.
   */
  private slots: { ids: Int32Array; hashes: Int32Array } | null = null;
  private readonly wild = new Set<string>();
  /** Wildcard leads by `wordHash`: a word's prefixes are compared by hash first, no string is cut. */
  private readonly wildByHash = new Map<number, string[]>();
  /** Lengths of the wildcard leads: a word is only cut where a wildcard lead could end. */
  private wildLengths: number[] = [];
  /**
   * Hashes of the first `len` units of every wildcard lead (`len` = the shortest lead, at most 3), as a bitmap of their
   * low 16 bits: most words skip the prefix search (a false positive only costs that search). Rebuilt after `add`.
   */
  private wildHeads: { len: number; bits: Uint8Array } | null = null;
  private readonly combined = new Map<string, number>();
  /** Changes whenever a lead is added: per-document tables built before are stale. */
  version = 0;

  add(lead: string, wildcard: boolean): void {
    if (wildcard) {
      if (this.wild.has(lead)) return;
      this.wild.add(lead);
      const h = wordHash(lead, 0, lead.length);
      const same = this.wildByHash.get(h);
      if (same) same.push(lead);
      else this.wildByHash.set(h, [lead]);
      if (!this.wildLengths.includes(lead.length)) this.wildLengths.push(lead.length);
      this.wildHeads = null;
      this.version++;
    } else if (!this.exact.has(lead)) {
      this.exact.set(lead, this.sets.length);
      this.sets.push({ exact: lead, wild: [] });
      this.slots = null;
      this.version++;
    }
  }

  /** The id of the leads `word` (a whole run of letters and digits, BMP only) may start, or -1. */
  resolve(word: string): number {
    return this.resolveAt(word, 0, word.length, wordHash(word, 0, word.length));
  }

  /** `resolve(s.slice(start, end))`, given the word's `wordHash`. */
  resolveAt(s: string, start: number, end: number, hash: number): number {
    const len = end - start;
    let e: number | undefined;
    const { ids, hashes } = (this.slots ??= this.buildSlots());
    const mask = ids.length - 1;
    for (let i = hash & mask, id: number; (id = ids[i]) >= 0; i = (i + 1) & mask) {
      if (hashes[i] !== hash) continue;
      const lead = this.sets[id].exact!;
      if (lead.length === len && sameUnits(s, start, lead)) {
        e = id;
        break;
      }
    }
    if (this.wild.size === 0) return e ?? -1;
    // Every wildcard lead the word may extend starts with the word's first `heads.len` units.
    const heads = (this.wildHeads ??= this.headsOfWild());
    if (len < heads.len || !hasHashBit(heads.bits, wordHash(s, start, start + heads.len))) return e ?? -1;
    let wild: string[] | null = null;
    // "attaques" extends "attaque*" by one letter: a wildcard lead is the word less up to four trailing letters (not digits).
    // Prefixes are compared by hash, then in place: a string is cut only for a lead found.
    for (let k = 0; k <= WILDCARD_LETTERS && k < len; k++) {
      if (k > 0 && unitClass(s.charCodeAt(end - k)) !== 2) break;
      if (!this.wildLengths.includes(len - k)) continue;
      const leads = this.wildByHash.get(wordHash(s, start, end - k));
      if (!leads) continue;
      for (const lead of leads) if (lead.length === len - k && s.startsWith(lead, start)) (wild ??= []).push(lead);
    }
    if (!wild) return e ?? -1;
    const word = s.slice(start, end);
    const sig = `${e === undefined ? "" : word}|${wild.join("|")}`;
    let id = this.combined.get(sig);
    if (id === undefined) {
      id = this.sets.length;
      this.sets.push({ exact: e === undefined ? null : word, wild });
      this.combined.set(sig, id);
    }
    return id;
  }

  private buildSlots(): { ids: Int32Array; hashes: Int32Array } {
    let size = 16;
    while (size < 4 * this.exact.size) size *= 2;
    const ids = new Int32Array(size).fill(-1);
    const hashes = new Int32Array(size);
    for (const [lead, id] of this.exact) {
      const h = wordHash(lead, 0, lead.length);
      let i = h & (size - 1);
      while (ids[i] >= 0) i = (i + 1) & (size - 1);
      ids[i] = id;
      hashes[i] = h;
    }
    return { ids, hashes };
  }

  private headsOfWild(): { len: number; bits: Uint8Array } {
    let len = 3;
    for (const lead of this.wild) len = Math.min(len, lead.length);
    const bits = hashBitmap();
    for (const lead of this.wild) setHashBit(bits, wordHash(lead, 0, len));
    return { len, bits };
  }

  /**
   * The lead-set ids of a document's words, one table per document and vocabulary, each looked up on its
   * first read (`idAt`): the words no matcher reads (skipped lines, sentences with no number) cost nothing.
   */
  ids(index: WordIndex): Int32Array {
    return index.table(this, this.version, unread);
  }

  /** The lead-set id of word `k` of `index` (-1 for none), `ids` being `this.ids(index)`. */
  idAt(index: WordIndex, ids: Int32Array, k: number): number {
    const id = ids[k];
    return id !== UNREAD ? id : (ids[k] = this.resolveAt(index.folded, index.starts[k], index.ends[k], index.hashes[k]));
  }
}

/** A word of the `ids` table not looked up yet. */
const UNREAD = -2;
/** Made once, not per document (docs/performance.md §1). */
const unread = (ix: WordIndex): Int32Array => new Int32Array(ix.length).fill(UNREAD);

/**
 * The vocabulary of a language pack that the event lexicon and the place
 * phrases share (through `pack.memo`): a document's words are looked up once
 * for all of their matchers.
 */
export const packVocabulary = (pack: { memo<T>(key: string, build: () => T): T }): PhraseVocabulary => pack.memo("phrase-vocabulary", () => new PhraseVocabulary());

/** `s.startsWith(lead, start)`, read unit by unit: leads are a few units long, and most words compared are the lead. */
function sameUnits(s: string, start: number, lead: string): boolean {
  for (let i = 0; i < lead.length; i++) if (s.charCodeAt(start + i) !== lead.charCodeAt(i)) return false;
  return true;
}
