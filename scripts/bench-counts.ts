/**
 * Benchmarks the counts engine (recognition + binding) on one core, over the
 * sentences of the spec tables repeated, and reports per-language precision
 * and recall on those tables (value and category must agree, each expected
 * count matched once). Rates are per CPU second of this process
 * (`process.cpuUsage`), so a busy machine does not skew them.
 *
 *   npx tsx scripts/bench-counts.ts [seconds-per-language]
 */
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { recogniseCounts, resolveDocumentCounts } from "../src/extract/counts/index.js";
import { loadPacks } from "../src/lang/registry.js";
import type { Sentence } from "../src/types.js";

interface Case {
  text: string;
  expect: { value: number; category: string }[];
}

const LANGS = ["fr", "en", "es"];
const budget = Number(process.argv[2] ?? 1) * 1000;
const packs = loadPacks();
const sentenceOf = (text: string): Sentence => ({ start: 0, end: text.length, index: 0, paragraph: 0, zone: "body" });

let allSentences = 0;
let allCounts = 0;
let allMs = 0;
console.log("lang  cases   P      R     | sentences/s  counts/s");
for (const lang of LANGS) {
  const pack = packs.get(lang)!;
  const cases = JSON.parse(readFileSync(new URL(`../test/counts/${lang}.cases.json`, import.meta.url), "utf8")) as Case[];
  let tp = 0;
  let pred = 0;
  let gold = 0;
  for (const c of cases) {
    const got = resolveDocumentCounts(recogniseCounts(c.text, sentenceOf(c.text), pack));
    const used = new Set<number>();
    for (const g of got) {
      const i = c.expect.findIndex((e, k) => !used.has(k) && e.value === g.value && e.category === g.category);
      if (i >= 0) used.add(i);
    }
    tp += used.size;
    pred += got.length;
    gold += c.expect.length;
  }
  const texts = cases.map((c) => c.text);
  const sentences = texts.map(sentenceOf);
  for (let i = 0; i < 2000; i++) recogniseCounts(texts[i % texts.length], sentences[i % texts.length], pack);
  let n = 0;
  let counts = 0;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  while (performance.now() - t0 < budget) {
    for (let i = 0; i < texts.length; i++) counts += recogniseCounts(texts[i], sentences[i], pack).length;
    n += texts.length;
  }
  const cpu = process.cpuUsage(cpu0);
  const ms = (cpu.user + cpu.system) / 1000;
  allSentences += n;
  allCounts += counts;
  allMs += ms;
  const p = pred ? tp / pred : 0;
  const r = gold ? tp / gold : 0;
  console.log(`${lang.padEnd(5)} ${String(cases.length).padStart(5)}  ${p.toFixed(3)}  ${r.toFixed(3)} | ${Math.round((n / ms) * 1000).toLocaleString("en").padStart(11)}  ${Math.round((counts / ms) * 1000).toLocaleString("en").padStart(8)}`);
}
console.log(`all                        | ${Math.round((allSentences / allMs) * 1000).toLocaleString("en").padStart(11)}  ${Math.round((allCounts / allMs) * 1000).toLocaleString("en").padStart(8)}`);
