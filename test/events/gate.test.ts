/**
 * The gate of a sentence (sentenceGate in src/extract/events/facts.ts): the
 * first reading, which tells whether the sentence can join an incident. The
 * events stage reads every gate first and reads nothing more of a document
 * none of whose sentences is open (no trigger, reference back or claim): the
 * tests check, with the incident grouping itself, that such a sentence read
 * whole joins no incident.
 */
import { describe, expect, it } from "vitest";
import { factsSource, sentenceFacts, sentenceGate } from "../../src/extract/events/facts.js";
import { groupIncidents } from "../../src/extract/events/incidents.js";
import { createContext, processDocument, STAGES, createDoc } from "../../src/pipeline.js";
import { MAX_HITS_PER_SENTENCE } from "../../src/text/hit-budget.js";
import { WordIndex } from "../../src/text/word-index.js";
import type { Doc } from "../../src/types.js";
import { CASES } from "./cases.js";

const ctx = createContext();
const input = (text: string, lang: "fr" | "en" | "es", published = "2024-11-20") => ({ id: "g", text, lang, published, url: null, title: null, source: null, origin: "test" });

/** The document as the events stage receives it (every stage before it run). */
function beforeEvents(text: string, lang: "fr" | "en" | "es", published: string): Doc {
  let doc = createDoc(input(text, lang, published));
  for (const [name, stage] of STAGES) {
    if (name === "events") break;
    doc = stage(doc, ctx);
  }
  return doc;
}

describe("events: the gate of a sentence", () => {
  CASES.forEach((c, n) => {
    it(`${c.lang} #${n + 1}: a closed sentence can join no incident; facts read from the gate equal facts read whole`, () => {
      const doc = beforeEvents(c.text, c.lang, c.published);
      const pack = ctx.packs.get(c.lang)!;
      const index = new WordIndex(doc.folded!);
      const src = factsSource(doc.text, pack, c.published, doc.folded!, index);
      const whole = doc.sentences.map((s) => sentenceFacts(src, s));
      const gates = doc.sentences.map((s) => sentenceGate(src, s));
      doc.sentences.forEach((s, k) => {
        expect(sentenceFacts(src, s, [], gates[k])).toEqual(whole[k]);
        // Read whole, a closed sentence joins nothing, even as the only sentence and with casualty figures.
        if (!gates[k].open) for (const figures of [false, true]) expect(groupIncidents([whole[k]], () => figures)).toEqual([]);
      });
      // So a document none of whose sentences is open reports no incident; one that reports an incident has an open sentence.
      if (!gates.some((g) => g.open)) expect(groupIncidents(whole, () => true)).toEqual([]);
      if (c.events.length) expect(gates.some((g) => g.open)).toBe(true);
    });
  });

  const gateOf = (text: string) => {
    const doc = beforeEvents(text, "en", "2024-11-20");
    return sentenceGate(factsSource(doc.text, ctx.packs.get("en")!, null, doc.folded!), doc.sentences[0]);
  };
  it("a trigger, a reference back, or an actor with a claim opens a sentence", () => {
    expect(gateOf("Gunmen attacked a police station in Kano on Monday.").open).toBe(true);
    // "the incident": a reference back, no trigger.
    const back = gateOf("The incident was condemned by the mayor on Monday.");
    expect([back.open, back.rawTriggers.length, back.claim]).toEqual([true, 0, false]);
    const claim = gateOf("Boko Haram claimed responsibility on Monday.");
    expect([claim.open, claim.rawTriggers.length, claim.claim]).toEqual([true, 0, true]);
  });
  it("other sentences stay closed: a claim with no actor, figures, places", () => {
    expect(gateOf("The company claimed responsibility for the delay.").open).toBe(false);
    expect(gateOf("The council approved a $3 million budget for new bicycle lanes in Portland.").open).toBe(false);
    expect(gateOf("The Timbers beat Seattle 2-1 on Saturday in front of 25,000 fans.").open).toBe(false);
  });
});

describe("events: documents no sentence of which is open", () => {
  const quiet: [lang: "fr" | "en" | "es", text: string][] = [
    ["fr", "La mairie de Lyon a voté mardi un budget de 12 millions d'euros pour les pistes cyclables.\n\nLes travaux commenceront en mars à Villeurbanne et dureront deux ans."],
    ["en", "Portland approves bike lanes\n\nThe city council voted on Tuesday to spend $3 million on 40 miles of new lanes across Portland, officials in Oregon said."],
    ["es", "El Gobierno presentó el martes un plan de 300 millones de euros para los trenes de cercanías de Madrid y Valencia."],
  ];
  for (const [lang, text] of quiet) {
    it(`${lang}: no event, and the counts as the counts stage found them`, () => {
      const doc = processDocument(input(text, lang), ctx);
      expect(doc.rejected).toBeNull();
      expect(doc.events).toEqual([]);
      expect(doc.counts.length).toBeGreaterThan(0);
      expect(doc.counts.every((c) => c.event_id === null)).toBe(true);
      expect(doc.counts).toEqual(beforeEvents(text, lang, "2024-11-20").counts);
    });
  }

  it("their places are not read: a list of places past the budget is cut only in a document that reports an incident", () => {
    const cities = ["Gao", "Kidal", "Mopti", "Bamako", "Tombouctou", "Ségou", "Kayes", "Sikasso"];
    const list = Array.from({ length: MAX_HITS_PER_SENTENCE + 8 }, (_, i) => cities[i % cities.length]).join(", ");
    const budget = (text: string) => processDocument(input(text, "fr"), ctx).messages.filter((m) => m.rule === "event:sentence-budget").length;
    expect(budget(`Le festival passera par ${list} cet été.`)).toBe(0);
    expect(budget(`Des hommes armés ont attaqué mardi un camp militaire près de Gao.\n\nLe festival passera par ${list} cet été.`)).toBe(1);
  });
});
