import { describe, expect, it } from "vitest";
import { createContext } from "../../src/pipeline.js";
import { fold } from "../../src/text/fold.js";
import { foldedWords, stopwordHits, stopwordHitsPerPack, stopwordSet, stopwordTable } from "../../src/text/stopword-score.js";
import { run } from "./run-stages.js";

const fr = "Des hommes armés ont attaqué un village dans la nuit de samedi, selon les autorités locales qui ont fait état de plusieurs morts.";
const en = "Gunmen attacked a village on Saturday night and killed several people, the local authorities said in a statement.";
const es = "Hombres armados atacaron una aldea el sábado por la noche y mataron a varias personas, según las autoridades locales.";

describe("language detection by stop words", () => {
  it.each([
    ["fr", fr],
    ["en", en],
    ["es", es],
  ])("detects %s", (lang, text) => {
    const doc = run(text);
    expect(doc.rejected).toBeNull();
    expect(doc.lang).toBe(lang);
  });

  it("ignores boilerplate when detecting (an English cookie banner on a French page)", () => {
    const banner = "We use cookies to improve your experience. By clicking Accept all you give your consent to the use of your personal data by our partners.";
    expect(run(`${fr}\n${banner}\n${banner}\n${banner}`).lang).toBe("fr");
  });
});

describe("language from options and input", () => {
  it("a forced code wins over the input and the text", () => {
    expect(run(fr, { force: "en", lang: "es" }).lang).toBe("en");
  });
  it("a known input lang is used as given (region subtags and case ignored)", () => {
    expect(run(en, { lang: "es-ES" }).lang).toBe("es");
    expect(run(en, { lang: "FR" }).lang).toBe("fr");
  });
  it("an unknown input lang falls back to detection", () => {
    expect(run(es, { lang: "de" }).lang).toBe("es");
  });
});

describe("rejections", () => {
  it.each([
    ["input:empty", "  \n\t \n", {}],
    ["boilerplate:only", "Partager\nSuivez-nous sur Telegram\nPublicité", {}],
    ["language:unknown-code", fr, { force: "xx" }],
    ["language:unsupported", "Вооружённые люди напали на деревню в субботу вечером, сообщили местные власти.", {}],
    ["language:unsupported", "هاجم مسلحون قرية ليلة السبت وقتلوا عدة أشخاص بحسب السلطات المحلية", {}],
    ["language:unsupported", "武装分子周六晚上袭击了一个村庄，当地官员说。", {}],
    ["language:unsupported", "Bewaffnete Männer haben am Samstagabend ein Dorf überfallen, teilten die Behörden mit.", { lang: "de" }],
  ] as const)("%s", (rule, text, opts) => {
    const doc = run(text, opts);
    expect(doc.rejected?.rule).toBe(rule);
    expect(doc.rejected?.fatal).toBe(true);
    expect(doc.rejected?.stage).toBe("language");
    expect(doc.messages).toContain(doc.rejected);
    expect(doc.lang).toBeNull();
  });

  it("says which script or language it saw", () => {
    expect(run("هاجم مسلحون قرية ليلة السبت وقتلوا عدة أشخاص").rejected?.reason).toMatch(/Arabic script/);
    expect(run("Вооружённые люди напали на деревню").rejected?.reason).toMatch(/Cyrillic script/);
    expect(run("Bewaffnete Männer haben ein Dorf überfallen.", { lang: "de" }).rejected?.reason).toMatch(/declared "de"/);
    expect(run(fr, { force: "xx" }).rejected?.reason).toMatch(/known: fr, en, es/);
  });
});

describe("stop word hits of every pack in one table", () => {
  const packs = [...createContext().packs.values()];
  const table = stopwordTable(packs);
  it("equal each pack's own count, elided forms included, on texts of each language and on every pack's stop words", () => {
    const texts = [fr, en, es, "l'armée qu'on d'un el de la the of l' d' qu'", ...packs.map((p) => p.data.meta.stopwords.join(" "))];
    for (const text of texts) {
      const words = foldedWords(fold(text));
      expect(stopwordHitsPerPack(words, table, packs.length)).toEqual(packs.map((p) => stopwordHits(words, stopwordSet(p))));
    }
  });
});
