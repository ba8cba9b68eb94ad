import { describe, expect, it } from "vitest";
import { createContext, processDocument } from "../../src/pipeline.js";
import { CASES } from "./cases.js";

const ctx = createContext();
const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

describe("events: written articles per language", () => {
  CASES.forEach((c, n) => {
    it(`${c.lang} #${n + 1}: ${c.text.slice(0, 50)}…`, () => {
      const doc = processDocument({ id: `case-${n}`, text: c.text, lang: c.lang, published: c.published, url: null, title: null, source: null, origin: "test" }, ctx);
      expect(doc.rejected).toBeNull();
      expect(doc.events.map((e) => e.sub_event_type)).toEqual(c.events.map((e) => e.sub_event_type));
      c.events.forEach((want, i) => {
        const got = doc.events[i];
        if (want.date !== undefined) expect(got.event_date).toBe(want.date);
        if (want.country !== undefined) expect(got.country).toBe(want.country);
        if (want.location) expect(fold(got.location?.text ?? "")).toContain(fold(want.location));
        for (const [field, list] of [["actors", want.actors], ["targets", want.targets], ["weapons", want.weapons]] as const) {
          for (const w of list ?? []) expect(got[field].map((f) => fold(f.text)).join(" | ")).toContain(fold(w));
        }
        if (want.fatalities !== undefined) expect(got.fatalities).toBe(want.fatalities);
        if (want.injured !== undefined) expect(got.injured).toBe(want.injured);
        // Every filler's evidence slices the normalised text to its own text.
        for (const f of [...got.actors, ...got.targets, ...got.weapons, ...(got.location ? [got.location] : [])]) {
          expect(doc.text.slice(f.evidence.start, f.evidence.end)).toBe(f.text);
        }
      });
    });
  });
});
