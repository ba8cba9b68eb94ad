import type { LanguagePack } from "../lang/pack.js";
import type { GeoSection } from "../lang/schema/geo.js";
import { foldPhrase } from "../text/fold.js";
import { PhraseMatcher } from "../text/phrase-matcher.js";
import { packVocabulary } from "../text/phrase-vocabulary.js";
import type { PlaceKind } from "./gazetteer.js";
import { nameKey } from "./keys.js";

/** A word that introduces a place name: a noun ("village de", "X district") or a preposition ("près de", "à"). */
export interface Trigger {
  noun: boolean;
  kind: PlaceKind | null;
  /** Noun that may follow the name ("Nawa district"). */
  after: boolean;
  /** Preposition taking the name without a connector ("à Kharkiv"). */
  bare: boolean;
  direction: boolean;
}

export interface Triggers {
  matcher: PhraseMatcher<Trigger>;
  /** Connectors as token-key sequences, longest first (["de", "la"], ["d"], ["of"]). */
  connectors: string[][];
  containment: Set<string>;
}

export function compileTriggers(pack: LanguagePack): Triggers {
  const geo = pack.data.geo as GeoSection;
  const entries = [
    ...geo.placeNouns.map((n) => ({ phrase: n.phrase, value: { noun: true, kind: n.kind, after: n.after ?? false, bare: false, direction: false } })),
    ...geo.prepositions.map((p) => ({ phrase: p.phrase, value: { noun: false, kind: null, after: false, bare: p.bare ?? false, direction: p.direction ?? false } })),
  ];
  return {
    // The pack's shared vocabulary: the words of a document are looked up once for these and the event lexicon.
    matcher: new PhraseMatcher<Trigger>(entries, packVocabulary(pack)),
    connectors: geo.connectors.map((c) => nameKey(c).split(" ")).sort((a, b) => b.length - a.length),
    containment: new Set(geo.containment.map((c) => foldPhrase(c))),
  };
}
