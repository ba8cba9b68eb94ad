import type { Span } from "../../types.js";
import type { Token } from "../../text/tokens.js";
import { firstEndingAfter, firstStartingIn, lastStartingBefore } from "../../text/span-search.js";
import type { EventLexicon } from "./lexicon.js";

const isCapitalised = (t: Token) => t.kind === "word" && /^\p{Lu}/u.test(t.text);
/** "al-Assad", "el-Fasher": a lower-case particle hyphenated to a name. */
const PREFIXED_NAME = /^\p{Ll}{1,3}-\p{Lu}/u;

/**
 * Grows a lexicon hit into the noun phrase around it, so that a filler reads
 * as a coder would write it ("base" → "base aérienne d'Aïn al-Assad",
 * "soldiers" → "12 Somali soldiers" minus the number). Head-initial languages
 * grow right over one modifier and "de + Name"; head-final ones grow left over
 * modifiers. Proper names (capitalised words and particles) are always taken
 * whole; a complement may also be another lexicon noun (`nouns`, sorted by start: "sede de la
 * policía"). The phrase never passes a stop word of the pack or `maxWords` words.
 */
export function nounPhrase(tokens: readonly Token[], folded: string, hit: Span, lex: EventLexicon, nouns: readonly Span[] = []): Span {
  const { stop, links, coordinators, headFinal, maxWords, stopSuffixes, particles } = lex.np;
  // The tokens the hit lies in (a hit may start inside an elided token: "l'aéroport").
  let i = firstEndingAfter(tokens, hit.start);
  let j = lastStartingBefore(tokens, hit.end);
  if (i < 0 || j < i) return hit;
  const first = i;
  // A hit inside a token starts after an elided article ("d'hommes armés" → "hommes armés").
  const startOf = (k: number) => (k === first ? Math.max(tokens[k].start, hit.start) : tokens[k].start);
  const low = (t: Token) => folded.slice(t.start, t.end);
  const words = () => j - i + 1;
  const verbLike = (w: string) => stopSuffixes.some((x) => w.length >= x.length + 2 && w.endsWith(x));
  const isModifier = (t: Token) => t.kind === "word" && !stop.has(low(t)) && !links.has(low(t)) && !verbLike(t.text.toLowerCase());
  const isNamePart = (t: Token) => isCapitalised(t) || particles.has(low(t)) || PREFIXED_NAME.test(t.text) || t.text === "-";

  const coordinates = (k: number) => k >= 0 && k < tokens.length && coordinators.has(low(tokens[k]));
  if (headFinal) {
    const growLeft = () => {
      while (i > 0 && words() < maxWords && (isModifier(tokens[i - 1]) || (isCapitalised(tokens[i - 1]) && particles.has(low(tokens[i - 1]))))) i--;
    };
    growLeft();
    // "U.S. and Afghan forces": two modifiers of one head.
    if (coordinates(i - 1) && i >= 2 && words() + 2 <= maxWords) {
      const k = initialismStart(tokens, i - 2);
      if (k >= 0) i = k;
      else if (isModifier(tokens[i - 2])) i -= 2;
      growLeft();
    }
  } else {
    let adjectives = 0;
    const isAdjective = (k: number) => k < tokens.length && isModifier(tokens[k]) && !isCapitalised(tokens[k]) && !isElidedName(tokens[k], links);
    while (j + 1 < tokens.length && words() < maxWords && isAdjective(j + 1) && adjectives < 1) {
      j++;
      adjectives++;
    }
    // "fuerzas internacionales y afganas": the adjective's coordinate belongs to the phrase.
    if ((adjectives || j > first) && coordinates(j + 1) && isAdjective(j + 2) && words() + 2 <= maxWords) j += 2;
  }
  // Apposed name after a head-initial noun: "le groupe Ansarul Islam", "el movimiento M23".
  if (!headFinal && j + 1 < tokens.length && isCapitalised(tokens[j + 1]) && /^[ \t]$/.test(folded.slice(tokens[j].end, tokens[j + 1].start))) {
    j++;
    while (j + 1 < tokens.length && words() < maxWords && isNamePart(tokens[j + 1])) j++;
    while (particles.has(low(tokens[j])) || tokens[j].text === "-") j--;
  }
  // "of/de + Name": a complement that names the head ("village of Noaka", "base d'Aïn al-Assad").
  const afterLinks = (from: number) => {
    let k = from + 1;
    while (k < tokens.length && links.has(low(tokens[k]))) k++;
    return k;
  };
  const withName = (k: number, elided: boolean) => {
    if (!((k > j + 1 && k < tokens.length && isCapitalised(tokens[k])) || elided) || k - i + 1 > maxWords) return;
    j = k;
    while (j + 1 < tokens.length && words() < maxWords && isNamePart(tokens[j + 1])) j++;
    while (j > k && (particles.has(low(tokens[j])) || tokens[j].text === "-")) j--;
  };
  const k = afterLinks(j);
  // "de (la) + lexicon noun": "sede de la policía", "convoi de l'armée", then its own name ("… de Al Karrada").
  const noun = k > j + 1 && k < tokens.length ? firstStartingIn(nouns, tokens[k].start, Math.max(tokens[k].end, tokens[k].start + 1)) : undefined;
  if (noun && !isCapitalised(tokens[k])) {
    let last = lastStartingBefore(tokens, noun.end);
    // The complement keeps its own modifier ("camp de l'armée malienne", "sede de la policía nacional").
    if (!headFinal && last + 1 < tokens.length && last - i + 2 <= maxWords && isModifier(tokens[last + 1]) && !isCapitalised(tokens[last + 1])) last++;
    if (last - i + 1 <= maxWords) {
      j = Math.max(j, last);
      withName(afterLinks(j), false);
      return { start: startOf(i), end: Math.max(tokens[j].end, hit.end) };
    }
  }
  withName(k, k === j + 1 && k < tokens.length && isElidedName(tokens[k], links));
  return { start: startOf(i), end: Math.max(tokens[j].end, hit.end) };
}

/** "d'Aïn", "l'Irak": an elided link word glued to a name. */
function isElidedName(t: Token, links: Set<string>): boolean {
  const m = /^(\p{L}{1,2}')\p{Lu}/u.exec(t.text);
  return m !== null && links.has(m[1].toLowerCase());
}

/** "U.S." ending at token `k` (letters and dots): the index of its first letter, else -1. */
function initialismStart(tokens: readonly Token[], k: number): number {
  let i = k;
  while (i >= 1 && tokens[i].text === "." && tokens[i - 1].kind === "word" && tokens[i - 1].text.length === 1 && tokens[i - 1].end === tokens[i].start) i -= 2;
  return i < k - 2 ? i + 1 : -1;
}
