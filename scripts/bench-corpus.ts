/**
 * The synthetic benchmark corpus: JSONL articles (~2.5 KB each, fr/en/es in
 * turn) generated from the templates of scripts/bench-templates, with
 * boilerplate (byline, photo credit, caption, "follow us" lines, related
 * links, cookie banner) around varied incidents, figures, places and dates.
 * Seeded: the same size always gives the same bytes.
 */
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { en } from "./bench-templates/en.js";
import { es } from "./bench-templates/es.js";
import { fr } from "./bench-templates/fr.js";
import type { Templates } from "./bench-templates/types.js";
import { prng } from "./prng.js";

export { prng };

const LANGS: readonly Templates[] = [fr, en, es];
const AGENCIES = ["AFP", "Reuters", "AP", "EFE", "Anadolu"];

const pick = <T>(rnd: () => number, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
const int = (rnd: () => number, lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));

/** Fills `<slot>`s from `vars`, then resolves each `{a|b}` to one alternative. */
function fill(rnd: () => number, template: string, vars: Record<string, string | (() => string)>): string {
  const slot = (k: string) => {
    const v = vars[k];
    return typeof v === "function" ? v() : (v ?? k);
  };
  return template.replace(/<(\w+)>/g, (_, k: string) => slot(k)).replace(/\{([^{}]*)\}/g, (_, alts: string) => pick(rnd, alts.split("|")));
}

const thousands = (n: number, lang: string) => (n < 1000 ? String(n) : n.toLocaleString(lang === "en" ? "en-US" : lang === "es" ? "es-ES" : "fr-FR"));

/** One article as a JSONL object (without the trailing newline). */
export function article(rnd: () => number, index: number): string {
  const t = LANGS[index % LANGS.length];
  const [place, country] = pick(rnd, t.places);
  const year = int(rnd, 2018, 2024);
  const month = int(rnd, 0, 11);
  const day = int(rnd, 1, 28);
  // place, country, n and the date stay the same through an article; the other figures vary at each use.
  const vars: Record<string, string | (() => string)> = {
    place,
    country,
    agency: pick(rnd, AGENCIES),
    outlet: pick(rnd, t.outlets),
    n: String(int(rnd, 2, 60)),
    m: () => String(int(rnd, 1, 40)),
    k: () => String(int(rnd, 2, 9)),
    a: () => String(int(rnd, 10, 90)),
    t: () => thousands(int(rnd, 5, 900) * 10, t.lang),
    money: () => String(int(rnd, 2, 40)),
    year: () => String(year - int(rnd, 2, 8)),
  };
  vars.date = fill(rnd, t.date(Math.min(day, int(rnd, 1, day)), month), vars);
  const f = (xs: readonly string[]) => fill(rnd, pick(rnd, xs), vars);
  const title = f(t.titles);
  const body: string[] = [title, f(t.byline), `${title} ${f(t.credit)}`, f(t.caption), f(t.follow), ""];
  body.push(`${f(t.incidents)} ${f(t.details)} ${f(t.details)}`, "");
  body.push(`${f(t.context)} ${f(t.context)} ${f(t.quotes)} ${f(t.details)}`, "", f(t.related), "");
  body.push(`${f(t.details)} ${f(t.context)} ${f(t.context)}`, "");
  body.push(`${f(t.details)} ${f(t.quotes)} ${f(t.context)} ${f(t.details)}`, "");
  body.push(`${f(t.incidents)} ${f(t.quotes)} ${f(t.context)}`, "", f(t.follow), f(t.cookie));
  const published = `${year}-${String(month + 1).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  const id = `bench-${t.lang}-${String(index).padStart(8, "0")}`;
  return JSON.stringify({ id, lang: t.lang, published, source: vars.outlet, url: `https://example.org/${t.lang}/${index}`, title, text: body.join("\n") });
}

/** Writes articles to `path` until it holds at least `bytes` bytes; returns the number of articles. */
export async function writeCorpus(path: string, bytes: number, seed = 42): Promise<number> {
  const out = createWriteStream(path);
  const rnd = prng(seed);
  let written = 0;
  let n = 0;
  while (written < bytes) {
    const line = `${article(rnd, n++)}\n`;
    written += Buffer.byteLength(line);
    if (!out.write(line)) await once(out, "drain");
  }
  out.end();
  await once(out, "close");
  return n;
}
