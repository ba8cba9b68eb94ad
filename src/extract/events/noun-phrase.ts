import type { Span } from "../../types.js";
import type { Token } from "../../text/tokens.js";
import { firstEndingAfter, firstStartingIn, lastStartingBefore } from "../../text/span-search.js";
import type { EventLexicon } from "./lexicon.js";
import { startsUpper } from "../../text/char-tests.js";

const isCapitalised = (t: Token) => t.kind === "word" && startsUpper(t.text);
/** "al-Assad", "el-Fasher": a lower-case particle hyphenated to a name. */
const PREFIXED_NAME = /^\p{Ll}{1,3}-\p{Lu}/u;

type NpRules = EventLexicon["np"];

/** Whether `w` ends like a verb form of the pack (`stop_suffixes`), with at least two letters before the suffix. */
function verbLike(w: string, suffixes: readonly string[]): boolean {
  for (const x of suffixes) if (w.length >= x.length + 2 && w.endsWith(x)) return true;
  return false;
}

/**
 * The phrase being grown around a hit: tokens `i..j`, and the tests on
 * tokens the growth rules ask (a class, not closures made per hit:
 * docs/performance.md §1).
 */
class Phrase {
  i: number;
  j: number;
  readonly first: number;

  constructor(
    readonly tokens: readonly Token[],
    readonly folded: string,
    readonly np: NpRules,
    readonly hit: Span,
    i: number,
    j: number,
  ) {
    this.i = i;
    this.j = j;
    this.first = i;
  }

  /** A hit inside a token starts after an elided article ("d'hommes armés" → "hommes armés"). */
  startOf(k: number): number {
    return k === this.first ? Math.max(this.tokens[k].start, this.hit.start) : this.tokens[k].start;
  }

  low(t: Token): string {
    return this.folded.slice(t.start, t.end);
  }

  words(): number {
    return this.j - this.i + 1;
  }

  isModifier(t: Token): boolean {
    if (t.kind !== "word") return false;
    const w = this.low(t);
    return !this.np.stop.has(w) && !this.np.links.has(w) && !verbLike(t.text.toLowerCase(), this.np.stopSuffixes);
  }

  isNamePart(t: Token): boolean {
    return isCapitalised(t) || this.np.particles.has(this.low(t)) || PREFIXED_NAME.test(t.text) || t.text === "-";
  }

  coordinates(k: number): boolean {
    return k >= 0 && k < this.tokens.length && this.np.coordinators.has(this.low(this.tokens[k]));
  }

  /** Head-final languages: over modifiers and capitalised particles on the left. */
  growLeft(): void {
    const { tokens, np } = this;
    while (this.i > 0 && this.words() < np.maxWords && (this.isModifier(tokens[this.i - 1]) || (isCapitalised(tokens[this.i - 1]) && np.particles.has(this.low(tokens[this.i - 1]))))) this.i--;
  }

  isAdjective(k: number): boolean {
    const t = this.tokens[k];
    return k < this.tokens.length && this.isModifier(t) && !isCapitalised(t) && !isElidedName(t, this.np.links);
  }

  /** The first token after `from` that is not a link word. */
  afterLinks(from: number): number {
    let k = from + 1;
    while (k < this.tokens.length && this.np.links.has(this.low(this.tokens[k]))) k++;
    return k;
  }

  /** "of/de + Name": a complement that names the head ("village of Noaka", "base d'Aïn al-Assad"). */
  withName(k: number, elided: boolean): void {
    const { tokens, np } = this;
    if (!((k > this.j + 1 && k < tokens.length && isCapitalised(tokens[k])) || elided) || k - this.i + 1 > np.maxWords) return;
    this.j = k;
    while (this.j + 1 < tokens.length && this.words() < np.maxWords && this.isNamePart(tokens[this.j + 1])) this.j++;
    while (this.j > k && (np.particles.has(this.low(tokens[this.j])) || tokens[this.j].text === "-")) this.j--;
  }

  span(): Span {
    return { start: this.startOf(this.i), end: Math.max(this.tokens[this.j].end, this.hit.end) };
  }
}

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
  const np = lex.np;
  const { headFinal, maxWords, particles } = np;
  // The tokens the hit lies in (a hit may start inside an elided token: "l'aéroport").
  const i0 = firstEndingAfter(tokens, hit.start);
  const j0 = lastStartingBefore(tokens, hit.end);
  if (i0 < 0 || j0 < i0) return hit;
  const p = new Phrase(tokens, folded, np, hit, i0, j0);
  const first = i0;
  if (headFinal) {
    p.growLeft();
    // "U.S. and Afghan forces": two modifiers of one head.
    if (p.coordinates(p.i - 1) && p.i >= 2 && p.words() + 2 <= maxWords) {
      const k = initialismStart(tokens, p.i - 2);
      if (k >= 0) p.i = k;
      else if (p.isModifier(tokens[p.i - 2])) p.i -= 2;
      p.growLeft();
    }
  } else {
    let adjectives = 0;
    while (p.j + 1 < tokens.length && p.words() < maxWords && p.isAdjective(p.j + 1) && adjectives < 1) {
      p.j++;
      adjectives++;
    }
    // "fuerzas internacionales y afganas": the adjective's coordinate belongs to the phrase.
    if ((adjectives || p.j > first) && p.coordinates(p.j + 1) && p.isAdjective(p.j + 2) && p.words() + 2 <= maxWords) p.j += 2;
  }
  // Apposed name after a head-initial noun: "le groupe Ansarul Islam", "el movimiento M23".
  if (!headFinal && p.j + 1 < tokens.length && isCapitalised(tokens[p.j + 1]) && /^[ \t]$/.test(folded.slice(tokens[p.j].end, tokens[p.j + 1].start))) {
    p.j++;
    while (p.j + 1 < tokens.length && p.words() < maxWords && p.isNamePart(tokens[p.j + 1])) p.j++;
    while (particles.has(p.low(tokens[p.j])) || tokens[p.j].text === "-") p.j--;
  }
  const k = p.afterLinks(p.j);
  // "de (la) + lexicon noun": "sede de la policía", "convoi de l'armée", then its own name ("… de Al Karrada").
  const noun = k > p.j + 1 && k < tokens.length ? firstStartingIn(nouns, tokens[k].start, Math.max(tokens[k].end, tokens[k].start + 1)) : undefined;
  if (noun && !isCapitalised(tokens[k])) {
    let last = lastStartingBefore(tokens, noun.end);
    // The complement keeps its own modifier ("camp de l'armée malienne", "sede de la policía nacional").
    if (!headFinal && last + 1 < tokens.length && last - p.i + 2 <= maxWords && p.isModifier(tokens[last + 1]) && !isCapitalised(tokens[last + 1])) last++;
    if (last - p.i + 1 <= maxWords) {
      p.j = Math.max(p.j, last);
      p.withName(p.afterLinks(p.j), false);
      return p.span();
    }
  }
  p.withName(k, k === p.j + 1 && k < tokens.length && isElidedName(tokens[k], np.links));
  return p.span();
}

const ELIDED_NAME = /^(\p{L}{1,2}')\p{Lu}/u;

/** "d'Aïn", "l'Irak": an elided link word glued to a name. */
function isElidedName(t: Token, links: Set<string>): boolean {
  // The apostrophe follows one or two letters (each one or two UTF-16 units): most tokens have none there.
  const s = t.text;
  if (s[1] !== "'" && s[2] !== "'" && s[3] !== "'" && s[4] !== "'") return false;
  const m = ELIDED_NAME.exec(s);
  return m !== null && links.has(m[1].toLowerCase());
}

/** "U.S." ending at token `k` (letters and dots): the index of its first letter, else -1. */
function initialismStart(tokens: readonly Token[], k: number): number {
  let i = k;
  while (i >= 1 && tokens[i].text === "." && tokens[i - 1].kind === "word" && tokens[i - 1].text.length === 1 && tokens[i - 1].end === tokens[i].start) i -= 2;
  return i < k - 2 ? i + 1 : -1;
}
