import { GeoSection } from "../lang/schema/geo.js";
import en from "../lang/en/geo.json" with { type: "json" };
import es from "../lang/es/geo.json" with { type: "json" };
import fr from "../lang/fr/geo.json" with { type: "json" };
import { countryWords } from "./country-names.js";
import { nameKey } from "./keys.js";

const GEO: Record<string, unknown> = { fr, en, es };
/** Lazily built index per language: folded country word → ISO alpha-2. */
const indexes = new Map<string, Map<string, string>>();

function index(lang: string): Map<string, string> {
  let idx = indexes.get(lang);
  if (idx) return idx;
  idx = new Map();
  const raw = GEO[lang];
  if (raw) for (const w of countryWords(lang, GeoSection.parse(raw))) if (!idx.has(nameKey(w.name))) idx.set(nameKey(w.name), w.code);
  indexes.set(lang, idx);
  return idx;
}

/**
 * ISO 3166-1 alpha-2 code of a country name, alias, adjective or demonym in
 * language `lang` ("l'Irak", "Etats-Unis", "irakiennes", "Iraqi", "EE.UU."); null if unknown.
 */
export function countryCode(name: string, lang: string): string | null {
  const idx = index(lang);
  const key = nameKey(name);
  const found = idx.get(key);
  if (found) return found;
  const words = key.split(" ");
  // An elided or plain article in front ("l'Irak", "la Syrie", "el Líbano").
  return words.length > 1 ? idx.get(words.slice(1).join(" ")) ?? null : null;
}
