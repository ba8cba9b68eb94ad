import { describe, expect, it } from "vitest";
import { createContext, processDocument } from "../../src/pipeline.js";
import { PATTERNS } from "./patterns.cases.js";

const ctx = createContext();
const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
const has = (fillers: { text: string }[], want: string) => fillers.some((f) => fold(f.text).includes(fold(want)));

for (const [lang, cases] of Object.entries(PATTERNS)) {
  describe(`events: ${lang} pattern table`, () => {
    for (const c of cases) {
      it(c.text, () => {
        const doc = processDocument({ id: "t", text: c.text, lang, published: "2024-05-15", url: null, title: null, source: null, origin: "test" }, ctx);
        if (c.type === null) return void expect(doc.events).toEqual([]);
        expect(doc.events.map((e) => e.sub_event_type)).toEqual([c.type]);
        const e = doc.events[0];
        if (c.actor) expect(has(e.actors, c.actor), JSON.stringify(e.actors.map((a) => a.text))).toBe(true);
        if (c.attribution) expect(e.actors[0]?.attribution).toBe(c.attribution);
        if (c.unnamed !== undefined) expect(e.actors[0]?.unnamed).toBe(c.unnamed);
        if (c.target) expect(has(e.targets, c.target), JSON.stringify(e.targets.map((a) => a.text))).toBe(true);
        if (c.weapon) expect(has(e.weapons, c.weapon), JSON.stringify(e.weapons.map((a) => a.text))).toBe(true);
        if (c.fatalities !== undefined) expect(e.fatalities).toBe(c.fatalities);
        if (c.injured !== undefined) expect(e.injured).toBe(c.injured);
        if (c.attackers !== undefined) expect(e.attackers_killed).toBe(c.attackers);
      });
    }
  });
}
