import { describe, expect, it } from "vitest";
import { findDates } from "../../src/extract/dates/index.js";
import { runCases } from "./cases.js";
import { testPack } from "./packs.js";

// Published on Sunday 2021-06-20.
describe("fr dates, published 2021-06-20", () => {
  runCases("fr", "2021-06-20", [
    ["Le convoi a été attaqué le 29 mars 2020.", "2020-03-29", { precision: "day", basis: "stated", rule: "date:absolute", text: "29 mars 2020" }],
    ["Une base a été visée ce 20 juin.", "2021-06-20", { basis: "inferred", rule: "date:day-month" }],
    ["Les tirs du 25 juin ont fait deux morts.", "2020-06-25", { rule: "date:day-month" }],
    ["Une roquette est tombée mercredi.", "2021-06-16", { rule: "date:weekday" }],
    ["Les tirs ont commencé mercredi matin.", "2021-06-16", { text: "mercredi matin" }],
    ["Le village a été attaqué dimanche.", "2021-06-20"],
    ["Le poste a été attaqué dimanche dernier.", "2021-06-13", { rule: "date:weekday-past" }],
    ["Des drones ont frappé dans la nuit de samedi à dimanche.", "2021-06-20", { rule: "date:night", text: "dans la nuit de samedi à dimanche" }],
    ["Explosion dans la nuit de vendredi à samedi près du port.", "2021-06-19"],
    ["Dans la nuit du 2 au 3 mai, trois obus sont tombés.", "2021-05-03", { rule: "date:night" }],
    ["Hier, deux soldats ont été tués.", "2021-06-19", { rule: "date:relative-day" }],
    ["L'attaque a eu lieu avant-hier.", "2021-06-18"],
    ["Aujourd'hui, le bilan s'est alourdi.", "2021-06-20"],
    ["Ce matin, une patrouille a sauté sur une mine.", "2021-06-20"],
    ["Cette nuit, la ville a été bombardée.", "2021-06-20"],
    ["Des coups de feu ont retenti hier soir.", "2021-06-19", { text: "hier soir" }],
    ["Ils ont annoncé il y a dix jours une récompense.", "2021-06-10", { rule: "date:ago", precision: "day" }],
    ["Le camp a été pris il y a deux semaines.", "2021-06-06", { precision: "week" }],
    ["Les combats de juin 2021 ont déplacé des milliers de personnes.", "2021-06-01", { precision: "month", basis: "stated" }],
    ["L'offensive lancée en juillet a échoué.", "2020-07-01", { precision: "month", basis: "inferred" }],
    ["La semaine dernière, une embuscade a fait dix morts.", "2021-06-07", { precision: "week", rule: "date:period" }],
    ["Les frappes de la mi-avril ont visé la base.", "2021-04-01", { precision: "month" }],
    ["Quatre attaques depuis la mi-avril.", null],
    ["Depuis le début de l'année, 40 attaques ont été recensées.", null],
    ["Un homme de 35 ans a été blessé.", null],
    ["Les soldats sont déployés pendant deux ans.", null],
    ["Le rapport du 2020-03-29 est cité.", "2020-03-29", { basis: "stated" }],
    ["Le 1er mars, un convoi a été attaqué.", "2021-03-01"],
    ["Ils ont été enlevés mardi 19 février.", "2019-02-19", { text: "mardi 19 février" }],
    ["Le 31 juin n'existe pas.", null],
    ["Des élections sont prévues le 29 mars 2030.", null],
    ["Un convoi de l'armée photographié le 29 mars 2020 près de Gao (photo d'archives).", "2020-03-29", { basis: "stated" }],
    ["L'an dernier, la région a connu 300 attaques.", "2020-01-01", { precision: "year" }],
    ["La base a été construite en 2019.", "2019-01-01", { precision: "year", basis: "stated" }],
  ]);
});

describe("fr dates without a publication date", () => {
  runCases("fr", null, [
    ["Le convoi a été attaqué le 29 mars 2020.", "2020-03-29"],
    ["Une roquette est tombée mercredi.", null],
    ["Le 20 juin, une base a été visée.", null],
    ["Hier, deux soldats ont été tués.", null],
  ]);
});

describe("fr spans", () => {
  it("returns offsets into the whole text, within [from, to)", () => {
    const text = "Titre.\nLundi soir, des roquettes ont visé la base. Mardi, rien.";
    const from = text.indexOf("Lundi");
    const to = text.indexOf(" Mardi");
    const found = findDates(text, from, to, testPack("fr"), "2021-05-04");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ start: from, end: from + "Lundi soir".length, text: "Lundi soir", date: "2021-05-03" });
  });
});
