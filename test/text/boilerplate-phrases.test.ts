/**
 * findPhrases reads the words of a text once for every pack; the definition is
 * each pack's regex scan `phrases.match(folded)` (what gatherFacts ran before),
 * kept here as the oracle: same matches, same order, on texts built from the
 * packs' own phrase words, glued, cut, accented, tabbed, with astral letters.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createContext } from "../../src/pipeline.js";
import { compileBoilerplate, compileSection } from "../../src/text/boilerplate-compile.js";
import { findPhrases, LeadFilter } from "../../src/text/boilerplate-phrases.js";
import { fold } from "../../src/text/fold.js";
import { wordHash } from "../../src/text/word-index.js";

const packs = [...createContext().packs.values()].map((p) => p.memo("boilerplate", compileBoilerplate));
const words = new Set<string>();
for (const p of createContext().packs.values()) {
  const b = p.data.boilerplate;
  for (const e of [...b.lines, ...b.follow, ...b.consent.phrases]) for (const w of fold(e.phrase).split(/\s+/)) words.add(w.replace("*", ""));
}
const UNITS = [...words, "s", "es", "x", " ", "  ", "\t", "    ", "\n", ".", ",", ":", "'", "-", "(", ")", "©", "é", "É", "A", "1", "\u{1D400}", "\u0301", "œ"];

describe("findPhrases", () => {
  it("equals each pack's regex scan", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...UNITS), { maxLength: 60 }), (units) => {
        const folded = fold(units.join(""));
        expect(findPhrases(folded, packs)).toEqual(packs.map((c) => c.phrases.match(folded)));
      }),
      { numRuns: 3000, seed: 11 },
    );
  });

  it("equals the regex scan on every pack phrase with one to four spaces or tabs between its words", () => {
    const phrases = [...createContext().packs.values()].flatMap((p) => [...p.data.boilerplate.lines, ...p.data.boilerplate.follow, ...p.data.boilerplate.consent.phrases].map((e) => fold(e.phrase)));
    for (const gap of [" ", "\t ", " \t ", "  \t ", "   "]) {
      const folded = phrases.map((ph) => `x ${ph.replace(/\*/g, "s").split(" ").join(gap)} y`).join("\n");
      expect(findPhrases(folded, packs)).toEqual(packs.map((c) => c.phrases.match(folded)));
    }
  });

  it("equals the regex scan with wildcard leads shorter than the filter's head", () => {
    const user = compileSection({
      agencies: [],
      networks: [],
      follow: [],
      consent: { minHits: 2, phrases: [{ id: "u.c.1", phrase: "ok*" }, { id: "u.c.2", phrase: "a* la une" }, { id: "u.c.3", phrase: "cookies" }] },
      lines: [],
      pieces: {},
      patterns: [],
    });
    const set = [user, ...packs];
    fc.assert(
      fc.property(fc.array(fc.constantFrom("ok", "okay", "oks", "a", "ab", "la", "une", "cookies", " ", "\t", "x", "."), { maxLength: 30 }), (units) => {
        const folded = units.join("");
        expect(findPhrases(folded, set)).toEqual(set.map((c) => c.phrases.match(folded)));
      }),
      { numRuns: 1000, seed: 5 },
    );
  });

  it("falls back to the regex scan for a pack with a phrase that starts with a symbol", () => {
    const odd = compileSection({ agencies: [], networks: [], follow: [{ id: "u.f.1", phrase: "« suivez" }], consent: { minHits: 2, phrases: [] }, lines: [], pieces: {}, patterns: [] });
    const set = [...packs, odd];
    const folded = fold("« Suivez nous » - à lire aussi : suivez-nous sur X");
    expect(odd.phrases.indexed).toBe(false);
    expect(findPhrases(folded, set)).toEqual(set.map((c) => c.phrases.match(folded)));
  });
});

describe("LeadFilter", () => {
  it("passes every lead and every word extending a wildcard lead", () => {
    const f = new LeadFilter(["cookie*", "a lire", "photo", "tout accepter"]);
    const pass = (w: string) => f.mayStart(wordHash(w, 0, w.length), w.length >= 3 ? wordHash(w, 0, 3) : -1);
    for (const w of ["cookie", "cookies", "cookieszz", "a", "photo", "tout"]) expect(pass(w)).toBe(true);
  });
});
