/**
 * Property tests (fast-check, issue 7): any text, and any InputDocument built
 * from arbitrary strings (lone surrogates and control characters included),
 * gives schema-valid rows or a reject, never a throw; every evidence span
 * slices the normalised text to its filler's text and lies inside its
 * sentence; the same input gives byte-identical output.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Count, DocumentRow, Event, InputDocument, Reject } from "../../schemas/index.js";
import { docRows } from "../../src/io/doc-rows.js";
import { createContext, processDocument } from "../../src/pipeline.js";
import { compileSegmenter, lineSegments, rawSegments } from "../../src/text/segment.js";
import type { Doc } from "../../src/types.js";
import { EN, ES, FR } from "./fixtures.js";

const ctx = createContext();

/** Pieces that make the extractors fire: numbers, number words, triggers, actors, places, dates, separators, quotes. */
const PIECES = [
  ...`${EN} ${FR} ${ES}`.split(/\s+/),
  "2 500", "2\u00a0500", "1,5", "12", "-3", "3-4", "trois", "vingt", "twenty-one", "mil", "une dizaine", "dozens", "au moins", "at least",
  "killed", "tués", "muertos", "wounded", "blessés", "attack", "attaque", "ataque", "bomb", "roquette", "drone", "police", "army", "armée",
  "Al", "al-Shabaab", "Boko Haram", "Gao", "Kabul", "Bagdad", "à", "in", "en", "de", "d'", "l'", "of", "near", "près de",
  "Monday", "lundi", "lunes", "20 juin", "June 20", "2021-06-20", "yesterday", "hier", "ayer",
  ".", ",", ";", ":", "!", "?", "«", "»", "\"", "'", "(", ")", "-", "—", "…", "\n", "\n\n", "\r\n", "\t", " ", "  ",
  "\u0000", "\u0007", "\u200b", "\ufeff", "\ud800", "\udfff", "\u{1F600}", "é", "e\u0301", "ß", "İ", "ﬁ", "=HYPERLINK(\"x\")", "@SUM(1)",
];
/** A written article with pieces inserted at random places: close enough to prose for the extractors to fire. */
const mutated = fc
  .tuple(fc.constantFrom(EN, FR, ES), fc.array(fc.tuple(fc.nat(), fc.constantFrom(...PIECES)), { maxLength: 12 }))
  .map(([base, edits]) => edits.reduce((t, [at, piece]) => t.slice(0, at % (t.length + 1)) + piece + t.slice(at % (t.length + 1)), base));
const text = fc.oneof(
  { weight: 3, arbitrary: mutated },
  { weight: 3, arbitrary: fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }).map((xs) => xs.join(" ")) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }).map((xs) => xs.join("")) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 300 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom("1", " ", ",", ".", "a", "A", "'", "-", "\"", "de", "Al", "vingt"), maxLength: 400 }) },
);
const anyString = fc.string({ unit: "binary", maxLength: 40 });
const nullable = (a: fc.Arbitrary<string>) => fc.option(a, { nil: null });
const input = fc.record({
  id: anyString.filter((s) => s.length > 0),
  text,
  lang: nullable(fc.oneof({ weight: 6, arbitrary: fc.constantFrom("fr", "en", "es") }, fc.constantFrom("FR-fr", "auto", "zz", ""), anyString)),
  published: nullable(fc.constantFrom("2021-06-20", "1999-12-31", "2030-01-01")),
  url: nullable(anyString),
  title: nullable(anyString),
  source: nullable(anyString),
  origin: anyString.filter((s) => s.length > 0),
});

function checkEvidence(doc: Doc): void {
  const slice = (e: { start: number; end: number }) => doc.text.slice(e.start, e.end);
  const inSentence = (e: { start: number; end: number; sentence: number }) => {
    const s = doc.sentences[e.sentence];
    expect(s, `sentence ${e.sentence}`).toBeDefined();
    expect(e.start >= s.start && e.end <= s.end && e.start < e.end, `[${e.start}, ${e.end}) in sentence [${s.start}, ${s.end})`).toBe(true);
  };
  for (const ev of doc.events) {
    for (const f of [...ev.actors, ...ev.targets, ...ev.weapons, ...(ev.location ? [ev.location] : [])]) {
      expect(slice(f.evidence)).toBe(f.text);
      inSentence(f.evidence);
    }
    for (const e of Object.values(ev.evidence)) if (e) inSentence(e);
  }
  for (const c of doc.counts) {
    expect(slice(c.evidence)).toBe(c.text);
    inSentence(c.evidence);
  }
}

describe("pipeline properties", () => {
  it("any document gives schema-valid rows or a reject, never a throw, with evidence that slices the text", () => {
    fc.assert(
      fc.property(input, (raw) => {
        const doc = processDocument(InputDocument.parse(raw), ctx);
        expect(doc.invalid).toEqual([]);
        const rows = docRows(doc, null, null);
        DocumentRow.parse(rows.document);
        for (const e of rows.events) Event.parse(e);
        for (const c of rows.counts) Count.parse(c);
        for (const r of rows.rejects) Reject.parse(r);
        if (doc.rejected) expect(rows.document.status).toBe("rejected");
        else checkEvidence(doc);
      }),
      { numRuns: 1000, seed: 7 },
    );
  });

  it("gives byte-identical output on a re-run, in a fresh context too", () => {
    const fresh = createContext();
    fc.assert(
      fc.property(input, (raw) => {
        const a = JSON.stringify(docRows(processDocument(raw, ctx), null, null));
        expect(JSON.stringify(docRows(processDocument(raw, ctx), null, null))).toBe(a);
        expect(JSON.stringify(docRows(processDocument(raw, fresh), null, null))).toBe(a);
      }),
      { numRuns: 150, seed: 11 },
    );
  });

  it("finds events and counts on a good share of the generated documents (the generator reaches the extractors)", () => {
    const docs = fc.sample(input, { numRuns: 200, seed: 3 }).map((raw) => processDocument(raw, ctx));
    expect(docs.filter((d) => d.counts.length > 0).length).toBeGreaterThan(20);
    expect(docs.filter((d) => d.events.length > 0).length).toBeGreaterThan(10);
  });
});

describe("windowed sentence segmentation", () => {
  it("gives the breaks of one Intl.Segmenter pass over the whole paragraph", () => {
    const seg = new Intl.Segmenter("fr", { granularity: "sentence" });
    const unit = fc.constantFrom("a", "A", "1", ".", " ", "?", "!", "\n", "«", "»", ")", "\"", "'", "-", "é", "M.", "etc.", "…", "\u00a0", "。", ",", ";", "\ud800");
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 2500 }), (xs) => {
        const t = xs.join("");
        const whole = [...seg.segment(t)].map((s) => [s.index, s.index + s.segment.length]);
        expect([...rawSegments(seg, t, 0, t.length)].map((s) => [s.start, s.end])).toEqual(whole);
      }),
      { numRuns: 300, seed: 5 },
    );
  });

  it("segments line by line with the breaks of Intl.Segmenter over the whole paragraph (blank segments aside)", () => {
    const seg = compileSegmenter(createContext().packs.get("fr")!);
    const unit = fc.constantFrom("a", "A", "1", ".", " ", "?", "!", "\n", "\n", "«", "»", ")", "\"", "'", "-", "é", "M.", "…", "\u00a0", "。", ",", ";");
    const nonBlank = (spans: Iterable<{ start: number; end: number }>, t: string) => [...spans].filter((s) => t.slice(s.start, s.end).trim() !== "").map((s) => [s.start, t.slice(s.start, s.end).trimEnd().length + s.start]);
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 600 }), (xs) => {
        const t = xs.join("");
        const whole = [...seg.segmenter.segment(t)].map((s) => ({ start: s.index, end: s.index + s.segment.length }));
        expect(nonBlank(lineSegments(seg, t, 0, t.length), t)).toEqual(nonBlank(whole, t));
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});
