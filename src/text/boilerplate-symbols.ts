import { escapeRegExp } from "./regex-escape.js";

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** A found symbol phrase: where, and the phrase (the matched text). */
export interface SymbolMatch {
  at: number;
  phrase: string;
}

/**
 * Finds symbol phrases ("©", "photo :", "(archive)": phrases beginning or
 * ending with a character that is not a letter or digit) in folded text: the
 * matches of the literal alternation, longest first, scanned left to right
 * (what a global regex finds), without running the alternation at every position.
 *
 * Each phrase holds an anchor, its first character when that is a symbol,
 * else its last: a match starting at `s` holds its anchor within `reach`
 * units after `s`. So no match starts before `a - reach`, where `a` is the
 * next anchor character of the text; the sticky alternation is tried only
 * there, from `a - reach` to `a`, at the characters that begin a phrase.
 * Each position is tried at most once: linear in the text.
 */
export class SymbolFinder {
  private readonly re: RegExp | null;
  private readonly anchors: string[];
  private readonly firsts: Set<number>;
  private readonly reach: number;

  /** `phrases` are folded symbol phrases (see `isSymbolPhrase`). */
  constructor(phrases: readonly string[]) {
    const sorted = [...phrases].sort((a, b) => b.length - a.length);
    this.re = sorted.length ? new RegExp(sorted.map(escapeRegExp).join("|"), "y") : null;
    const anchors = new Set<string>();
    const firsts = new Set<number>();
    let reach = 0;
    for (const p of sorted) {
      const symbolFirst = !WORD_CHAR.test(p[0]);
      anchors.add(symbolFirst ? p[0] : p[p.length - 1]);
      if (!symbolFirst) reach = Math.max(reach, p.length - 1);
      firsts.add(p.charCodeAt(0));
    }
    this.anchors = [...anchors];
    this.firsts = firsts;
    this.reach = reach;
  }

  /** Every match in `folded`, in order. */
  findAll(folded: string): SymbolMatch[] {
    const out: SymbolMatch[] = [];
    const re = this.re;
    if (!re) return out;
    // Next occurrence of each anchor at or after `p` (-1: none left): each anchor's search moves forward only.
    const next: number[] = [];
    for (const a of this.anchors) next.push(folded.indexOf(a));
    let p = 0;
    for (;;) {
      let a = -1;
      for (let k = 0; k < next.length; k++) {
        if (next[k] >= 0 && next[k] < p) next[k] = folded.indexOf(this.anchors[k], p);
        if (next[k] >= 0 && (a < 0 || next[k] < a)) a = next[k];
      }
      if (a < 0) return out;
      let found: RegExpExecArray | null = null;
      for (let s = Math.max(p, a - this.reach); s <= a && !found; s++) {
        if (!this.firsts.has(folded.charCodeAt(s))) continue;
        re.lastIndex = s;
        found = re.exec(folded);
      }
      if (found) {
        out.push({ at: found.index, phrase: found[0] });
        p = found.index + found[0].length;
      } else p = a + 1;
    }
  }
}
