import { describe, expect, it } from "vitest";
import { findPlaces } from "../../src/geo/index.js";
import { testPack } from "../dates/packs.js";

type PlaceCase = [sentence: string, expected: { text: string; name?: string; country?: string | null; kind?: string; rule?: string }];

function table(lang: "fr" | "en" | "es", cases: readonly PlaceCase[]) {
  const pack = testPack(lang);
  it.each(cases)("%s", (sentence, exp) => {
    const found = findPlaces(sentence, 0, sentence.length, pack);
    const hit = found.find((p) => p.text === exp.text);
    expect(hit, `${exp.text} in ${found.map((p) => p.text).join(" | ")}`).toBeDefined();
    expect(sentence.slice(hit!.start, hit!.end)).toBe(hit!.text);
    if (exp.name !== undefined) expect(hit!.name).toBe(exp.name);
    if (exp.country !== undefined) expect(hit!.country).toBe(exp.country);
    if (exp.kind) expect(hit!.kind).toBe(exp.kind);
    if (exp.rule) expect(hit!.rule).toBe(exp.rule);
  });
}

describe("fr places", () => {
  table("fr", [
    ["Trois obus sont tombés sur la base aérienne d'Aïn al-Assad hier.", { text: "base aérienne d'Aïn al-Assad", name: "Ain al-Asad", country: "IQ", kind: "site" }],
    ["Des obus sont tombés sur la base aerienne d'Ain al-Assad.", { text: "base aerienne d'Ain al-Assad", country: "IQ" }],
    ["Les hommes armés ont pris le village de Bourasso.", { text: "village de Bourasso", name: "Bourasso", country: "BF", kind: "city" }],
    ["Un camp a été attaqué près de Gourma-Rharous.", { text: "près de Gourma-Rharous", name: "Gourma-Rharous", country: "ML" }],
    ["Deux roquettes ont visé l'aéroport de Bagdad.", { text: "aéroport de Bagdad", name: "Baghdad", kind: "site", country: "IQ" }],
    ["Des tirs au nord de Bagdad.", { text: "au nord de Bagdad", rule: "geo:direction", country: "IQ" }],
    ["Une frappe dans le district de Tazahar.", { text: "district de Tazahar", name: "Tazahar", country: null, kind: "district" }],
    ["Un drone a frappé la base aérienne du Roi Khaled à Khamis Mushait.", { text: "base aérienne du Roi Khaled à Khamis Mushait", country: "SA", kind: "site" }],
    ["Sept otages enlevés dans le nord du Cameroun.", { text: "nord du Cameroun", country: "CM", kind: "region" }],
    ["Les forces irakiennes ont riposté.", { text: "irakiennes", country: "IQ", kind: "country", rule: "geo:demonym" }],
    ["Washington a accusé l'Irak.", { text: "Irak", country: "IQ", rule: "geo:country" }],
    ["Les Etats-Unis ont envoyé des renforts.", { text: "Etats-Unis", country: "US" }],
    ["Les combats continuent en RDC.", { text: "RDC", country: "CD" }],
    ["Dix roquettes ont été tirées sur la base d'A?n al-Assad.", { text: "base d'A?n al-Assad", kind: "site" }],
    ["Un soldat burkinabè a été tué.", { text: "burkinabè", country: "BF", rule: "geo:demonym" }],
    ["Une attaque a frappé Kaboul.", { text: "Kaboul", name: "Kabul", country: "AF", kind: "city" }],
    ["Des drones ont visé la ville de Kharkiv.", { text: "ville de Kharkiv", country: "UA" }],
  ]);

  it("ignores capitalised words that are not places and lower-case common words", () => {
    const s = "Il a déclaré à l'AFP que la base de la coalition était visée.";
    expect(findPlaces(s, 0, s.length, testPack("fr"))).toEqual([]);
  });
});

describe("en places", () => {
  table("en", [
    ["A soldier was killed in Nawa district of Helmand province.", { text: "Nawa district of Helmand province", name: "Nawa", country: "AF", kind: "district" }],
    ["Militants attacked the village of Noaka.", { text: "village of Noaka", name: "Noaka", kind: "city" }],
    ["Al-Shabaab attacked El Salini base on Thursday.", { text: "El Salini base", country: "SO", kind: "site" }],
    ["The bomb exploded in Shah Wali Kot district.", { text: "Shah Wali Kot district", country: "AF" }],
    ["Fighters stormed a checkpoint near Namsiguia.", { text: "Namsiguia", country: "BF", rule: "geo:gazetteer" }],
    ["Fighters stormed a checkpoint near Tazahar.", { text: "Tazahar", name: "Tazahar", country: null, kind: "other", rule: "geo:preposition" }],
    ["Two died in Kabul, Kandahar and Herat.", { text: "Kabul", kind: "city" }],
    ["A blast hit Sialkot on Friday.", { text: "Sialkot", country: "PK", kind: "city" }],
    ["Iraqi officials said two rockets fell.", { text: "Iraqi", country: "IQ", rule: "geo:demonym" }],
    ["Somali forces repelled the attack.", { text: "Somali", country: "SO" }],
    ["Washington blamed Syria for the strike.", { text: "Syria", country: "SY", kind: "country" }],
    ["Rockets hit Ain al-Asad air base west of Baghdad.", { text: "Ain al-Asad air base", country: "IQ", kind: "site" }],
    ["Troops arrived in the DRC.", { text: "DRC", country: "CD" }],
    ["A market in Gao, Mali was hit.", { text: "Gao", country: "ML", kind: "city" }],
  ]);

  it("does not read months, agencies or acronyms as places", () => {
    const s = "In March, he told AFP in NEW remarks that NATO would stay.";
    expect(findPlaces(s, 0, s.length, testPack("en")).map((p) => p.text)).toEqual([]);
  });

  it("reads an acronym only in capitals (\"CAR\" is a country, \"Car bomb\" is not)", () => {
    const s = "Car bomb kills eight as CAR troops watch";
    expect(findPlaces(s, 0, s.length, testPack("en")).map((p) => [p.text, p.country])).toEqual([["CAR", "CF"]]);
  });
});

describe("es places", () => {
  table("es", [
    ["Un suicida atacó la zona de Al Karrada.", { text: "zona de Al Karrada", name: "Al Karrada", kind: "other" }],
    ["Un atentado sacudió Kandahar.", { text: "Kandahar", country: "AF" }],
    ["Murieron dos soldados en el pueblo de Toribío.", { text: "pueblo de Toribío", country: "CO", kind: "city" }],
    ["Tropas de EE.UU. llegaron a la provincia de Helmand.", { text: "EE.UU", country: "US" }],
    ["Tropas llegaron a la provincia de Helmand.", { text: "provincia de Helmand", name: "Helmand", country: "AF", kind: "region" }],
    ["Un coche bomba estalló cerca de Mogadiscio.", { text: "cerca de Mogadiscio", country: "SO" }],
    ["Los soldados iraquíes respondieron.", { text: "iraquíes", country: "IQ", rule: "geo:demonym" }],
    ["El Reino Unido condenó el ataque.", { text: "Reino Unido", country: "GB" }],
    ["La explosión ocurrió en Culiacán.", { text: "Culiacán", country: "MX" }],
  ]);
});

describe("offsets", () => {
  it("searches only [from, to) and returns offsets into the whole text", () => {
    const text = "Kaboul. Une bombe a explosé à Kandahar.";
    const from = 8;
    const found = findPlaces(text, from, text.length, testPack("fr"));
    expect(found.map((p) => [p.text, p.start])).toEqual([["Kandahar", text.indexOf("Kandahar")]]);
  });
});
