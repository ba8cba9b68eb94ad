import type { Gazetteer } from "./gazetteer.js";
import { joined, type GeoToken } from "./keys.js";

/** A run of tokens `[first, last]` forming a capitalised place name. */
export interface NameRun {
  first: number;
  last: number;
}

const MAX_WORDS = 6;

/**
 * Reads a place name forward from token `i`: capitalised words joined by
 * spaces, hyphens or apostrophes, with lower-case particles inside ("Aïn
 * al-Assad", "Shah Wali Kot"). Leading elided articles ("l'", "d'") are skipped.
 */
export function nameAfter(text: string, tokens: readonly GeoToken[], i: number, g: Gazetteer): NameRun | null {
  if (i < tokens.length - 1 && g.elisions.has(tokens[i].key) && !tokens[i].cap && text[tokens[i].end] !== " ") i++;
  if (i >= tokens.length || !tokens[i].cap || g.notNames.has(tokens[i].key)) return null;
  let last = i;
  for (let j = i + 1; j < tokens.length && j - i < MAX_WORDS; j++) {
    if (!joined(text, tokens[j - 1], tokens[j])) break;
    if (tokens[j].cap && !g.notNames.has(tokens[j].key)) last = j;
    else if (!(g.particles.has(tokens[j].key) && j + 1 < tokens.length && tokens[j + 1].cap && joined(text, tokens[j], tokens[j + 1]))) break;
  }
  return { first: i, last };
}

/** Reads a place name backward ending at token `i` ("Nawa" in "Nawa district"). */
export function nameBefore(text: string, tokens: readonly GeoToken[], i: number, g: Gazetteer): NameRun | null {
  if (i < 0 || !tokens[i].cap || g.notNames.has(tokens[i].key)) return null;
  let first = i;
  for (let j = i - 1; j >= 0 && i - j < MAX_WORDS; j--) {
    if (!joined(text, tokens[j], tokens[j + 1])) break;
    if (tokens[j].cap && !g.notNames.has(tokens[j].key)) first = j;
    else if (!(g.particles.has(tokens[j].key) && j > 0 && tokens[j - 1].cap && joined(text, tokens[j - 1], tokens[j]))) break;
  }
  return { first, last: i };
}
