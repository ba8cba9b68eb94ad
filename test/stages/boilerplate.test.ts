import { describe, expect, it } from "vitest";
import { boilerplate } from "../../src/stages/boilerplate.js";
import { normalise } from "../../src/stages/normalise.js";
import { createContext, createDoc, STAGES } from "../../src/pipeline.js";
import { WordIndex } from "../../src/text/word-index.js";
import { run, skippedOf } from "./run-stages.js";

const skip = (text: string) => skippedOf(run(text, { stages: [normalise, boilerplate] }));

// Each case: a short page of our own and the [rule, text] spans it must skip; every other line is kept.
type Case = [name: string, text: string, expected: string[][]];

const body = "Des tirs ont visé un poste de police dans la nuit, selon une source locale.";

const fr: Case[] = [
  ["follow-us, missing space", `${body}\nSuivez Le Journal surTelegram`, [["follow-us", "Suivez Le Journal surTelegram"]]],
  ["follow-us on X", `${body}\nSuivez-nous sur X et Facebook`, [["follow-us", "Suivez-nous sur X et Facebook"]]],
  ["photo credit ©", `${body}\nUn convoi militaire© Jean Martin Source: Reuters`, [["photo-credit", "Un convoi militaire© Jean Martin Source: Reuters"]]],
  ["photo credit Name-AFP", `${body}\nUn blindé près de la frontière - Paul Durand-AFP`, [["photo-credit", "Un blindé près de la frontière - Paul Durand-AFP"]]],
  ["crédit photo", `${body}\nCrédit photo : Agence Untel`, [["photo-credit", "Crédit photo : Agence Untel"]]],
  ["caption with (image d'illustration)", `${body}\nDes gendarmes le 3 mai 2019 à Lyon (image d'illustration).`, [["caption", "Des gendarmes le 3 mai 2019 à Lyon (image d'illustration)."]]],
  ["caption with (photo d'archives)", `${body}\nUn hélicoptère au décollage (photo d'archives)`, [["caption", "Un hélicoptère au décollage (photo d'archives)"]]],
  ["dated caption right under a credit", `Titre du jour\n${body}\nUne vue de la ville© X Y/AFP\nDes habitants le 2 juin 2018 à Gao.\n${body}`, [["photo-credit", "Une vue de la ville© X Y/AFP"], ["caption", "Des habitants le 2 juin 2018 à Gao."]]],
  ["read also with its link", `${body}\nÀ lire aussi\nLe gouvernement annonce un plan pour la région\n${body}`, [["read-also", "À lire aussi\nLe gouvernement annonce un plan pour la région"]]],
  ["lire aussi on one line", `${body}\nLIRE AUSSI : Un autre sujet sans rapport`, [["read-also", "LIRE AUSSI : Un autre sujet sans rapport"]]],
  ["byline - Avec AFP", `Titre de la dépêche\n\n- Avec AFP\n\n${body}`, [["byline", "- Avec AFP"]]],
  ["byline la rédaction avec", `${body}\nla rédaction avec AFP`, [["byline", "la rédaction avec AFP"]]],
  ["byline Par Name", `${body}\nPar Jeanne Dupont`, [["byline", "Par Jeanne Dupont"]]],
  ["share buttons", `${body}\nPartager\nImprimer`, [["share", "Partager\nImprimer"]]],
  ["timestamp line", `Mise à jour le 4 mars à 10h12\n${body}`, [["timestamp", "Mise à jour le 4 mars à 10h12"]]],
  ["dateline (AFP) is not boilerplate", `BAMAKO (AFP) - ${body}`, []],
  ["a sentence starting with Par is kept", `Par ailleurs, deux soldats ont été blessés.`, []],
  [
    "cookie banner to the end, buttons and OK included",
    `${body}\n\nEn cliquant sur « Tout accepter », vous consentez au dépôt de cookies.\n\nLe Site utilise des cookies.\n\nOK\n\nTout AccepterTout refuserParamétrer vos choix`,
    [["cookie-banner", "En cliquant sur « Tout accepter », vous consentez au dépôt de cookies.\n\nLe Site utilise des cookies.\n\nOK\n\nTout AccepterTout refuserParamétrer vos choix"]],
  ],
  ["one consent word alone is not a banner", `${body}\nLes cookies de la boulangerie ont été distribués aux habitants.`, []],
];

const en: Case[] = [
  ["follow us", `Gunmen attacked a checkpoint on Sunday, police said.\nFollow us on Telegram`, [["follow-us", "Follow us on Telegram"]]],
  ["by-line", `By John Q. Smith\nGunmen attacked a checkpoint on Sunday, police said.`, [["byline", "By John Q. Smith"]]],
  ["by at the start of a sentence is kept", `By Tuesday, the death toll had risen to twelve.`, []],
  ["file photo caption", `Police officers at the scene. (File photo)\nGunmen attacked a checkpoint on Sunday.`, [["caption", "Police officers at the scene. (File photo)"]]],
  ["credit in parentheses with table debris", `A damaged truck near the market. (Reuters) |\nGunmen attacked a checkpoint on Sunday.`, [["photo-credit", "A damaged truck near the market. (Reuters) |"]]],
  ["headline with a source suffix is kept", `Five killed in market blast - Reuters\nGunmen attacked a market on Sunday.`, []],
  ["read more", `Gunmen attacked a checkpoint on Sunday.\nRead more: Another story entirely`, [["read-also", "Read more: Another story entirely"]]],
  ["related:", `Gunmen attacked a checkpoint on Sunday.\nRelated: Talks stall again`, [["read-also", "Related: Talks stall again"]]],
  ["nav and ads", `Gunmen attacked a checkpoint on Sunday.\nAdvertisement\nThe attack came days after another.\nShow Full Article`, [["nav", "Advertisement"], ["nav", "Show Full Article"]]],
  ["copyright", `Gunmen attacked a checkpoint on Sunday.\nCopyright 2020 Some Outlet. All rights reserved.`, [["copyright", "Copyright 2020 Some Outlet. All rights reserved."]]],
  ["markup debris", `![]() |\n[image:2,r]\nGunmen attacked a checkpoint on Sunday.`, [["markup", "![]() |\n[image:2,r]"]]],
  ["agency alone is a byline", `The Associated Press\nGunmen attacked a checkpoint on Sunday.`, [["byline", "The Associated Press"]]],
  ["site and section labels above the headline", `World\nAsia\nBlast hits market in northern city\nGunmen attacked a checkpoint on Sunday.`, [["label", "World\nAsia"]]],
  ["a repeated title line", `Blast hits market\nGunmen attacked a market on Sunday.\nBlast hits market\nPolice said two died.`, [["duplicate-line", "Blast hits market"]]],
  ["repeated sentences are kept", `Two people died.\nTwo people died.`, []],
  ["cookie banner", `Gunmen attacked a checkpoint on Sunday.\nWe use cookies to improve your experience. By clicking Accept all you give your consent.\nAccept all Reject all`, [["cookie-banner", "We use cookies to improve your experience. By clicking Accept all you give your consent.\nAccept all Reject all"]]],
  ["page furniture after the last paragraph", `Gunmen attacked a checkpoint on Sunday.\nTop Stories\nCity council votes on budget\nWeather this week`, [["nav", "Top Stories"], ["tail", "City council votes on budget\nWeather this week"]]],
  ["a truncated last line alone is kept", `Gunmen attacked a checkpoint on Sunday.\nThe governor of`, []],
];

const es: Case[] = [
  ["síguenos", `Un atentado dejó tres muertos en la capital.\nSíguenos en Facebook`, [["follow-us", "Síguenos en Facebook"]]],
  ["foto: EFE", `Un atentado dejó tres muertos en la capital.\nFoto: EFE`, [["photo-credit", "Foto: EFE"]]],
  ["imagen de archivo", `Agentes de policía en una calle. Imagen de archivo\nUn atentado dejó tres muertos.`, [["caption", "Agentes de policía en una calle. Imagen de archivo"]]],
  ["leer más", `Un atentado dejó tres muertos.\nLeer más: Otra noticia`, [["read-also", "Leer más: Otra noticia"]]],
  ["lea también", `Un atentado dejó tres muertos.\nLea también\nEl Gobierno anuncia medidas\nLa policía investiga.`, [["read-also", "Lea también\nEl Gobierno anuncia medidas"]]],
  ["por NAME", `Por María López\nUn atentado dejó tres muertos.`, [["byline", "Por María López"]]],
  ["por at the start of a sentence is kept", `Por la tarde, la policía detuvo a dos sospechosos.`, []],
  ["compartir", `Un atentado dejó tres muertos.\nComparte\nCompartir desde el minuto: 00:00`, [["share", "Comparte\nCompartir desde el minuto: 00:00"]]],
  ["cookie banner", `Un atentado dejó tres muertos.\nUtilizamos cookies propias y de terceros. Al hacer clic en aceptar das tu consentimiento.\nAceptar todo Rechazar todo`, [["cookie-banner", "Utilizamos cookies propias y de terceros. Al hacer clic en aceptar das tu consentimiento.\nAceptar todo Rechazar todo"]]],
];

describe.each([
  ["fr", fr],
  ["en", en],
  ["es", es],
])("boilerplate (%s)", (_, cases) => {
  it.each(cases)("%s", (_, text, expected) => {
    expect(skip(text)).toEqual(expected);
  });
});

describe("boilerplate stage contracts", () => {
  it("never edits the text and records trimmed, ordered spans", () => {
    const text = `  Suivez-nous sur Telegram  \n${body}\nPartager`;
    const doc = run(text, { stages: [normalise, boilerplate] });
    expect(doc.text).toBe(text);
    expect(doc.skipped.map((s) => [s.start, s.end])).toEqual([
      [2, 26],
      [text.length - 8, text.length],
    ]);
  });

  it("builds the document's word index once: the counts and events stages read the same one", () => {
    const ctx = createContext();
    let doc = createDoc({ id: "w", text: `${body}\nSuivez-nous sur Telegram`, lang: "fr", published: "2024-11-20", url: null, title: null, source: null, origin: "test" });
    const seen: (WordIndex | undefined)[] = [];
    for (const [name, stage] of STAGES) {
      doc = stage(doc, ctx);
      if (name === "boilerplate" || name === "counts" || name === "events") seen.push(doc.words);
    }
    expect(seen[0]).toBeInstanceOf(WordIndex);
    expect(seen[0]!.folded).toBe(doc.folded);
    expect(seen[0]!.length).toBe(new WordIndex(doc.folded!).length);
    expect(seen[1]).toBe(seen[0]);
    expect(seen[2]).toBe(seen[0]);
  });

  it("handles empty text", () => {
    expect(skip("")).toEqual([]);
  });

  it("is linear on a large page", () => {
    const page = `${body}\nPartager\n`.repeat(20000);
    const t = performance.now();
    const doc = run(page, { stages: [normalise, boilerplate] });
    expect(doc.skipped.length).toBe(20000);
    expect(performance.now() - t).toBeLessThan(3000);
  });
});
