import { describe, expect, it } from "vitest";
import { contentWords, normalise, stopwordSet, words } from "../../src/eval/normalise.js";

describe("normalise", () => {
  it.each([
    ["Base de Val-Rouge", "base de val rouge"],
    ["L\u2019ÉCOLE d'Aïn Tegart", "l ecole d ain tegart"],
    ["  deux\u00a0 \t espaces \n ", "deux espaces"],
    ["Ñandú Sur", "nandu sur"],
    ["\ufb01let", "filet"], // NFKD splits the ligature
    ["Front\u2013Nord\u2014Est", "front nord est"],
    ["", ""],
  ])("%j -> %j", (input, expected) => {
    expect(normalise(input)).toBe(expected);
  });

  it("splits words on other punctuation", () => {
    expect(words("les forces (U.S.-led), hier.")).toEqual(["les", "forces", "u", "s", "led", "hier"]);
  });

  it("normalises stop words like the text they filter", () => {
    const stop = stopwordSet(["l'", "été", "De"]);
    expect([...stop].sort()).toEqual(["de", "ete", "l"]);
    expect(contentWords("L'été de Karvassa", stop)).toEqual(["karvassa"]);
  });
});
