import type { Templates } from "./types.js";

const MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

/** French templates of the synthetic benchmark corpus. */
export const fr: Templates = {
  lang: "fr",
  places: [["Gao", "Mali"], ["Mopti", "Mali"], ["Tombouctou", "Mali"], ["Djibo", "Burkina Faso"], ["Ouahigouya", "Burkina Faso"], ["Niamey", "Niger"], ["Erbil", "Irak"], ["Kirkouk", "Irak"], ["Idleb", "Syrie"], ["Maiduguri", "Nigeria"]],
  outlets: ["Le Courrier du Fleuve", "Sahel Matin", "L'Écho des Frontières", "Horizon Infos"],
  date: (d, m) => `{le ${d} ${MOIS[m]}|ce ${d} ${MOIS[m]}|dimanche|dans la nuit de lundi à mardi|vendredi matin}`,
  titles: [
    "<n> morts dans une {attaque|embuscade} contre {un poste militaire|un commissariat|un village} près de <place>",
    "<country> : des hommes armés tuent <n> civils dans la région de <place>",
    "Une explosion près du marché de <place> fait <n> morts et <m> blessés",
    "<country> : une attaque à la roquette vise une base près de <place>",
  ],
  byline: ["- Avec <agency>", "Par la rédaction avec <agency>", "- <agency>"],
  credit: ["© <agency> / Photo d'archives", "Crédit photo : <agency>", "© Photographe / <agency>"],
  caption: ["Des soldats en patrouille près de <place> le 3 mars 2019 (image d'illustration).", "La route menant à <place>, sur une photo d'archives de 2018."],
  follow: ["Suivez <outlet> sur Telegram", "Suivez-nous sur Twitter et Facebook", "Abonnez-vous à notre lettre d'information"],
  incidents: [
    "Des {hommes armés|assaillants non identifiés|jihadistes présumés} ont attaqué {un poste de police|un poste militaire|le marché d'un village|une base de l'armée} à <place>, au <country>, <date>, tuant <n> {soldats|civils|policiers} et en blessant <m> autres, {ont indiqué des responsables locaux|a indiqué à l'<agency> une source sécuritaire|selon un communiqué de l'armée}.",
    "Une {bombe artisanale|voiture piégée|mine} a explosé au passage d'un {convoi|véhicule militaire|minibus} près de <place> <date>, faisant au moins <n> morts et <m> blessés, {selon la police|selon des sources hospitalières}.",
    "<k> roquettes ont visé la base {aérienne|militaire} de <place>, dans le nord du pays, <date>, a indiqué une source sécuritaire. Aucune victime n'a été signalée.",
    "Des hommes armés ont enlevé <n> {élèves|villageois|ouvriers agricoles} près de <place> <date>, ont rapporté des habitants.",
    "Des affrontements entre {l'armée|les forces de sécurité} et des {rebelles|insurgés|combattants jihadistes} près de <place> <date> ont fait <n> morts, dont <k> soldats, selon une source militaire.",
    "Des {centaines|milliers} de manifestants se sont rassemblés à <place> <date> pour réclamer la libération de <k> militants détenus ; la police a tiré des gaz lacrymogènes et <m> personnes ont été interpellées.",
  ],
  details: [
    "Le bilan pourrait s'alourdir, <k> des blessés étant dans un état grave, selon un médecin de l'hôpital régional.",
    "L'attaque n'a pas été revendiquée pour le moment.",
    "{L'armée|Le gouvernement} a affirmé que <k> {assaillants|terroristes} avaient été tués lors des {combats|échanges de tirs} qui ont suivi.",
    "Selon des habitants, les assaillants sont arrivés à bord d'environ <m> motos et ont incendié <k> maisons avant de prendre la fuite.",
    "Parmi les victimes figurent <k> femmes et <k> enfants, selon une association locale.",
  ],
  context: [
    "Le pays a déployé quelque <t> soldats dans la région depuis <year>.",
    "Au total, <a> attaques ont visé {les forces de sécurité|des civils|des soldats étrangers} dans la zone depuis le début de l'année.",
    "Le gouvernement a annoncé une aide d'urgence de <money> millions d'euros pour les familles des victimes.",
    "Plus de <t> personnes ont fui leur foyer dans la province ces <k> derniers mois, selon les Nations unies.",
    "Les violences ont fait plus de <t> morts depuis <year>, selon le décompte d'une ONG.",
  ],
  quotes: [
    "«Nous avons entendu <k> explosions puis des tirs pendant près d'une heure», a raconté un habitant à <outlet>.",
    "«La situation est sous contrôle», a assuré le gouverneur de la région {lundi|mercredi} dans une allocution télévisée.",
  ],
  related: ["Lire aussi : <n> morts dans une nouvelle vague d'attaques", "À lire aussi : ce que l'on sait de l'insurrection", "Publicité"],
  cookie: [
    "Nous utilisons des cookies pour améliorer votre expérience. En cliquant sur « Tout accepter », vous consentez à l'utilisation de cookies et à notre politique de confidentialité. Vous pouvez gérer vos choix à tout moment.",
    "Ce site utilise des cookies et traceurs. Tout accepter | Tout refuser | Paramétrer vos choix. Consultez notre politique de confidentialité.",
  ],
};
