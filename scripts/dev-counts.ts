/**
 * Scores the counts of the pipeline against a gold file (FORMAT.md rules):
 * a predicted count matches a gold count when the values agree within 0.5%
 * and the categories are equal, each gold count matched once; also a
 * value-only score. Micro P/R/F1 per language.
 *
 *   npx tsx scripts/dev-counts.ts [gold.jsonl] [--show] [--lines]
 *
 * When the sentence stage yields no sentence (or with --lines), each line of
 * the text stands for a sentence (here only, never in the stage).
 */
import { readFileSync } from "node:fs";
import { recogniseCounts, resolveDocumentCounts, toCount } from "../src/extract/counts/index.js";
import { createContext, processDocument } from "../src/pipeline.js";
import type { Count } from "../schemas/index.js";
import type { Sentence } from "../src/types.js";

interface Gold {
  id: string;
  lang: string;
  published: string | null;
  text: string;
  title?: string | null;
  url?: string | null;
  source?: string | null;
  counts: { value: number; category: string; text: string }[];
}

const args = process.argv.slice(2);
const show = args.includes("--show");
const lines = args.includes("--lines");
const path = args.find((a) => !a.startsWith("--")) ?? "/work/shared/eval/dev.jsonl";
const docs = readFileSync(path, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as Gold);
const ctx = createContext();
const close = (a: number, b: number) => Math.abs(a - b) <= 0.005 * Math.max(Math.abs(a), Math.abs(b));

function lineSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  for (const line of text.split("\n")) {
    if (line.trim()) out.push({ start, end: start + line.length, index: out.length, paragraph: out.length, zone: out.length ? "body" : "headline" });
    start += line.length + 1;
  }
  return out;
}

/** Greedy one-to-one matching; returns the number of matched pairs. */
function matched(pred: Count[], gold: Gold["counts"], withCategory: boolean): number {
  const used = new Set<number>();
  let tp = 0;
  for (const p of pred) {
    const i = gold.findIndex((g, k) => !used.has(k) && close(g.value, p.value) && (!withCategory || g.category === p.category));
    if (i >= 0) {
      used.add(i);
      tp++;
    }
  }
  return tp;
}

const stats = new Map<string, { pred: number; gold: number; tp: number; tpValue: number }>();
for (const g of docs) {
  const input = { id: g.id, text: g.text, lang: g.lang, published: g.published, url: g.url ?? null, title: g.title ?? null, source: g.source ?? null, origin: `${path}#${g.id}` };
  const doc = processDocument(input, ctx);
  let counts = doc.counts;
  if (!doc.sentences.length || lines) {
    const pack = ctx.packs.get(g.lang)!;
    const sentences = lineSentences(doc.text);
    counts = resolveDocumentCounts(sentences.flatMap((s) => recogniseCounts(doc.text, s, pack))).map((m, i) => toCount(m, g.id, i + 1));
  }
  const s = stats.get(g.lang) ?? { pred: 0, gold: 0, tp: 0, tpValue: 0 };
  s.pred += counts.length;
  s.gold += g.counts.length;
  s.tp += matched(counts, g.counts, true);
  s.tpValue += matched(counts, g.counts, false);
  stats.set(g.lang, s);
  if (show) {
    console.log(`## ${g.id}`);
    const used = new Set<number>();
    for (const p of counts) {
      const i = g.counts.findIndex((x, k) => !used.has(k) && close(x.value, p.value) && x.category === p.category);
      if (i >= 0) used.add(i);
      else console.log(`  FP ${p.value} ${p.category} «${p.text}» ${p.evidence.rule}`);
    }
    g.counts.forEach((x, k) => used.has(k) || console.log(`  FN ${x.value} ${x.category} «${x.text}»`));
  }
}

const f1 = (tp: number, pred: number, gold: number) => {
  const p = pred ? tp / pred : 0;
  const r = gold ? tp / gold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};
const fmt = (x: number) => x.toFixed(3);
console.log("lang  pred gold |  P     R     F1   | value-only P     R     F1");
const total = { pred: 0, gold: 0, tp: 0, tpValue: 0 };
for (const [lang, s] of [...stats].sort()) {
  const a = f1(s.tp, s.pred, s.gold);
  const v = f1(s.tpValue, s.pred, s.gold);
  console.log(`${lang.padEnd(5)} ${String(s.pred).padStart(4)} ${String(s.gold).padStart(4)} | ${fmt(a.p)} ${fmt(a.r)} ${fmt(a.f)} |            ${fmt(v.p)} ${fmt(v.r)} ${fmt(v.f)}`);
  for (const k of Object.keys(total) as (keyof typeof total)[]) total[k] += s[k];
}
const a = f1(total.tp, total.pred, total.gold);
const v = f1(total.tpValue, total.pred, total.gold);
console.log(`all   ${String(total.pred).padStart(4)} ${String(total.gold).padStart(4)} | ${fmt(a.p)} ${fmt(a.r)} ${fmt(a.f)} |            ${fmt(v.p)} ${fmt(v.r)} ${fmt(v.f)}`);
