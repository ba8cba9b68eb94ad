import { isHead, type Gazetteer, type GazetteerEntry } from "./gazetteer.js";
import { joined, type GeoToken } from "./keys.js";

/** A gazetteer name read at a token: its entry and the index of its last token. */
export interface NameAt {
  last: number;
  entry: GazetteerEntry;
}

/** The longest gazetteer name starting at token `i`, when its capitals fit it (= `longestNameAt`, with a cheap first test). */
export function gazetteerAt(text: string, tokens: readonly GeoToken[], i: number, g: Gazetteer): NameAt | null {
  const first = tokens[i];
  if (!isHead(g, first.hash)) return null;
  // Most head words met are lower-case words ("the", "region") that start only names written with a capital.
  if (!first.cap && !g.lowerHeads.has(first.hash) && !(g.particleHeads.has(first.hash) && i + 1 < tokens.length && tokens[i + 1].cap)) return null;
  return longestNameAt(text, tokens, i, g);
}

/**
 * The longest gazetteer name starting at token `i`, when its capitals fit it.
 * Exported for the test that pins `gazetteerAt`'s first test: a lower-case word
 * whose hash no key needing no capital starts, and that is no particle before a
 * capitalised word, gets null here too (each entry it starts has `cap`).
 */
export function longestNameAt(text: string, tokens: readonly GeoToken[], i: number, g: Gazetteer): NameAt | null {
  if (!isHead(g, tokens[i].hash)) return null;
  let key = "";
  let best: NameAt | null = null;
  for (let j = i; j < tokens.length && j - i < g.maxWords; j++) {
    if (j > i && !joined(text, tokens[j - 1], tokens[j])) break;
    key = j === i ? tokens[j].key : `${key} ${tokens[j].key}`;
    const entry = g.entries.get(key);
    if (entry) best = { last: j, entry };
    if (!g.prefixes.has(key)) break;
  }
  if (!best) return null;
  const { entry, last } = best;
  const first = tokens[i];
  if (entry.cap && !first.cap && !(g.particles.has(first.key) && last > i && tokens[i + 1].cap)) return null;
  if (!entry.acronym && allCaps(tokens, i, last)) return null;
  // An acronym is only read in capitals: "CAR" is the Central African Republic, "Car bomb" is not.
  if (entry.acronym && !allCaps(tokens, i, last)) return null;
  return best;
}

/** Every token of `tokens[first..last]` is written in capitals (an acronym such as "AFP"). */
export function allCaps(tokens: readonly GeoToken[], first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (!tokens[k].allCaps) return false;
  return true;
}
