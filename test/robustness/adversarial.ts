/**
 * Adversarial texts and the matchers they are fed to (test/robustness/regex-safety.test.ts,
 * scripts/regex-timings.ts). Every text is about `size` characters; most hold no
 * sentence break, so that sentence-level extractors see the whole of it as one sentence.
 */
import type { InputDocument } from "../../schemas/index.js";
import { findDates } from "../../src/extract/dates/index.js";
import { compileCounts, recogniseCounts, resolveDocumentCounts } from "../../src/extract/counts/index.js";
import { factsSource, sentenceFacts } from "../../src/extract/events/facts.js";
import { findPlaces } from "../../src/geo/index.js";
import type { LanguagePack } from "../../src/lang/pack.js";
import { createContext, createDoc, STAGES } from "../../src/pipeline.js";
import { fold } from "../../src/text/fold.js";
import { normaliseText } from "../../src/text/normalise-text.js";
import { compileSegmenter, segmentParagraph } from "../../src/text/segment.js";
import { tokenize } from "../../src/text/tokens.js";
import type { Ctx, Doc, Sentence } from "../../src/types.js";

export const SIZE = 100_000;

/** `unit` repeated up to `size` characters. */
export const repeat = (unit: string, size = SIZE) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/** Texts built from the brief's list plus the phrases of each pack (number words, triggers, actors, months...). */
export function adversarialTexts(ctx: Ctx, size = SIZE): [string, string][] {
  const r = (u: string) => repeat(u, size);
  const out: [string, string][] = [
    ["digits", r("1")],
    ["digits-spaces", r("1 ")],
    ["digits-nbsp", r("1\u00a0")],
    ["digits-commas", r("1,")],
    ["digits-dots", r("1.")],
    ["digit-groups", r("2 500 ")],
    ["digits-hyphens", r("1-")],
    ["digits-slashes", r("1/")],
    ["digits-colons", r("12:")],
    ["digits-mixed-seps", r("1 1,1.1'1\u202f")],
    ["spaces", `x${r(" ")}x`],
    ["tabs", `x${r("\t")}x`],
    ["newlines", `x${r("\n")}x`],
    ["letters", r("a")],
    ["capitals", r("A")],
    ["a-a-a", r("a ")],
    ["de-de", r("de ")],
    ["of-of", r("of ")],
    ["apostrophes", r("'")],
    ["l-apostrophe", r("l'")],
    ["d-apostrophe-names", r("d'Al ")],
    ["hyphens", r("-")],
    ["word-hyphens", r("a-")],
    ["al-hyphen-names", r("al-Al ")],
    ["unclosed-quotes", r('"a ')],
    ["guillemets", r("« a ")],
    ["closing-guillemets", r("a » ")],
    ["brackets", r("(a ")],
    ["Al-Al", r("Al ")],
    ["capitalised-names", r("Abu Bakr ")],
    ["dots", r(".")],
    ["ellipsis", r("a... ")],
    ["abbreviations", r("M. Gen. Dr. ")],
    ["initials", r("A. ")],
    ["url-like", r("https://a.b/c?d=e&")],
    ["emoji", r("\u{1F600}")],
    ["combining", r("a\u0301")],
    ["lone-surrogates", r("\ud800a\udc00")],
    ["controls", r("\u0001\u0002a\u0007")],
    ["percent", r("1 % ")],
    ["currency", r("$1 ")],
    ["ordinals", r("1er 2e 3rd ")],
    ["dates-iso", r("2021-06-20 ")],
  ];
  for (const pack of ctx.packs.values()) out.push(...packTexts(pack, size));
  return out;
}

/** Repeated phrases of one pack: number words, qualifiers, months, weekdays, triggers, actors, targets, weapons, cues, boilerplate. */
function packTexts(pack: LanguagePack, size: number): [string, string][] {
  const d = pack.data;
  const words = Object.keys(d.numbers.values);
  const first = (xs: readonly { phrases: readonly string[] }[]) => xs.map((x) => x.phrases[0]);
  const join = (xs: readonly string[]) => `${xs.join(" ")} `;
  const c = pack.code;
  const texts: [string, string][] = [
    [`${c}:number-word`, repeat(`${words.find((w) => d.numbers.values[w] === 20) ?? words[0]} `, size)],
    [`${c}:number-words`, repeat(join(words), size)],
    [`${c}:scales`, repeat(join([...Object.keys(d.numbers.hundreds), ...Object.keys(d.numbers.scales)]), size)],
    [`${c}:collectives`, repeat(join(Object.keys(d.numbers.collectives)), size)],
    [`${c}:qualifiers`, repeat(join(Object.values(d.numbers.qualifiers).flat()), size)],
    [`${c}:qualified-numbers`, repeat(`${Object.values(d.numbers.qualifiers).flat()[0]} 1 ${d.numbers.ranges.join[0]} `, size)],
    [`${c}:months`, repeat(`1 ${join(d.dates.months.flat())}`, size)],
    [`${c}:weekdays`, repeat(join(d.dates.weekdays.flat()), size)],
    [`${c}:triggers`, repeat(join(first(d.events.triggers)), size)],
    [`${c}:trigger`, repeat(`${d.events.triggers[0].phrases[0]} `, size)],
    [`${c}:actors`, repeat(join(first(d.events.actors)), size)],
    [`${c}:targets`, repeat(join(first(d.events.targets)), size)],
    [`${c}:weapons`, repeat(join(first(d.events.weapons)), size)],
    [`${c}:cues`, repeat(join(Object.values(d.events.cues).map((x) => x[0] ?? "")), size)],
    [`${c}:np-links`, repeat(`${d.events.targets[0].phrases[0]} ${join(d.events.np.links)}Al `, size)],
    [`${c}:roles`, repeat(`${d.events.actors[0].phrases[0]} ${d.events.triggers[0].phrases[0]} ${d.events.targets[0].phrases[0]} ${d.events.cues.target_markers[0] ?? ""} `, size)],
    [`${c}:counts`, repeat(`1 ${(Object.values(d.counts.nouns)[0]?.[0] ?? "x").replace("*", "")} `, size)],
    [`${c}:places`, repeat(`${d.geo.prepositions[0]?.phrase ?? "a"} Al `, size)],
    [`${c}:sentences`, repeat(`${d.events.actors[0].phrases[0]} ${d.events.triggers[0].phrases[0]} 3 ${d.events.targets[0].phrases[0]} ${d.geo.prepositions[0]?.phrase ?? ""} Gao 1 ${d.dates.months[0][0]}. `, size)],
    [`${c}:boilerplate`, repeat(`${JSON.stringify(d.boilerplate).replace(/[{}[\]"]/g, " ").slice(0, 2000)}\n`, size)],
  ];
  return texts;
}

/** A matcher: something that runs over input text. */
export type Matcher = (text: string) => unknown;

const published = "2021-06-20";

function wholeSentence(text: string): Sentence {
  return { start: 0, end: text.length, index: 0, paragraph: 0, zone: "body" };
}

/** Runs the stages of the pipeline one by one on `input`; `only` runs only up to and including that stage, timing that one stage. */
function stageRunner(ctx: Ctx, lang: string, stage: string): Matcher {
  const ix = STAGES.findIndex(([n]) => n === stage);
  const forced: Ctx = { ...ctx, options: { lang, published } };
  const cache = new Map<string, Doc>();
  return (text) => {
    // Earlier stages are run once per text and cached, so that only `stage` is measured on repeats.
    let doc = cache.get(text);
    if (!doc) {
      doc = createDoc(inputOf(text));
      for (const [, s] of STAGES.slice(0, ix)) if (!doc.rejected) doc = s(doc, forced);
      cache.clear();
      cache.set(text, doc);
    }
    return doc.rejected ? doc : STAGES[ix][1](doc, forced);
  };
}

export const inputOf = (text: string, id = "adv"): InputDocument => ({ id, text, lang: null, published, url: null, title: null, source: null, origin: "adversarial" });

/** Every matcher that runs on input text: each stage (per forced language) and each extractor (per pack) on the whole text as one sentence. */
export function matchers(ctx: Ctx): [string, Matcher][] {
  const out: [string, Matcher][] = [
    ["normaliseText", normaliseText],
    ["fold", fold],
    ["tokenize", (t) => tokenize(t)],
    ["stage:normalise", stageRunner(ctx, "auto", "normalise")],
    ["stage:boilerplate", stageRunner(ctx, "auto", "boilerplate")],
    ["stage:language(auto)", stageRunner(ctx, "auto", "language")],
  ];
  for (const pack of ctx.packs.values()) {
    const c = pack.code;
    const seg = compileSegmenter(pack);
    compileCounts(pack);
    out.push(
      [`${c}:segmentParagraph`, (t) => segmentParagraph(t, 0, t.length, seg)],
      [`${c}:counts`, (t) => resolveDocumentCounts(recogniseCounts(t, wholeSentence(t), pack))],
      [`${c}:dates`, (t) => findDates(t, 0, t.length, pack, published)],
      [`${c}:geo`, (t) => findPlaces(t, 0, t.length, pack)],
      [`${c}:event-facts`, (t) => sentenceFacts(factsSource(t, pack, published), wholeSentence(t))],
    );
    for (const [name] of STAGES.slice(3)) out.push([`${c}:stage:${name}`, stageRunner(ctx, c, name)]);
  }
  return out;
}

/** An extractor run directly on the whole text as one sentence, per pack (the stages are timed by `stageTimes`). */
export function extractors(ctx: Ctx): [string, string | null, Matcher][] {
  const out: [string, string | null, Matcher][] = [
    ["normaliseText", null, normaliseText],
    ["fold", null, fold],
    ["tokenize", null, (t) => tokenize(t)],
  ];
  for (const pack of ctx.packs.values()) {
    const c = pack.code;
    const seg = compileSegmenter(pack);
    compileCounts(pack);
    out.push(
      [`${c}:sentences`, c, (t) => segmentParagraph(t, 0, t.length, seg)],
      [`${c}:counts`, c, (t) => resolveDocumentCounts(recogniseCounts(t, wholeSentence(t), pack))],
      [`${c}:dates`, c, (t) => findDates(t, 0, t.length, pack, published)],
      [`${c}:geo`, c, (t) => findPlaces(t, 0, t.length, pack)],
      [`${c}:event-facts`, c, (t) => sentenceFacts(factsSource(t, pack, published), wholeSentence(t))],
    );
  }
  return out;
}

/**
 * Runs the pipeline once on `text` with the language forced to `lang`
 * ("auto": detected) and returns each stage's time; a stage over `retryOver`
 * ms is run again twice on the same input and its best time kept.
 */
export function stageTimes(ctx: Ctx, lang: string, text: string, retryOver = Infinity): [string, number][] {
  const forced: Ctx = { ...ctx, options: { lang, published } };
  let doc = createDoc(inputOf(text));
  const out: [string, number][] = [];
  for (const [name, stage] of STAGES) {
    if (doc.rejected) break;
    const input = doc;
    let t0 = performance.now();
    doc = stage(input, forced);
    let ms = performance.now() - t0;
    for (let k = 0; k < 2 && ms > retryOver; k++) {
      t0 = performance.now();
      stage(input, forced);
      ms = Math.min(ms, performance.now() - t0);
    }
    out.push([name, ms]);
  }
  return out;
}

/** Best of `runs` wall-clock times of `fn(text)`, in milliseconds. */
export function bestTime(fn: Matcher, text: string, runs = 3): number {
  let best = Infinity;
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    fn(text);
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

export { createContext };
