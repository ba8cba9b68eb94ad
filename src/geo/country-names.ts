import en from "i18n-iso-countries/langs/en.json" with { type: "json" };
import es from "i18n-iso-countries/langs/es.json" with { type: "json" };
import fr from "i18n-iso-countries/langs/fr.json" with { type: "json" };
import type { GeoSection } from "../lang/schema/geo.js";

/** i18n-iso-countries names by language (the locales sitrep has packs for; a new pack adds its locale here). */
const LOCALES: Record<string, { countries: Record<string, string | string[]> }> = { en, es, fr };

export interface CountryWord {
  name: string;
  /** The country's first ISO name in this language (or the word itself when the library lacks the code). */
  canonical: string;
  code: string;
  demonym: boolean;
}

/** Every country word of a language: ISO names, the pack's aliases, and demonyms with their inflections. */
export function countryWords(lang: string, geo: GeoSection): CountryWord[] {
  const out: CountryWord[] = [];
  const ignore = new Set(geo.countryIgnore);
  const iso = LOCALES[lang]?.countries ?? {};
  const canonical = (code: string, fallback: string) => {
    const names = iso[code];
    return names === undefined ? fallback : Array.isArray(names) ? names[0] : names;
  };
  for (const [code, names] of Object.entries(iso)) {
    for (const name of Array.isArray(names) ? names : [names]) if (!ignore.has(name)) out.push({ name, canonical: canonical(code, name), code, demonym: false });
  }
  for (const [name, code] of Object.entries(geo.countryAliases)) out.push({ name, canonical: canonical(code, name), code, demonym: false });
  for (const [code, bases] of Object.entries(geo.demonyms)) {
    for (const base of bases) for (const suffix of geo.demonymSuffixes) out.push({ name: base + suffix, canonical: canonical(code, base), code, demonym: true });
  }
  return out;
}
