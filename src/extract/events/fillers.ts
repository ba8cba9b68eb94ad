import { fold } from "../../text/fold.js";
import { sortSmall } from "../../text/sort-small.js";
import { WordIndex } from "../../text/word-index.js";

/**
 * Keeps the best fillers of a role: closest to a trigger first (then reading
 * order), one per thing: of two fillers with the same head word ("base") or
 * one inside the other, the first kept stays unless the other extends it.
 */
export function best<T extends { text: string }>(xs: Ranked<T>[], max: number, headFinal: boolean): T[] {
  // Folded text, word count and head of each filler, computed once (not per comparison).
  const sorted: Keyed<T>[] = [];
  for (const x of xs) sorted.push(keyed(x, headFinal));
  sortSmall(sorted, byRankThenLength);
  const out: Keyed<T>[] = [];
  for (const x of sorted) {
    const k = x.f;
    // Only the first `max` kept can be output, and a filler is compared with the first it matches: later ones are not looked at (linear on adversarial text).
    let same = -1;
    for (let i = 0; i < out.length && same < 0; i++) {
      const o = out[i];
      if (o.f.includes(k) || k.includes(o.f) || o.head === x.head || (x.side !== undefined && o.side === x.side)) same = i;
    }
    if (same < 0 && out.length < max) out.push(x);
    // "bomb" then "suicide bomb": the longer phrase says more about the same thing.
    else if (same >= 0 && k.includes(out[same].f) && k !== out[same].f) out[same] = x;
  }
  const items: T[] = [];
  for (const o of out) items.push(o.item);
  return items;
}

/** A candidate filler and its rank (sentence order, then distance to the trigger). */
export interface Ranked<T> {
  item: T;
  rank: number;
  side?: string;
}
/** A candidate with its folded text, word count and head word. */
interface Keyed<T> extends Ranked<T> {
  f: string;
  n: number;
  head: string;
}

const NON_WORD = /[^\p{L}\p{N}]+/u;

function keyed<T extends { text: string }>(x: Ranked<T>, headFinal: boolean): Keyed<T> {
  const f = fold(x.item.text);
  // The words of `split(NON_WORD)` are the word index's (runs of letters and digits) unless an astral character is read.
  const index = new WordIndex(f);
  if (index.astral) {
    const words = f.split(NON_WORD).filter(Boolean);
    return { item: x.item, rank: x.rank, side: x.side, f, n: words.length, head: (headFinal ? words.at(-1) : words[0]) ?? "" };
  }
  const n = index.length;
  const head = n === 0 ? "" : index.key(headFinal ? n - 1 : 0);
  return { item: x.item, rank: x.rank, side: x.side, f, n, head };
}

const byRankThenLength = <T>(a: Keyed<T>, b: Keyed<T>) => a.rank - b.rank || b.n - a.n;
