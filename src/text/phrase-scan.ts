import type { PhraseMatch, PhraseMatcher } from "./phrase-matcher.js";
import type { PhraseVocabulary } from "./phrase-vocabulary.js";
import type { WordIndex } from "./word-index.js";

/** The list of a matcher that was not asked for (shared: callers only read the lists). */
const NONE: PhraseMatch<unknown>[] = Object.freeze([]) as unknown as PhraseMatch<unknown>[];

/**
 * Runs several matchers of one vocabulary over a region in a single pass over
 * its words: each word is looked at once, by the matchers that have phrases
 * starting with it. `scan(...)[i]` is exactly `matchers[i].matchIn(index, from, to)`.
 */
export class PhraseScan {
  /** Per lead-set id, a bit per matcher that has alternatives for it. */
  private readonly masks: number[] = [];
  private readonly shared: boolean;
  /** Per matcher, where its next match may start: scratch of `scan` (which calls nothing that scans again), not made per call. */
  private readonly pos: number[];

  constructor(
    private readonly matchers: readonly PhraseMatcher<unknown>[],
    private readonly vocabulary: PhraseVocabulary,
  ) {
    if (matchers.length > 31) throw new Error("PhraseScan takes at most 31 matchers");
    this.shared = matchers.every((m) => m.vocabulary === vocabulary && m.indexed);
    this.pos = matchers.map(() => 0);
  }

  /**
   * The matches of the matchers whose bit is set in `which`. A list with no match may be the shared, frozen
   * empty list (always so for the matchers not asked for): callers only read the lists. The matchers
   * whose bit is set in `limited` stop after `limit` matches.
   */
  scan(index: WordIndex, from: number, to: number, which: number, limited = 0, limit = Infinity): PhraseMatch<unknown>[][] {
    const n = this.matchers.length;
    const out: PhraseMatch<unknown>[][] = new Array(n).fill(NONE);
    if (from >= to) return out;
    if (!this.shared || index.astral) {
      for (let i = 0; i < n; i++) if (which & (1 << i)) out[i] = this.matchers[i].matchIn(index, from, to, false, limited & (1 << i) ? limit : Infinity);
      return out;
    }
    const folded = index.folded;
    const ids = this.vocabulary.ids(index);
    const { starts, ends } = index;
    const pos = this.pos;
    pos.fill(from);
    for (let k = index.firstFrom(from); k < starts.length && starts[k] < to; k++) {
      const p = starts[k];
      const id = ends[k] <= to ? this.vocabulary.idAt(index, ids, k) : this.vocabulary.resolve(folded.slice(p, to));
      if (id < 0) continue;
      let bits = this.mask(id) & which;
      while (bits) {
        const i = 31 - Math.clz32(bits & -bits);
        bits &= bits - 1;
        if (p < pos[i]) continue;
        // A list is made for a matcher when it first has a word to try.
        if (out[i] === NONE) out[i] = [];
        pos[i] = this.matchers[i].tryAt(out[i], folded, p, id, to, pos[i], index, k + 1);
        // A limited matcher stops at `limit` matches: the first ones, as a full read finds them.
        if (limited & (1 << i) && out[i].length >= limit) which &= ~(1 << i);
      }
    }
    return out;
  }

  private mask(id: number): number {
    let m = this.masks[id];
    if (m === undefined) {
      m = 0;
      this.matchers.forEach((x, i) => {
        if (x.group(id)) m! |= 1 << i;
      });
      this.masks[id] = m;
    }
    return m;
  }
}
