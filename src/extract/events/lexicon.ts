import type { LanguagePack } from "../../lang/pack.js";
import { CUE_KINDS, type ActorEntry, type CueKind, type TargetEntry, type Trigger, type WeaponEntry } from "../../lang/schema/events.js";
import { foldPhrase } from "../../text/fold.js";
import { PhraseMatcher } from "../../text/phrase-matcher.js";
import { PhraseVocabulary } from "../../text/phrase-vocabulary.js";

/** The events section of a pack compiled into matchers (once per pack, through `pack.memo`). */
export interface EventLexicon {
  triggers: PhraseMatcher<Trigger>;
  weapons: PhraseMatcher<WeaponEntry>;
  actors: PhraseMatcher<ActorEntry>;
  targets: PhraseMatcher<TargetEntry>;
  cues: Record<CueKind, PhraseMatcher<CueKind>>;
  np: { links: Set<string>; stop: Set<string>; stopSuffixes: string[]; particles: Set<string>; headFinal: boolean; maxWords: number };
}

function matcher<T extends { phrases: string[] }>(entries: readonly T[], vocabulary: PhraseVocabulary): PhraseMatcher<T> {
  return new PhraseMatcher(
    entries.flatMap((value) => value.phrases.map((phrase) => ({ phrase, value }))),
    vocabulary,
  );
}

export function compileEventLexicon(pack: LanguagePack): EventLexicon {
  const ev = pack.data.events;
  // One vocabulary for all the matchers: a document's words are looked up once.
  const vocabulary = new PhraseVocabulary();
  const cues = {} as Record<CueKind, PhraseMatcher<CueKind>>;
  for (const kind of CUE_KINDS) cues[kind] = new PhraseMatcher(ev.cues[kind].map((phrase) => ({ phrase, value: kind })), vocabulary);
  return {
    triggers: matcher(ev.triggers, vocabulary),
    weapons: matcher(ev.weapons, vocabulary),
    actors: matcher(ev.actors, vocabulary),
    targets: matcher(ev.targets, vocabulary),
    cues,
    np: {
      links: new Set(ev.np.links.map(foldPhrase)),
      stop: new Set(ev.np.stop.map(foldPhrase)),
      stopSuffixes: ev.np.stop_suffixes.map(foldPhrase),
      particles: new Set(ev.np.particles.map(foldPhrase)),
      headFinal: ev.np.head_final,
      maxWords: ev.np.max_words,
    },
  };
}

export const eventLexicon = (pack: LanguagePack): EventLexicon => pack.memo("events", compileEventLexicon);
