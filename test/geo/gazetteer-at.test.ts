/**
 * gazetteerAt's first test (a lower-case word that starts only names written
 * with a capital) never changes what the full lookup `longestNameAt` finds:
 * on words of the real gazetteers, in any case, with particles and
 * separators between them, read by both tokenisers.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileGeo, isHead } from "../../src/geo/gazetteer.js";
import { gazetteerAt, longestNameAt } from "../../src/geo/gazetteer-at.js";
import { geoTokens, indexTokens } from "../../src/geo/keys.js";
import { fold } from "../../src/text/fold.js";
import { WordIndex } from "../../src/text/word-index.js";
import { testPack } from "../dates/packs.js";

const SEPARATORS = [" ", " ", " ", "-", "'", ", ", ". ", "  "];

/** A word in each case a text may write it: as in the gazetteer's key, capitalised, upper case. */
function cased(word: string): string[] {
  return [word, word[0].toUpperCase() + word.slice(1), word.toUpperCase()];
}

describe("gazetteerAt", () => {
  for (const lang of ["fr", "en", "es"] as const) {
    const pack = testPack(lang);
    const g = compileGeo(pack);
    // Every word of a few hundred keys (all the first words of multi-word names among them), the particles, some other words.
    const keys = [...g.entries.keys()].filter((_, n) => n % 7 === 0);
    const words = [...new Set([...keys.flatMap((k) => k.split(" ")), ...g.particles, "the", "la", "el", "region", "people", "word"])].flatMap(cased);
    // Names led by a particle, written with it in lower case ("al Anbar"): the one lower-case start the first test lets through.
    const led = [...g.entries.keys()].filter((k) => k.includes(" ") && g.particles.has(k.split(" ")[0])).slice(0, 200);
    words.push(...led.map((k) => k.split(" ").map((w, n) => (n ? cased(w)[1] : w)).join(" ")));

    it(`${lang}: the first test only drops what the full lookup drops`, () => {
      let early = 0;
      fc.assert(
        fc.property(fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 8 }), (parts) => {
          const text = parts.map(([w, s]) => w + s).join("");
          const index = new WordIndex(fold(text));
          for (const tokens of [geoTokens(text, 0, text.length).tokens, indexTokens(text, index, 0, text.length)]) {
            for (let i = 0; i < tokens.length; i++) {
              const got = gazetteerAt(text, tokens, i, g);
              expect(got).toEqual(longestNameAt(text, tokens, i, g));
              // The first test's own condition: a lower-case head word no lower-case name starts, no particle before a capital.
              const t = tokens[i];
              const ledByParticle = g.particleHeads.has(t.hash) && i + 1 < tokens.length && tokens[i + 1].cap;
              if (isHead(g, t.hash) && !t.cap && !g.lowerHeads.has(t.hash) && !ledByParticle) early++;
            }
          }
        }),
        { numRuns: 1500, seed: 11 },
      );
      // The first test is reached often enough for the equality above to speak for it.
      expect(early).toBeGreaterThan(100);
    });
  }
});
