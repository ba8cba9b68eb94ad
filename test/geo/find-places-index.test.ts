/**
 * findPlaces reading a document's word index gives what it gives on its own
 * (folding and scanning the sentence), whatever the sentence bounds: words
 * cut at either end, capitals, accents.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findPlaces } from "../../src/geo/index.js";
import { fold } from "../../src/text/fold.js";
import { WordIndex } from "../../src/text/word-index.js";
import { testPack } from "../dates/packs.js";

const UNITS = [" ", "  ", "\t", ", ", ". ", "-", "'", "d'", "l'", "de", "la", "à", "a", "près", "au", "nord", "village", "district", "base", "aérienne", "Aïn", "al-Assad", "Bagdad", "BAGDAD", "Kaboul", "Irak", "irakiens", "of", "in", "near", "town", "Nawa", "Helmand", "province", "Kabul", "en", "el", "Bamako", "Mali", "ÉTAT", "Gao", "x", "1", "A?n", "Kab\uFFFDl", "?"];

describe("findPlaces with a word index", () => {
  for (const lang of ["fr", "en", "es"] as const) {
    const pack = testPack(lang);
    it(`${lang}: same places as without`, () => {
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...UNITS), { maxLength: 30 }), fc.nat(), fc.nat(), (units, a, b) => {
          const text = units.join(" ").replace(/ ([,.])/g, "$1");
          const from = text.length ? a % (text.length + 1) : 0;
          const to = from + (text.length - from ? b % (text.length - from + 1) : 0);
          expect(findPlaces(text, from, to, pack, new WordIndex(fold(text)))).toEqual(findPlaces(text, from, to, pack));
        }),
        { numRuns: 1500, seed: 3 },
      );
    });
  }
});
