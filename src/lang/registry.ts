import en from "./en/index.js";
import es from "./es/index.js";
import fr from "./fr/index.js";
import { LanguagePack, makePack } from "./pack.js";

/** The languages sitrep knows. Adding a language = a folder beside fr/ and one line here. */
const RAW: Record<string, unknown> = { fr, en, es };

/** The codes of the languages sitrep knows, without loading or validating their packs. */
export const knownLanguages = (): string[] => Object.keys(RAW);

export type PackRegistry = ReadonlyMap<string, LanguagePack>;

/** Validates and returns every pack; call once per process (or worker). */
export function loadPacks(only?: readonly string[]): PackRegistry {
  const out = new Map<string, LanguagePack>();
  for (const [code, raw] of Object.entries(RAW)) {
    if (only && !only.includes(code)) continue;
    out.set(code, makePack(raw, code));
  }
  return out;
}
