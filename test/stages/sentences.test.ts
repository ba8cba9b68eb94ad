import { describe, expect, it } from "vitest";
import { run, sentencesOf } from "./run-stages.js";

type Case = [name: string, text: string, expected: string[]];

const fr: Case[] = [
  ["abbreviation M.", "M. Durand a confirmé l'attaque. Deux soldats ont été tués.", ["M. Durand a confirmé l'attaque.", "Deux soldats ont été tués."]],
  ["abbreviation gén.", "Le gén. Martin a parlé. Il a démenti.", ["Le gén. Martin a parlé.", "Il a démenti."]],
  ["quote split inside «»", "Il a dit «Nous partons. Rien ne change.» et il est parti. Fin.", ["Il a dit «Nous partons. Rien ne change.» et il est parti.", "Fin."]],
  ["closing » starts the next segment", "«C'est fini.» a-t-il dit.", ["«C'est fini.» a-t-il dit."]],
  ["a line break ends a paragraph", "Première ligne sans point\nDeuxième ligne.", ["Première ligne sans point", "Deuxième ligne."]],
  ["numbers with spaces stay whole", "Les 2 500 soldats restent. Ils sont 3 000.", ["Les 2 500 soldats restent.", "Ils sont 3 000."]],
];

const en: Case[] = [
  ["U.S. and Gen.", "The U.S. Army said Gen. Smith was safe. Two died.", ["The U.S. Army said Gen. Smith was safe.", "Two died."]],
  ["initials", "John F. Kennedy Airport was closed. Flights resumed.", ["John F. Kennedy Airport was closed.", "Flights resumed."]],
  ["quotes", '"We lost men," he said. "Others are missing," he added.', ['"We lost men," he said.', '"Others are missing," he added.']],
  ["lower-case continuation", "The toll rose to 12 p.m. on Monday. Police left.", ["The toll rose to 12 p.m. on Monday.", "Police left."]],
];

const es: Case[] = [
  ["Sr. and EE.UU.", "El Sr. Pérez habló con EE.UU. ayer. Hubo tres muertos.", ["El Sr. Pérez habló con EE.UU. ayer.", "Hubo tres muertos."]],
  ["question and exclamation", "¿Quién atacó? Nadie lo sabe. ¡Basta!", ["¿Quién atacó?", "Nadie lo sabe.", "¡Basta!"]],
];

describe.each([
  ["fr", fr],
  ["en", en],
  ["es", es],
])("sentences (%s)", (lang, cases) => {
  it.each(cases)("%s", (_, text, expected) => {
    expect(sentencesOf(run(text, { lang }))).toEqual(expected);
  });
});

describe("sentence spans", () => {
  it("index, paragraph and headline zone", () => {
    const doc = run("Attaque meurtrière dans le nord\n\nDeux soldats ont été tués. Un autre est blessé.\nLe bilan reste provisoire.", { lang: "fr" });
    expect(doc.sentences.map((s) => [s.index, s.paragraph, s.zone])).toEqual([
      [0, 0, "headline"],
      [1, 1, "body"],
      [2, 1, "body"],
      [3, 2, "body"],
    ]);
  });

  it("a first paragraph that ends like a sentence is body", () => {
    const doc = run("Deux soldats ont été tués dans le nord.\nLe bilan reste provisoire.", { lang: "fr" });
    expect(doc.sentences[0].zone).toBe("body");
  });

  it("never spans skipped text, and skipped lines do not count as paragraphs", () => {
    const doc = run("Partager\nDeux soldats ont été tués.\nSuivez-nous sur Telegram\nLe bilan reste provisoire.", { lang: "fr" });
    expect(sentencesOf(doc)).toEqual(["Deux soldats ont été tués.", "Le bilan reste provisoire."]);
    expect(doc.sentences.map((s) => s.paragraph)).toEqual([0, 1]);
    for (const s of doc.sentences) for (const k of doc.skipped) expect(s.end <= k.start || s.start >= k.end).toBe(true);
  });

  it("spans are trimmed offsets into doc.text", () => {
    const doc = run("   Deux soldats ont été tués.   Un autre est blessé.  ", { lang: "fr" });
    for (const s of doc.sentences) expect(doc.text.slice(s.start, s.end)).toBe(doc.text.slice(s.start, s.end).trim());
    expect(doc.sentences[0].start).toBe(3);
  });
});
