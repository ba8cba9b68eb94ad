/**
 * The per-sentence hit budget (src/text/hit-budget.ts): a sentence holding more
 * hits of one kind than prose does is read up to the budget, so per-hit work
 * stays bounded; a sentence under the budget is read whole.
 */
import { describe, expect, it } from "vitest";
import { factsSource, sentenceFacts } from "../../src/extract/events/facts.js";
import { findPlaces } from "../../src/geo/index.js";
import { MAX_HITS_PER_SENTENCE } from "../../src/text/hit-budget.js";
import { createContext, processDocument } from "../../src/pipeline.js";

const whole = (text: string) => ({ start: 0, end: text.length, index: 0, paragraph: 0, zone: "body" as const });
const cities = ["Gao", "Kidal", "Mopti", "Bamako", "Tombouctou", "Ségou", "Kayes", "Sikasso"];

describe("hit budget per sentence", () => {
  const pack = createContext().packs.get("fr")!;
  it("places: every place of a sentence under the budget, the first ones of a longer list", () => {
    const list = (n: number) => Array.from({ length: n }, (_, i) => cities[i % cities.length]).join(", ");
    expect(findPlaces(list(20), 0, list(20).length, pack)).toHaveLength(20);
    const long = list(3 * MAX_HITS_PER_SENTENCE);
    const found = findPlaces(long, 0, long.length, pack);
    expect(found).toHaveLength(MAX_HITS_PER_SENTENCE);
    expect(found.map((p) => p.text)).toEqual(long.split(", ").slice(0, MAX_HITS_PER_SENTENCE));
  });

  it("weapons and actors: the first ones of a sentence over the budget", () => {
    const text = `Des hommes armés ont attaqué le camp ${"avec des roquettes, ".repeat(2 * MAX_HITS_PER_SENTENCE)}hier.`;
    const facts = sentenceFacts(factsSource(text, pack, "2021-06-20"), whole(text));
    expect(facts.triggers.length).toBeGreaterThan(0);
    expect(facts.weapons).toHaveLength(MAX_HITS_PER_SENTENCE);
    expect(facts.weapons[0].start).toBe(text.indexOf("roquettes"));
    const short = `Des hommes armés ont attaqué le camp ${"avec des roquettes, ".repeat(5)}hier.`;
    expect(sentenceFacts(factsSource(short, pack, "2021-06-20"), whole(short)).weapons).toHaveLength(5);
  });
});

describe("hit budget messages", () => {
  const ctx = createContext();
  const run = (text: string) => processDocument({ id: "b", text, lang: "fr", published: "2021-06-20", url: null, title: null, source: null, origin: "test" }, ctx);
  it("a document whose sentences stay under the budget gets no message", () => {
    const doc = run("Des hommes armés ont attaqué le camp de Gao hier, tuant 12 soldats et blessant 3 civils.");
    expect(doc.messages).toEqual([]);
    expect(doc.counts.map((c) => c.value)).toEqual([12, 3]);
  });
  it("numbers past the budget are not read, and the counts stage says so", () => {
    const doc = run(`Des hommes armés ont tué ${"3 soldats, ".repeat(MAX_HITS_PER_SENTENCE + 10)}hier.`);
    expect(doc.counts).toHaveLength(MAX_HITS_PER_SENTENCE);
    expect(doc.messages.map((m) => [m.stage, m.rule, m.start, m.fatal])).toContainEqual(["counts", "count:sentence-budget", doc.sentences[0].start, false]);
  });
  it("hits past the budget are not read, and the events stage says so", () => {
    const doc = run(`Des hommes armés ont attaqué le camp ${"avec des roquettes, ".repeat(MAX_HITS_PER_SENTENCE + 1)}hier.`);
    expect(doc.events).toHaveLength(1);
    const m = doc.messages.find((x) => x.rule === "event:sentence-budget");
    expect(m?.reason).toMatch(/^1 time\(s\) a sentence held more than 64/);
    // Placed at the sentence cut (here the whole text).
    expect([m?.start, m?.end]).toEqual([doc.sentences[0].start, doc.sentences[0].end]);
  });
});
