import { z } from "zod";

const PlaceKind = z.enum(["country", "region", "district", "city", "site", "other"]);
const Alpha2 = z.string().regex(/^[A-Z]{2}$/);

/** The `geo.json` section of a language pack: country words and the place-phrase grammar. */
export const GeoSection = z.strictObject({
  /** Country names i18n-iso-countries lacks in this language ("Etats-Unis", "RDC", "Burkina"). */
  countryAliases: z.record(z.string().min(1), Alpha2),
  /** Country names never to match as countries here (first names, common words: "Maurice", "Man"). */
  countryIgnore: z.array(z.string()),
  /** Adjectives and demonyms by country, base forms; `demonymSuffixes` are appended to each. */
  demonyms: z.record(Alpha2, z.array(z.string().min(1))),
  demonymSuffixes: z.array(z.string()),
  /** Demonyms are written with a capital letter (English "Iraqi"); otherwise either case matches. */
  capitalisedDemonyms: z.boolean(),
  /** Elided articles glued to the next word ("l'", "d'"): stripped before a name. */
  elisions: z.array(z.string().min(1)),
  /** Nouns that introduce a place name ("village de X"); `after` also allows "X district". */
  placeNouns: z.array(z.strictObject({ phrase: z.string().min(1), kind: PlaceKind, after: z.boolean().optional() })),
  /**
   * Prepositions that introduce a place name ("près de X", "au nord de X"); they need a connector unless `bare`
   * ("à X", "in X"); `direction` marks a part of the named place ("nord du Cameroun").
   */
  prepositions: z.array(z.strictObject({ phrase: z.string().min(1), bare: z.boolean().optional(), direction: z.boolean().optional() })),
  /** Words between a noun or preposition and the name ("de", "d'", "of"). */
  connectors: z.array(z.string().min(1)),
  /** What may join a place to the larger place holding it ("Nawa district of Helmand province", "Kabul, Afghanistan"). */
  containment: z.array(z.string()),
  /** Capitalised words that do not start or make up a place name here ("The", "Le", "AFP"). Months and weekdays come from dates.json. */
  notNames: z.array(z.string()),
});
export type GeoSection = z.infer<typeof GeoSection>;
