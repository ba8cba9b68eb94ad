import type { LanguagePack } from "../lang/pack.js";
import type { BoilerplateSection } from "../lang/schema/boilerplate.js";
import { foldPhrase } from "./fold.js";
import { LeadFilter } from "./boilerplate-phrases.js";
import { SymbolFinder } from "./boilerplate-symbols.js";
import { PhraseMatcher } from "./phrase-matcher.js";
import { isSymbolPhrase } from "./symbol-find.js";
import { escapeRegExp } from "./regex-escape.js";

/** What a phrase found in the folded text means for its line. */
export interface Tag {
  kind: "consent" | "follow" | "start" | "any";
  id: string;
  rule: string;
  maxLength: number;
}

export interface SymbolTag extends Tag {
  phrase: string;
}

export interface CompiledPattern {
  id: string;
  rule: string;
  re: RegExp;
  maxLength: number;
}

/** A pack's boilerplate rules, compiled once per pack (`pack.memo("boilerplate", compileBoilerplate)`). */
export interface CompiledBoilerplate {
  /** Word phrases of every kind in one alternation; a value lists every entry sharing the folded phrase. */
  phrases: PhraseMatcher<Tag[]>;
  /** The words that may start one of `phrases` (see `findPhrases`). */
  leads: LeadFilter;
  /** `start`/`any` phrases beginning or ending with a symbol ("©", "(archive)"): their finder, tags by folded phrase. */
  symbols: { finder: SymbolFinder; tags: Map<string, SymbolTag[]> };
  /** `line` phrases (buttons) by first folded character, longest first. */
  buttons: Map<string, { phrase: string; rule: string }[]>;
  networks: string[];
  agencies: string[];
  patterns: CompiledPattern[];
  minConsent: number;
}

const DEFAULT_ANY = 200;
const DEFAULT_PATTERN = 120;

function expand(pattern: string, id: string, pieces: Record<string, string>, agency: string): RegExp {
  const src = pattern.replace(/\{([a-z]+)\}/g, (_, name: string) => {
    if (name === "agency") return agency;
    const piece = pieces[name];
    if (piece === undefined) throw new Error(`boilerplate pattern ${id}: unknown piece {${name}}`);
    return `(?:${piece})`;
  });
  return new RegExp(src, "u");
}

export function compileBoilerplate(pack: LanguagePack): CompiledBoilerplate {
  return compileSection(pack.data.boilerplate);
}

export function compileSection(s: BoilerplateSection): CompiledBoilerplate {
  const grouped = new Map<string, { phrase: string; value: Tag[] }>();
  const symbolTags = new Map<string, SymbolTag[]>();
  const add = (phrase: string, tag: Tag) => {
    const folded = foldPhrase(phrase);
    if ((tag.kind === "any" || tag.kind === "start") && isSymbolPhrase(folded)) {
      symbolTags.set(folded, [...(symbolTags.get(folded) ?? []), { ...tag, phrase: folded }]);
      return;
    }
    const g = grouped.get(folded) ?? { phrase: folded, value: [] };
    g.value.push(tag);
    grouped.set(folded, g);
  };
  for (const e of s.consent.phrases) add(e.phrase, { kind: "consent", id: e.id, rule: "cookie-banner", maxLength: Infinity });
  for (const e of s.follow) add(e.phrase, { kind: "follow", id: e.id, rule: "follow-us", maxLength: 150 });
  const buttons = new Map<string, { phrase: string; rule: string }[]>();
  for (const e of s.lines) {
    if (e.match !== "line") {
      add(e.phrase, { kind: e.match, id: e.id, rule: e.rule, maxLength: e.maxLength ?? DEFAULT_ANY });
      continue;
    }
    const phrase = foldPhrase(e.phrase);
    const list = buttons.get(phrase[0]) ?? [];
    list.push({ phrase, rule: e.rule });
    buttons.set(phrase[0], list);
  }
  for (const list of buttons.values()) list.sort((a, b) => b.phrase.length - a.phrase.length);
  const symbols = { finder: new SymbolFinder([...symbolTags.keys()]), tags: symbolTags };
  const agencyAlt = [...s.agencies].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|");
  return {
    phrases: new PhraseMatcher([...grouped.values()]),
    leads: new LeadFilter(grouped.keys()),
    symbols,
    buttons,
    networks: s.networks.map(foldPhrase),
    agencies: s.agencies.map(foldPhrase).sort((a, b) => b.length - a.length),
    patterns: s.patterns.map((p) => ({
      id: p.id,
      rule: p.rule,
      re: expand(p.pattern, p.id, s.pieces, agencyAlt),
      maxLength: p.maxLength ?? DEFAULT_PATTERN,
    })),
    minConsent: s.consent.minHits,
  };
}
