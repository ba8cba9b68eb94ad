/**
 * Fuzz documents for `make fuzz` (scripts/fuzz.ts) and its smoke test: seeds
 * written for this project (test/robustness/fixtures.ts, test/golden/*.txt)
 * mutated by byte flips, insertions of separators, number words, lexicon and
 * boilerplate phrases of the language packs, truncation, duplication and
 * splicing, plus documents generated from those pieces. Deterministic: the
 * n-th document of a seed is always the same.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { InputDocument } from "../schemas/index.js";
import type { PackRegistry } from "../src/lang/registry.js";
import { AR, BOILERPLATE_ONLY, EN, ES, FR, ZH } from "../test/robustness/fixtures.js";
import { prng } from "./prng.js";

export { prng };

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

/** Every string in a JSON value (phrases of a pack section), deduplicated. */
function strings(value: unknown, out = new Set<string>()): Set<string> {
  if (typeof value === "string") out.add(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) (strings(v, out), out.add(k));
  return out;
}

export interface Corpus {
  seeds: string[];
  separators: string[];
  numberWords: string[];
  phrases: string[];
  boilerplate: string[];
  junk: string[];
}

export function corpus(packs: PackRegistry): Corpus {
  const golden = join(ROOT, "test/golden");
  const seeds = [EN, FR, ES, AR, ZH, BOILERPLATE_ONLY, ...readdirSync(golden).filter((n) => n.endsWith(".txt")).map((n) => readFileSync(join(golden, n), "utf8"))];
  const numberWords: string[] = [];
  const phrases: string[] = [];
  const boilerplate: string[] = [];
  for (const p of packs.values()) {
    const d = p.data;
    numberWords.push(...Object.keys(d.numbers.values), ...Object.keys(d.numbers.hundreds), ...Object.keys(d.numbers.scales), ...Object.keys(d.numbers.collectives), ...Object.values(d.numbers.qualifiers).flat());
    phrases.push(...[...strings(d.events)].filter((s) => !/^[a-z]{2}\./.test(s)), ...d.dates.months.flat(), ...d.dates.weekdays.flat(), ...[...strings(d.geo)].slice(0, 400));
    boilerplate.push(...[...strings(d.boilerplate)].filter((s) => s.length > 2));
  }
  return {
    seeds,
    separators: [" ", "  ", "\u00a0", "\u202f", ",", ".", ";", ":", "-", "–", "'", "’", "\"", "«", "»", "(", ")", "\n", "\n\n", "\r\n", "\t", "/", "%", "$", "…"],
    numberWords,
    phrases,
    boilerplate,
    junk: ["\u0000", "\u0007", "\u001b", "\u200b", "\u200e", "\ufeff", "\ud800", "\udfff", "\u{1F4A3}", "e\u0301", "\u0301", "ﬁ", "İ", "ß", "=cmd|' /C calc'!A0", "@SUM(A1)", "+1", "-1", "<script>x</script>", "&amp;", "\\", "\u2028"],
  };
}

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const int = (r: () => number, n: number) => Math.floor(r() * n);

function insert(r: () => number, t: string, piece: string): string {
  const at = int(r, t.length + 1);
  return t.slice(0, at) + piece + t.slice(at);
}

/** One mutation of `t`. */
function mutate(r: () => number, c: Corpus, t: string): string {
  switch (int(r, 10)) {
    case 0: {
      // Byte flips on the UTF-8 bytes, decoded leniently (invalid sequences become U+FFFD).
      const b = Buffer.from(t, "utf8");
      for (let k = 1 + int(r, 8); k > 0 && b.length; k--) b[int(r, b.length)] ^= 1 << int(r, 8);
      return b.toString("utf8");
    }
    case 1:
      return insert(r, t, pick(r, c.separators).repeat(1 + int(r, 3)));
    case 2:
      return insert(r, t, ` ${pick(r, c.numberWords)} `);
    case 3:
      return insert(r, t, ` ${pick(r, c.phrases)} `);
    case 4:
      return insert(r, t, `\n${pick(r, c.boilerplate)}\n`);
    case 5:
      return t.slice(0, int(r, t.length + 1));
    case 6: {
      const a = int(r, t.length + 1);
      const s = t.slice(a, a + 1 + int(r, 200));
      return t.slice(0, a) + s.repeat(1 + int(r, 20)) + t.slice(a);
    }
    case 7:
      return t + pick(r, ["\n", " ", "\n\n", ""]) + pick(r, c.seeds).slice(int(r, 500));
    case 8:
      return insert(r, t, pick(r, c.junk));
    default:
      // A long run of one piece: the adversarial shape (digits and separators, number words, "a a a").
      return insert(r, t, `${pick(r, [...c.separators, ...c.numberWords.slice(0, 40), "1", "1 ", "a ", "de ", "Al ", "'"])} `.repeat(50 + int(r, 3000)));
  }
}

/** The text of fuzz document `n`: a mutated seed, or (one in five) a sequence of pieces. */
export function fuzzText(c: Corpus, seed: number, n: number): string {
  const r = prng(seed * 1_000_003 + n);
  let t: string;
  if (r() < 0.2) {
    const parts: string[] = [];
    for (let k = int(r, 200); k > 0; k--) parts.push(pick(r, [c.separators, c.numberWords, c.phrases, c.junk, c.boilerplate][int(r, 5)]));
    t = parts.join(r() < 0.7 ? " " : "");
  } else t = pick(r, c.seeds);
  for (let k = 1 + int(r, 6); k > 0; k--) t = mutate(r, c, t);
  return t.slice(0, 300_000);
}

export function fuzzDoc(c: Corpus, seed: number, n: number): InputDocument {
  const r = prng(seed * 7919 + n);
  const lang = r() < 0.5 ? null : pick(r, ["fr", "en", "es", "FR-fr", "zz", "auto", ""]);
  return {
    id: `fuzz-${seed}-${n}`,
    text: fuzzText(c, seed, n),
    lang: lang === "" ? null : lang,
    published: r() < 0.5 ? null : pick(r, ["2021-06-20", "2023-01-01", "1999-12-31"]),
    url: null,
    title: r() < 0.2 ? pick(r, c.junk) : null,
    source: null,
    origin: `fuzz#${n}`,
  };
}
