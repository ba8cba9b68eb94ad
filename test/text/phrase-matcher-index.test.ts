/**
 * PhraseMatcher.matchIn and PhraseScan (from a document's word index) must give exactly what
 * the regex scan `match` gives, on any region: words cut by the region's ends,
 * phrases across its end, wildcards, spaces and tabs, astral letters.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PhraseMatcher } from "../../src/text/phrase-matcher.js";
import { PhraseScan } from "../../src/text/phrase-scan.js";
import { PhraseVocabulary } from "../../src/text/phrase-vocabulary.js";
import { followOf, follows } from "../../src/text/lead-follow.js";
import { WordIndex, wordHash } from "../../src/text/word-index.js";

const PHRASES = ["a", "a tire sur", "attaque*", "attaques", "attaque suicide", "tir*", "tirs", "u.s. forces", "u.s.", "al-shabaab", "al shabaab", "l'ouest", "de", "de la", "b*", "é", "x1", "1", "ab cd ef"];
// Wildcards after the lead ("tir* sur", "l'attaque*"), leads that are wildcards of each other ("at*", "atta*"), and a
// wildcard lead whose phrases also hold exact ones: the wildcard tried for a match is the first of its group that fits.
// "ab cd ef", "cd tir*" and "ef -x": leads that are no phrase by themselves, followed by a whole word, a wildcard
// word, or a word that starts with a non-word unit (src/text/lead-follow.ts reads what follows such a lead before the
// regex runs; "ef -x" is the case it does not judge: followOf gives null and the regex is always tried).
const WILD = ["cd tir*", "ef -x", "tir* sur", "l'attaque*", "u.s. attaque*", "at*", "atta* de", "de la tir*", "a tir*", "attaque* suicide", "sur*", "ouest*", "atta*", "attaq*"];
const UNITS = ["at", "atta", "attaques", "ques", "surs", "ouests", "a", "b", "e", "é", "s", "t", "tir", "ire", "attaque", "sur", " ", "  ", "\t", "   ", "    ", ".", "u", "'", "-", "l", "ouest", "al", "shabaab", "x", "1", "\n", ",", "forces", "de", "la", "ab", "cd", "ef", "\u{1D400}", "\u0301"];

const vocab = new PhraseVocabulary();
const matchers = [PHRASES, PHRASES.slice(0, 8), PHRASES.slice(5), [...WILD, ...PHRASES.slice(0, 10)], [...PHRASES.slice(3), ...WILD]].map((ps) => new PhraseMatcher(ps.map((phrase, i) => ({ phrase, value: i })), vocab));
const scan = new PhraseScan(matchers, vocab);

describe("PhraseMatcher.matchIn", () => {
  it("equals the regex scan on any region", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...UNITS), { maxLength: 40 }), fc.nat(), fc.nat(), fc.boolean(), (units, a, b, isolated) => {
        const text = units.join("");
        const from = text.length ? a % (text.length + 1) : 0;
        const to = from + (text.length - from ? b % (text.length - from + 1) : 0);
        const index = new WordIndex(text);
        for (const m of matchers) {
          const expected = isolated ? m.match(text.slice(from, to)).map((x) => ({ ...x, start: x.start + from, end: x.end + from })) : m.match(text, from, to);
          expect(m.matchIn(index, from, to, isolated)).toEqual(expected);
        }
        const which = (a ^ b) & 31;
        const all = scan.scan(index, from, to, which);
        matchers.forEach((m, i) => expect(all[i]).toEqual(which & (1 << i) ? m.match(text, from, to) : []));
      }),
      { numRuns: 3000, seed: 7 },
    );
  });
});

describe("PhraseMatcher.matchIn: the next word after a lead that is no phrase by itself", () => {
  // Leads followed by a glued unit ("u" + ".s.", "al" + "-", "l" + "'"), by a whole word after 1–3 spaces or tabs
  // ("al shabaab", "ab cd ef"), by a wildcard word ("cd tir*") or by a word that starts with a non-word unit ("ef -x").
  const texts = [
    "cd tirs", "cd  tir", "cd\t\ttirage", "cd   tir", "cd    tir", "cd tirailleurs", "cd ti", "cd ouest",
    "ef -x", "ef  -x", "ef x", "ab cd ef", "ab\tcd ef", "ab cdx ef", "ab  cd", "ab c",
    "u.s. forces", "u.s.", "u s", "us forces", "al-shabaab", "al shabaab", "al   shabaab", "al shabaabs", "al-", "l'ouest", "l ouest",
  ];
  it("equals the regex scan on every region of texts that exercise each way a phrase may go on", () => {
    for (const text of texts) {
      const index = new WordIndex(text);
      for (let from = 0; from <= text.length; from++) {
        for (let to = from; to <= text.length; to++) {
          for (const m of matchers) {
            expect(m.matchIn(index, from, to), `${JSON.stringify(text)} [${from}, ${to})`).toEqual(m.match(text, from, to));
            expect(m.matchIn(index, from, to, true)).toEqual(m.match(text.slice(from, to)).map((x) => ({ ...x, start: x.start + from, end: x.end + from })));
          }
        }
      }
    }
  });
});

describe("PhraseVocabulary.ids: a word is looked up when a matcher first reads it", () => {
  it("leaves the words outside the region read unlooked-up, and gives each word read the id `resolve` gives", () => {
    const v = new PhraseVocabulary();
    const m = new PhraseMatcher(PHRASES.map((phrase, i) => ({ phrase, value: i })), v);
    const text = "de la tirs sur l'ouest. attaques de la. x1 al shabaab";
    const index = new WordIndex(text);
    const from = text.indexOf("attaques");
    const to = text.indexOf(".", from);
    expect(m.matchIn(index, from, to).map((x) => x.phrase)).toEqual(["attaques", "de la"]);
    const ids = v.ids(index);
    let read = 0;
    for (let k = 0; k < index.length; k++) {
      const inside = index.starts[k] >= from && index.ends[k] <= to;
      // Inside, a word within a match already found ("la" of "de la") is not read either.
      if (inside && ids[k] >= -1) {
        read++;
        expect(ids[k]).toBe(v.resolve(index.key(k)));
      } else expect(ids[k]).toBeLessThan(-1);
    }
    expect(read).toBe(2);
    // Each word, read now, gets what `resolve` gives, and the table keeps it for the next reader.
    for (let k = 0; k < index.length; k++) expect(v.idAt(index, ids, k)).toBe(v.resolve(index.key(k)));
    expect([...v.ids(index)]).toEqual(Array.from({ length: index.length }, (_, k) => v.resolve(index.key(k))));
  });
});

describe("follows: the word after a lead, read from the word index", () => {
  // Leads followed by whole words, wildcard prefixes and glued units; the next word's end and hash come from the
  // index only when it is the word read after the blanks (not cut by `to`, not past three blanks, not a glued unit).
  const f = followOf([
    { folded: "cd tir* sur", lead: "cd" },
    { folded: "cd ouest", lead: "cd" },
    { folded: "cd-x", lead: "cd" },
    { folded: "cd 1 2", lead: "cd" },
  ])!;
  it("gives what reading the text gives, at every lead and region end, and tells the next words apart", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("cd", "ouest", "ouests", "tir", "tirs", "ti", "x", "1", "12", " ", "  ", "\t", "    ", "-", ".", "é"), { maxLength: 16 }), fc.nat(), (units, t) => {
        const text = units.join("");
        const index = new WordIndex(text);
        for (let k = 0; k < index.length; k++) {
          const at = index.ends[k];
          for (const to of [text.length, at + 1 + (t % 6), at]) {
            if (to > text.length) continue;
            expect(follows(f, text, at, to, index, k + 1), `${JSON.stringify(text)} word ${k} to ${to}`).toBe(follows(f, text, at, to));
          }
        }
      }),
      { numRuns: 2000, seed: 11 },
    );
    const index = new WordIndex("cd ouests cd ouest cd tirs");
    expect([0, 2, 4].map((k) => follows(f, index.folded, index.ends[k], index.folded.length, index, k + 1))).toEqual([false, true, true]);
  });
});

describe("PhraseVocabulary: words whose hash and length are a lead's", () => {
  it("are not taken for the lead (the units themselves are compared)", () => {
    // "aan" and "ac0" have the same wordHash (97·31² + 97·31 + 110 = 97·31² + 99·31 + 48).
    const v = new PhraseVocabulary();
    const m = new PhraseMatcher([{ phrase: "aan", value: 1 }, { phrase: "aan bb", value: 2 }], v);
    expect(wordHash("ac0", 0, 3)).toBe(wordHash("aan", 0, 3));
    expect(v.resolve("aan")).toBeGreaterThanOrEqual(0);
    expect(v.resolve("ac0")).toBe(-1);
    const index = new WordIndex("ac0 bb aan ac0 aan bb");
    expect(m.matchIn(index, 0, index.folded.length).map((x) => [x.start, x.phrase])).toEqual([[7, "aan"], [15, "aan bb"]]);
  });
});
