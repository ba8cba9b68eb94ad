import type { CompiledBinding } from "./compile-binding.js";

/** The tokens of a folded sentence as parallel arrays (offsets relative to the sentence). */
export interface Tokens {
  starts: number[];
  ends: number[];
  texts: string[];
}

export function tokenizeSentence(folded: string, b: CompiledBinding): Tokens {
  const starts: number[] = [];
  const ends: number[] = [];
  const texts: string[] = [];
  const re = b.token;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(folded))) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
    texts.push(m[0]);
  }
  return { starts, ends, texts };
}

/** Index of the first token starting at or after `offset` (binary search). */
export function tokenAt(t: Tokens, offset: number): number {
  let lo = 0;
  let hi = t.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (t.starts[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Number of tokens starting in `[from, to)`. */
export const tokensBetween = (t: Tokens, from: number, to: number): number => Math.max(0, tokenAt(t, to) - tokenAt(t, from));
