import type { LanguagePack } from "../../lang/pack.js";
import { CUE_KINDS, type ActorEntry, type CueKind, type TargetEntry, type Trigger, type WeaponEntry } from "../../lang/schema/events.js";
import { foldPhrase } from "../../text/fold.js";
import { PhraseMatcher } from "../../text/phrase-matcher.js";
import { PhraseScan } from "../../text/phrase-scan.js";
import { packVocabulary, type PhraseVocabulary } from "../../text/phrase-vocabulary.js";

/** The events section of a pack compiled into matchers (once per pack, through `pack.memo`). */
export interface EventLexicon {
  triggers: PhraseMatcher<Trigger>;
  weapons: PhraseMatcher<WeaponEntry>;
  actors: PhraseMatcher<ActorEntry>;
  targets: PhraseMatcher<TargetEntry>;
  cues: Record<CueKind, PhraseMatcher<CueKind>>;
  /** All of the above in one pass over a sentence's words: slots `SLOT` then `CUE_KINDS` in order (`cueSlot`). */
  scan: PhraseScan;
  np: { links: Set<string>; coordinators: Set<string>; stop: Set<string>; stopSuffixes: string[]; particles: Set<string>; headFinal: boolean; maxWords: number };
}

function matcher<T extends { phrases: string[] }>(entries: readonly T[], vocabulary: PhraseVocabulary): PhraseMatcher<T> {
  return new PhraseMatcher(
    entries.flatMap((value) => value.phrases.map((phrase) => ({ phrase, value }))),
    vocabulary,
  );
}

/** Slots of the matchers in `EventLexicon.scan`; cue `k` is at `cueSlot(k)`. */
export const SLOT = { triggers: 0, actors: 1, targets: 2, weapons: 3 } as const;
export const cueSlot = (kind: CueKind): number => 4 + CUE_KINDS.indexOf(kind);

export function compileEventLexicon(pack: LanguagePack): EventLexicon {
  const ev = pack.data.events;
  // One vocabulary for all the matchers (and the place phrases): a document's words are looked up once.
  const vocabulary = packVocabulary(pack);
  const cues = {} as Record<CueKind, PhraseMatcher<CueKind>>;
  for (const kind of CUE_KINDS) cues[kind] = new PhraseMatcher(ev.cues[kind].map((phrase) => ({ phrase, value: kind })), vocabulary);
  const triggers = matcher(ev.triggers, vocabulary);
  const weapons = matcher(ev.weapons, vocabulary);
  const actors = matcher(ev.actors, vocabulary);
  const targets = matcher(ev.targets, vocabulary);
  const all = [triggers, actors, targets, weapons, ...CUE_KINDS.map((k) => cues[k])] as PhraseMatcher<unknown>[];
  return {
    triggers,
    weapons,
    actors,
    targets,
    cues,
    scan: new PhraseScan(all, vocabulary),
    np: {
      links: new Set(ev.np.links.map(foldPhrase)),
      coordinators: new Set(ev.np.coordinators.map(foldPhrase)),
      stop: new Set(ev.np.stop.map(foldPhrase)),
      // Not folded: an accent is what marks the verb form ("tué" ends a phrase, "malienne" does not).
      stopSuffixes: ev.np.stop_suffixes.map((x) => x.toLowerCase()),
      particles: new Set(ev.np.particles.map(foldPhrase)),
      headFinal: ev.np.head_final,
      maxWords: ev.np.max_words,
    },
  };
}

export const eventLexicon = (pack: LanguagePack): EventLexicon => pack.memo("events", compileEventLexicon);
