import type { CountCategory } from "../../../schemas/taxonomy.js";
import type { LanguagePack } from "../../lang/pack.js";
import type { CountCue } from "../../lang/schema/counts.js";
import { foldPhrase } from "../../text/fold.js";
import { PhraseMatcher } from "../../text/phrase-matcher.js";
import { EndChars } from "./end-chars.js";
import { alternation, compileOr, WORD_START } from "./regex-parts.js";
import { escapeRegExp } from "../../text/regex-escape.js";

export interface NounInfo {
  category: CountCategory;
  currency: string | null;
  /** Set for contextual nouns: the category holds only when `when` matches the sentence. */
  when?: RegExp;
  otherwise?: CountCategory;
}

/** A cue or clause break found in a sentence by the binding matcher. */
export type Marker = { kind: "cue"; cue: CountCue } | { kind: "break" };

/** The counts section of a pack compiled for binding numbers to nouns and cues (built once per pack). */
export interface CompiledBinding {
  headFirst: boolean;
  maxNounWords: number;
  /** Global: the sentence tokens (elisions, words, numbers, punctuation). */
  token: RegExp;
  /** Sticky: the elision alternative of `token` (null without elisions); `elisionsPlain` when every elision is letters and an apostrophe. */
  elisionAt: RegExp | null;
  elisionsPlain: boolean;
  /** Folded word (or two-word phrase) → category; `stems` holds the `*` entries by stem. */
  nouns: ReadonlyMap<string, NounInfo>;
  /** The first word of every entry of `nouns` with a space ("police" of "police officers"). */
  pairLeads: ReadonlySet<string>;
  stems: ReadonlyMap<string, NounInfo>;
  /** The first two units of every stem (as `head2`) and the stem lengths: most words skip the stem search. */
  stemHeads: ReadonlySet<number>;
  stemLengths: ReadonlySet<number>;
  markers: PhraseMatcher<Marker>;
  /** The bind rule of each cue (`cue:ID`), built once. */
  cueRules: ReadonlyMap<CountCue, string>;
  links: ReadonlySet<string>;
  partitives: ReadonlySet<string>;
  breaks: ReadonlySet<string>;
  agents: ReadonlySet<string>;
  auxiliaries: ReadonlySet<string>;
  /** End-anchored: a determiner that makes "two" mean "both". */
  bothBefore: RegExp;
  /** End-anchored: an identifier word or symbol right before the number. */
  identifierBefore: RegExp;
  /** Sticky: a unit right after the number (measure, duration, age, percentage, ordinal). */
  unitAfter: RegExp;
  /** End-anchored / sticky: a month name next to a day number; group 1 is the name. */
  monthBefore: RegExp;
  monthAfter: RegExp;
  capitalisedMonths: boolean;
  /** End-anchored / sticky: a currency symbol before or after the number; group i+1 is `currencyCodes[i]`. */
  currencyBefore: RegExp;
  currencyAfter: RegExp;
  currencyCodes: readonly string[];
  /** Whole-string: what may join two coordinated numbers ("186 y 110 diputados"). */
  coordinator: RegExp;
  /** Necessary tests for the end-anchored regexes above. */
  ends: { both: EndChars; identifier: EndChars; month: EndChars; currency: EndChars };
}

function addNoun(nouns: Map<string, NounInfo>, stems: Map<string, NounInfo>, word: string, info: NounInfo): void {
  const f = foldPhrase(word);
  if (f.endsWith("*")) stems.set(f.slice(0, -1), info);
  else nouns.set(f, info);
}

export function compileBinding(pack: LanguagePack): CompiledBinding {
  const c = pack.data.counts;
  const nouns = new Map<string, NounInfo>();
  const stems = new Map<string, NounInfo>();
  for (const [category, words] of Object.entries(c.nouns) as [CountCategory, string[]][]) {
    for (const w of words) addNoun(nouns, stems, w, { category, currency: null });
  }
  for (const cur of c.currencies) {
    for (const w of cur.words) addNoun(nouns, stems, w, { category: "money", currency: cur.code });
  }
  for (const ctx of c.contextual) {
    const when = compileOr(alternation(ctx.when), (a) => `${WORD_START}${a}(?![\\p{L}])`, "u");
    for (const w of ctx.nouns) addNoun(nouns, stems, w, { category: ctx.category, currency: null, when, otherwise: ctx.otherwise });
  }
  const markers = new PhraseMatcher<Marker>([
    ...c.cues.flatMap((cue) => cue.phrases.map((phrase) => ({ phrase, value: { kind: "cue", cue } as Marker }))),
    ...c.clauseBreaks.map((phrase) => ({ phrase, value: { kind: "break" } as Marker })),
  ]);
  const set = (list: readonly string[]) => new Set(list.map(foldPhrase));
  const elisions = alternation(c.elisions);
  const dates = pack.data.dates;
  const months = alternation([...dates.months.flat(), ...dates.monthAbbreviations.flat()]);
  const symbols = c.currencies.map((x) => x.symbols.map(foldPhrase).sort((a, b) => b.length - a.length).map(escapeRegExp));
  const symbolGroups = symbols.map((s) => `(${s.length ? s.join("|") : "(?!)"})`).join("|");
  return {
    headFirst: c.head === "first",
    maxNounWords: c.maxNounWords,
    token: new RegExp(
      `${elisions ? `${elisions}(?=\\p{L})|` : ""}[\\p{L}\\p{M}]+(?:-[\\p{L}\\p{M}]+){0,4}|\\p{N}+|[^\\s\\p{L}\\p{N}]`,
      "gu",
    ),
    elisionAt: elisions ? new RegExp(`${elisions}(?=\\p{L})`, "uy") : null,
    elisionsPlain: c.elisions.every((e) => /^\p{L}+'$/u.test(foldPhrase(e))),
    nouns,
    pairLeads: new Set([...nouns.keys()].filter((k) => k.includes(" ")).map((k) => k.slice(0, k.indexOf(" ")))),
    stems,
    stemHeads: new Set([...stems.keys()].map((k) => head2(k, 0))),
    stemLengths: new Set([...stems.keys()].map((k) => k.length)),
    markers,
    cueRules: new Map(c.cues.map((cue) => [cue, `cue:${cue.id}`])),
    links: set(c.links),
    partitives: set(c.partitives),
    breaks: new Set([...set(c.nounBreaks), ...set(pack.data.meta.stopwords)]),
    agents: set(c.agents),
    auxiliaries: set(c.auxiliaries),
    bothBefore: compileOr(alternation(c.both), (a) => `${WORD_START}${a}[ ]{1,2}$`, "u"),
    identifierBefore: compileOr(alternation(c.identifiers), (a) => `(?<![\\p{L}])${a}\\.?[ ]{0,2}$`, "u"),
    unitAfter: compileOr(alternation(c.units), (a) => `[ ]{0,2}${a}(?![\\p{L}\\p{N}])`, "uy"),
    monthBefore: compileOr(months, (a) => `${WORD_START}(${a})\\.?,?[ ]{1,2}$`, "u"),
    monthAfter: compileOr(months, (a) => `[ ]{1,2}(?:${alternation(c.monthLinks) ?? "(?!)"}[ ]{1,2})?(${a})(?![\\p{L}])`, "uy"),
    capitalisedMonths: dates.capitalisedNames,
    currencyBefore: new RegExp(`(?<![\\p{L}])(?:${symbolGroups})[ ]{0,1}$`, "u"),
    currencyAfter: new RegExp(`[ ]{0,2}(?:${symbolGroups})(?![\\p{L}])`, "uy"),
    currencyCodes: c.currencies.map((x) => x.code),
    ends: {
      both: new EndChars(c.both),
      identifier: new EndChars(c.identifiers, "."),
      month: new EndChars([...dates.months.flat(), ...dates.monthAbbreviations.flat()], ".,"),
      currency: new EndChars(c.currencies.flatMap((x) => x.symbols), "", true),
    },
    coordinator: new RegExp(`^[ ]{0,2}(?:,|${alternation(pack.data.numbers.joiners) ?? "(?!)"})[ ]{0,2}$`, "u"),
  };
}

/** The first two UTF-16 units of `s` from `at` as one number (NaN past the end). */
const head2 = (s: string, at: number): number => s.charCodeAt(at) * 0x10000 + s.charCodeAt(at + 1);

/** Looks a folded word up: exact entries first, then `*` stems (up to four letters shorter). */
export function lookupNoun(b: CompiledBinding, word: string): NounInfo | undefined {
  const exact = b.nouns.get(word);
  if (exact) return exact;
  // Every stem is at least two units long (a one-unit stem is only looked up as the whole word).
  if (word.length >= 2 && !b.stemHeads.has(head2(word, 0))) return undefined;
  for (let k = 1; k <= 4 && word.length - k >= 2; k++) {
    if (!b.stemLengths.has(word.length - k)) continue;
    const s = b.stems.get(word.slice(0, word.length - k));
    if (s) return s;
  }
  return b.stems.get(word);
}
