import { describe, expect, it } from "vitest";
import { MAX_CONTENT_WORDS, fillerMatches } from "../../src/eval/filler-matches.js";
import { matchOneToOne } from "../../src/eval/match-one-to-one.js";
import { EN_STOP, FR_STOP } from "./fixtures.js";

describe("fillerMatches: the content-word rule", () => {
  const camp = ["camp militaire de Val-Rouge", "Val-Rouge"];
  it.each([
    ["le camp militaire de Val-Rouge", camp, true],
    ["Val Rouge", camp, true], // the short form has only "val" and "rouge" as content words
    ["l'ancien camp de VAL-ROUGE", camp, true], // extra words are allowed
    ["camp militaire", camp, false], // no form has all its content words present
    ["Valrouge", camp, false],
    ["les Karvassiens", [["Karvassie"]][0], false], // whole words, not substrings
    ["camp militaire de Val Rouge", ["le camp militaire de Val-Rouge"], true], // stop words of the gold form are not needed
  ])("%j vs %j -> %s", (pred, forms, expected) => {
    expect(fillerMatches(pred, forms, FR_STOP)).toBe(expected);
  });

  it("counts only content words against the 8-word cap", () => {
    const eight = "one two three four five six seven Karvassa";
    expect(fillerMatches(eight, ["Karvassa"], EN_STOP)).toBe(true);
    expect(fillerMatches(`the ${eight.replace(/ /g, " of the ")}`, ["Karvassa"], EN_STOP)).toBe(true);
    expect(fillerMatches(`nine ${eight}`, ["Karvassa"], EN_STOP)).toBe(false);
    expect(MAX_CONTENT_WORDS).toBe(8);
  });

  it("a gold form of stop words only needs all its words, and an empty form matches nothing", () => {
    expect(fillerMatches("the one", ["The"], EN_STOP)).toBe(true);
    expect(fillerMatches("Karvassa", ["The"], EN_STOP)).toBe(false);
    expect(fillerMatches("Karvassa", ["-"], EN_STOP)).toBe(false);
  });

  it("uses the stop words it is given: French stop words are content words in English", () => {
    expect(fillerMatches("Val Rouge", ["Val de Rouge"], FR_STOP)).toBe(true);
    expect(fillerMatches("Val Rouge", ["Val de Rouge"], EN_STOP)).toBe(false);
  });
});

describe("matchOneToOne", () => {
  it("matches each gold item at most once", () => {
    expect(matchOneToOne(["a", "a"], ["a"], (l, r) => l === r)).toEqual([0, -1]);
  });

  it("finds a maximum matching where greedy would not", () => {
    // left 0 fits both gold items, left 1 only the first: the best is 0->1, 1->0.
    const fits = (l: number, r: number) => (l === 0 ? true : r === 0);
    expect(matchOneToOne([0, 1], [0, 1], fits)).toEqual([1, 0]);
  });

  it("prefers earlier items among equal matchings", () => {
    expect(matchOneToOne(["x", "y"], ["g1", "g2"], () => true)).toEqual([0, 1]);
  });
});
