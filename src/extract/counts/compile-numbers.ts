import type { LanguagePack } from "../../lang/pack.js";
import type { NumberQualifier } from "../../lang/schema/numbers.js";
import { foldPhrase } from "../../text/fold.js";
import { EndChars } from "./end-chars.js";
import { alternation, compileOr, WORD_END, WORD_START } from "./regex-parts.js";
import { escapeRegExp } from "../../text/regex-escape.js";

export type WordKind = "add" | "hundred" | "scale" | "collective";

export interface NumberWord {
  value: number;
  kind: WordKind;
  /** A following word below twenty adds ("soixante-dix"). */
  vigesimal: boolean;
  /** A hundred or scale word that counts without a number before it ("mille"). */
  standalone: boolean;
  /** Worth one and possibly a mere article ("un", "one"). */
  one: boolean;
}

/** The numbers section of a pack compiled into regexes and maps (built once per pack). */
export interface CompiledNumbers {
  /** Global: a number in digits (group 1) or words (group 2), whole words only. */
  candidate: RegExp;
  /** Sticky twin of `candidate`, to read the upper bound of a range at a given offset. */
  candidateAt: RegExp;
  /** Global: one number word, to walk a word sequence. */
  word: RegExp;
  words: ReadonlyMap<string, NumberWord>;
  /** Sticky: an article standing for one before a multiplier ("a dozen"), with its space. */
  articleAt: RegExp;
  decimal: string;
  group: ReadonlySet<string>;
  /** Sticky: a scale or collective word after digits ("3 millions", "2,5 millones"). */
  scaleAfter: RegExp;
  /** Sticky: a multiplier glued to digits ("1.2bn"). */
  suffixAfter: RegExp;
  suffixes: ReadonlyMap<string, { value: number; currency: boolean }>;
  /** End-anchored: a qualifier right before the number; capture group i+1 is `qualifierKinds[i]`. */
  qualifierBefore: RegExp;
  qualifierKinds: readonly NumberQualifier[];
  /** Sticky: the join of a bare range ("10 à 15", "10-15"). */
  rangeJoin: RegExp;
  /** Sticky: the join of a paired range ("entre 100 et 200"). */
  openJoin: RegExp;
  /** End-anchored: the opener of a paired range. */
  rangeOpen: RegExp;
  /** Necessary tests for `qualifierBefore` and `rangeOpen`. */
  ends: { qualifier: EndChars; rangeOpen: EndChars };
}

/** Lexicon key of a number word: folded, inner spaces as hyphens ("quatre vingt" → "quatre-vingt"). */
export const wordKey = (w: string): string => w.replace(/[ ]{1,3}/g, "-");

function wordSource(words: Iterable<string>): string | null {
  const keys = [...words].sort((a, b) => b.length - a.length);
  return keys.length ? keys.map((k) => escapeRegExp(k).replace(/-/g, "[- ]")).join("|") : null;
}

export function compileNumbers(pack: LanguagePack): CompiledNumbers {
  const n = pack.data.numbers;
  const words = new Map<string, NumberWord>();
  const put = (w: string, value: number, kind: WordKind) => {
    const key = wordKey(foldPhrase(w));
    words.set(key, { value, kind, vigesimal: false, standalone: false, one: false });
  };
  for (const [w, v] of Object.entries(n.values)) put(w, v, "add");
  for (const [w, v] of Object.entries(n.hundreds)) put(w, v, "hundred");
  for (const [w, v] of Object.entries(n.scales)) put(w, v, "scale");
  for (const [w, v] of Object.entries(n.collectives)) put(w, v, "collective");
  const flag = (list: string[], set: (w: NumberWord) => void) => {
    for (const w of list) {
      const entry = words.get(wordKey(foldPhrase(w)));
      if (entry) set(entry);
    }
  };
  flag(n.vigesimal, (w) => (w.vigesimal = true));
  flag(n.standalone, (w) => (w.standalone = true));
  flag(n.ones, (w) => (w.one = true));

  const multipliers = [...words].filter(([, w]) => w.kind !== "add").map(([k]) => k);
  const ws = `(?:${wordSource(words.keys())})(?![\\p{L}])`;
  const joiners = alternation(n.joiners);
  const sep = `(?:${joiners ? `[ -]{1,2}${joiners}[ -]{1,2}|` : ""}[ ]{1,2}|-)`;
  const articles = alternation(n.articles);
  const multSrc = wordSource(multipliers);
  const article = articles && multSrc ? `(?:${articles}[ ]{1,2}(?=(?:${multSrc})(?![\\p{L}])))?` : "";
  const wordSeq = `${article}${ws}(?:${sep}${ws}){0,8}`;
  const g = n.group.map(escapeRegExp).join("");
  const d = escapeRegExp(n.decimal);
  const digits = `\\d{1,3}(?:[${g}]\\d{3}){1,4}(?!\\d)(?:${d}\\d{1,3}(?!\\d))?|\\d{1,15}(?:${d}\\d{1,3}(?!\\d))?`;
  const candidate = `(?<![\\p{L}\\p{N}])(?:(${digits})|(${wordSeq}))`;

  const qualifierKinds = Object.keys(n.qualifiers) as NumberQualifier[];
  const groups = qualifierKinds.map((k) => `(${alternation(n.qualifiers[k]) ?? "(?!)"})`).join("|");
  const particles = alternation(n.particles);
  const qualifierBefore = new RegExp(
    `${WORD_START}(?:${groups})(?:[ ]{1,2}${particles ?? "(?!)"})?[ ]{0,3}$`,
    "u",
  );
  const bareJoins = n.ranges.join.filter((j) => j !== "-");
  const joinWords = alternation(bareJoins);
  const dash = n.ranges.join.includes("-") ? "[ ]{0,1}-[ ]{0,1}" : "(?!)";
  return {
    candidate: new RegExp(candidate, "gu"),
    candidateAt: new RegExp(candidate, "uy"),
    word: new RegExp(`${ws}`, "gu"),
    words,
    articleAt: compileOr(articles, (a) => `${a}[ ]{1,2}`, "uy"),
    decimal: n.decimal,
    group: new Set(n.group),
    scaleAfter: compileOr(multSrc, (a) => `[ ]{1,2}(${a})(?![\\p{L}])`, "uy"),
    suffixAfter: compileOr(alternation(Object.keys(n.suffixes)), (a) => `(${a})${WORD_END}`, "uy"),
    suffixes: new Map(Object.entries(n.suffixes).map(([k, v]) => [foldPhrase(k), v])),
    qualifierBefore,
    qualifierKinds,
    rangeJoin: new RegExp(`(?:${dash}${joinWords ? `|[ ]{1,2}${joinWords}[ ]{1,2}` : ""})`, "uy"),
    openJoin: compileOr(alternation(n.ranges.openJoin), (a) => `[ ]{1,2}${a}[ ]{1,2}`, "uy"),
    rangeOpen: compileOr(alternation(n.ranges.open), (a) => `${WORD_START}${a}[ ]{1,3}$`, "u"),
    ends: { qualifier: new EndChars([...Object.values(n.qualifiers).flat(), ...n.particles]), rangeOpen: new EndChars(n.ranges.open) },
  };
}
