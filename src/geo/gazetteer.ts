import type { LanguagePack } from "../lang/pack.js";
import type { DatesSection } from "../lang/schema/dates.js";
import type { GeoSection } from "../lang/schema/geo.js";
import { countryWords } from "./country-names.js";
import { nameKey } from "./keys.js";
import { hasHashBit, hashBitmap, setHashBit, wordHash } from "../text/word-index.js";
import places from "./places.json" with { type: "json" };

export type PlaceKind = "country" | "region" | "district" | "city" | "site" | "other";

export interface GazetteerEntry {
  name: string;
  /** null when the name is a place in several countries (Tripoli, Rafah). */
  country: string | null;
  kind: PlaceKind;
  rule: "geo:country" | "geo:demonym" | "geo:gazetteer";
  /** The surface form must start with a capital letter. */
  cap: boolean;
  /** The canonical name is an acronym ("RDC", "FATA"): all-caps text may match it. */
  acronym: boolean;
}

/** The geography a pack needs, compiled once per pack (`pack.memo("geo", compileGeo)`). */
export interface Gazetteer {
  /** Folded name key ("ain al assad") → entry. */
  entries: Map<string, GazetteerEntry>;
  maxWords: number;
  /** Every proper word prefix of a key ("ain", "ain al"): lets the lookup stop early. */
  prefixes: Set<string>;
  /** `wordHash` of the first word of every key: a token whose hash is not here starts no name. */
  heads: Set<number>;
  /** `heads` as a bitmap of the low 16 bits of each hash: most words fail this test before the set is read (`isHead`). */
  headBits: Uint8Array;
  /** `isHead` bound to this gazetteer (one function per pack, not a closure per sentence). */
  headTest: (hash: number) => boolean;
  /** `wordHash` of the first word of every key whose entry needs no capital: a lower-case word whose hash is not here starts no name (but a particle's may). */
  lowerHeads: Set<number>;
  particles: Set<string>;
  /** `wordHash` of every particle (`particles`). */
  particleHeads: Set<number>;
  /** Keys of capitalised words that never start a place name (determiners, agencies, months, weekdays). */
  notNames: Set<string>;
  elisions: Set<string>;
}

const KINDS: readonly PlaceKind[] = ["city", "region", "site"];

function add(map: Map<string, GazetteerEntry>, form: string, e: Omit<GazetteerEntry, "acronym">): void {
  const key = nameKey(form);
  if (!key) return;
  const entry = { ...e, acronym: form.length > 1 && form === form.toUpperCase() };
  const prev = map.get(key);
  if (!prev) map.set(key, entry);
  // Countries win over places; the same place name in two countries loses its country.
  else if (prev.rule === "geo:gazetteer" && e.rule === "geo:gazetteer" && prev.country !== e.country) map.set(key, { ...prev, country: null });
  else if (prev.rule === "geo:gazetteer" && e.rule !== "geo:gazetteer") map.set(key, entry);
}

export function compileGeo(pack: LanguagePack): Gazetteer {
  const geo = pack.data.geo as GeoSection;
  const dates = pack.data.dates as Partial<DatesSection>;
  const entries = new Map<string, GazetteerEntry>();
  const table = places.places as Record<string, Record<string, string[]>>;
  for (const [country, byKind] of Object.entries(table)) {
    for (const kind of KINDS) {
      for (const line of byKind[kind] ?? []) {
        const forms = line.split("|");
        for (const form of forms) add(entries, form, { name: forms[0], country, kind, rule: "geo:gazetteer", cap: form[0] !== form[0].toLowerCase() });
      }
    }
  }
  for (const w of countryWords(pack.code, geo)) {
    const cap = !w.demonym || geo.capitalisedDemonyms;
    add(entries, w.name, { name: w.canonical, country: w.code, kind: "country", rule: w.demonym ? "geo:demonym" : "geo:country", cap });
  }
  let maxWords = 1;
  const prefixes = new Set<string>();
  const heads = new Set<number>();
  const lowerHeads = new Set<number>();
  const headBits = hashBitmap();
  for (const [key, entry] of entries) {
    const words = key.split(" ");
    const h = wordHash(words[0], 0, words[0].length);
    heads.add(h);
    if (!entry.cap) lowerHeads.add(h);
    setHashBit(headBits, h);
    maxWords = Math.max(maxWords, words.length);
    for (let n = 1; n < words.length; n++) prefixes.add(words.slice(0, n).join(" "));
  }
  const particles = new Set(places.particles.map(nameKey));
  const notNames = new Set([...geo.notNames, ...(dates.months ?? []).flat(), ...(dates.weekdays ?? []).flat()].map(nameKey));
  const g: Gazetteer = {
    entries,
    maxWords: Math.min(maxWords, 6),
    prefixes,
    heads,
    headBits,
    headTest: (h) => isHead(g, h),
    lowerHeads,
    particles,
    particleHeads: new Set([...particles].map((p) => wordHash(p, 0, p.length))),
    notNames,
    elisions: new Set(geo.elisions.map(nameKey)),
  };
  return g;
}

/** Whether a word of `wordHash` `h` may start a gazetteer name (= `g.heads.has(h)`). */
export const isHead = (g: Gazetteer, h: number): boolean => hasHashBit(g.headBits, h) && g.heads.has(h);
