import type { LanguagePack } from "../../lang/pack.js";
import { CUE_KINDS, type ActorEntry, type CueKind, type TargetEntry, type Trigger, type WeaponEntry } from "../../lang/schema/events.js";
import type { PhraseMatch } from "../../text/phrase-matcher.js";
import { containedIn, coverTest, lastStartingBefore, overlapsAny } from "../../text/span-search.js";
import { firstHits, MAX_HITS_PER_SENTENCE, type BudgetReport } from "../../text/hit-budget.js";
import { tokenize } from "../../text/tokens.js";
import { WordIndex } from "../../text/word-index.js";
import type { Sentence, Span } from "../../types.js";
import { findDates, type DateMention } from "../dates/index.js";
import { findPlaces, type PlaceMention } from "../../geo/index.js";
import { cueSlot, eventLexicon, SLOT } from "./lexicon.js";
import { assignRoles, type ActorHit, type TargetHit } from "./roles.js";

/** What one sentence says that bears on events: triggers that survive the cue filters, roles, weapons, places, dates, cues. */
export interface SentenceFacts {
  sentence: Sentence;
  triggers: PhraseMatch<Trigger>[];
  weapons: PhraseMatch<WeaponEntry>[];
  actors: ActorHit[];
  targets: TargetHit[];
  places: PlaceMention[];
  dates: DateMention[];
  cues: Map<CueKind, PhraseMatch<CueKind>[]>;
  /** Spans of clauses whose figures are speculative ("the toll could rise to 45"). */
  speculative: Span[];
}

// Clause boundaries: a cue (aggregate, background, speculative) only speaks for its own clause.
const CLAUSE_BREAK = /[,;:()«»"“”\u2014]/gu;

function clauses(text: string, s: Span): Span[] {
  const out: Span[] = [];
  let start = s.start;
  // The break characters are single BMP units: a scan of the sentence alone finds the same ones.
  const region = text.slice(s.start, s.end);
  CLAUSE_BREAK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_BREAK.exec(region))) {
    const at = s.start + m.index;
    if (at > start) out.push({ start, end: at });
    start = at + 1;
  }
  if (s.end > start) out.push({ start, end: s.end });
  return out;
}

// Matchers run first on every sentence (they decide whether it can join an incident), then the rest.
const ANAPHORA = cueSlot("anaphora");
const CLAIMED = cueSlot("claimed");
const ALLEGED = cueSlot("alleged");
const GATE = (1 << SLOT.triggers) | (1 << SLOT.actors) | (1 << ANAPHORA) | (1 << CLAIMED) | (1 << ALLEGED);
const REST = ((1 << (4 + CUE_KINDS.length)) - 1) & ~GATE;
// The hit lists cut to the budget (firstHits) stop being read just past it; cue lists are read whole.
const BUDGETED = (1 << SLOT.triggers) | (1 << SLOT.actors) | (1 << SLOT.targets) | (1 << SLOT.weapons);
const PAST_BUDGET = MAX_HITS_PER_SENTENCE + 1;

/** What a sentence that joins no incident reports: only its places count (country vote). */
const quiet = (sentence: Sentence, places: PlaceMention[]): SentenceFacts => ({
  sentence,
  triggers: [],
  weapons: [],
  actors: [],
  targets: [],
  places,
  dates: [],
  cues: new Map(),
  speculative: [],
});

/** The clause holding `x.start` (clauses are sorted and disjoint: a binary search). */
const clauseOf = (cl: readonly Span[], x: Span): Span | undefined => {
  const c = cl[lastStartingBefore(cl, x.start + 1)];
  return c && x.start < c.end ? c : undefined;
};

/**
 * Reads one sentence. A sentence that can join no incident (see
 * groupIncidents: no trigger left, no reference back, no claimed or alleged
 * actor) reports only its places. `tallies` are spans of counted attacks in it ("43
 * attaques"): a trigger in the same clause reports an aggregate, not an incident.
 * `index` holds the words of `folded` (built once per document by the caller).
 * Hits past the per-sentence budget are not read; `report` counts the cuts.
 */
export function sentenceFacts(
  text: string,
  folded: string,
  sentence: Sentence,
  pack: LanguagePack,
  published: string | null,
  tallies: readonly Span[] = [],
  index: WordIndex = new WordIndex(folded),
  report?: BudgetReport,
): SentenceFacts {
  const lex = eventLexicon(pack);
  const { start, end } = sentence;
  const first = lex.scan.scan(index, start, end, GATE, BUDGETED, PAST_BUDGET);
  const rawTriggers = firstHits(first[SLOT.triggers] as PhraseMatch<Trigger>[], report, sentence);
  const actorHits = firstHits(first[SLOT.actors] as PhraseMatch<ActorEntry>[], report, sentence);
  const anaphora = first[ANAPHORA] as PhraseMatch<CueKind>[];
  const claimedCues = first[CLAIMED] as PhraseMatch<CueKind>[];
  const allegedCues = first[ALLEGED] as PhraseMatch<CueKind>[];
  // A named group is not a place ("la secte Boko Haram"), whatever preposition precedes it.
  const groups = actorHits.filter((a) => a.value.group);
  const places = findPlaces(text, start, end, pack, index, report).filter((p) => !overlapsAny(groups, p));
  // With no trigger and no reference back, a sentence joins an incident only by claiming it for an actor.
  const claim = actorHits.length > 0 && (claimedCues.length > 0 || allegedCues.length > 0);
  if (!rawTriggers.length && !anaphora.length && !claim) return quiet(sentence, places);
  const rest = lex.scan.scan(index, start, end, REST, BUDGETED, PAST_BUDGET);
  const cues = new Map<CueKind, PhraseMatch<CueKind>[]>();
  for (const kind of CUE_KINDS) {
    const slot = cueSlot(kind);
    const hits = (GATE & (1 << slot) ? first[slot] : rest[slot]) as PhraseMatch<CueKind>[];
    if (hits.length) cues.set(kind, hits);
  }
  const cl = clauses(text, sentence);
  const flagged = (kind: CueKind) => (cues.get(kind) ?? []).map((c) => clauseOf(cl, c)).filter((c): c is Span => !!c);
  const noisy = [...flagged("aggregate"), ...flagged("background"), ...tallies.map((t) => clauseOf(cl, t)).filter((c): c is Span => !!c)];
  // A fronted adverbial ("Depuis le début de l'année, …", "Since January, …") speaks for the whole sentence.
  const opening = (cues.get("aggregate") ?? []).some((c) => c.start - start <= 2);
  if (opening && cl.length > 1) noisy.push(sentence);
  const inNoisy = coverTest(noisy);
  const triggers = rawTriggers.filter((t) => !t.value.plural && !inNoisy(t.start));
  // "after the bombing", "tras el atentado": a trigger inside a reference to an earlier incident
  // reports nothing new when the sentence has a trigger of its own.
  const refs = cues.get("anaphora") ?? [];
  const own = triggers.filter((t) => !containedIn(refs, t));
  if (own.some((t) => !t.value.weak) && own.length < triggers.length) triggers.splice(0, triggers.length, ...own);
  if (!triggers.length && !anaphora.length && !claim) return quiet(sentence, places);
  const tokens = tokenize(text, start, end);
  const targetHits = firstHits(rest[SLOT.targets] as PhraseMatch<TargetEntry>[], report, sentence);
  const nouns = [...actorHits, ...targetHits].sort((a, b) => a.start - b.start);
  const roles = assignRoles(text, folded, tokens, lex, cues, triggers, actorHits, targetHits, nouns, places);
  return {
    sentence,
    triggers,
    weapons: firstHits(rest[SLOT.weapons] as PhraseMatch<WeaponEntry>[], report, sentence).filter((w) => !w.value.defensive),
    actors: roles.actors,
    targets: roles.targets,
    places,
    dates: findDates(text, start, end, pack, published, folded),
    cues,
    speculative: flagged("speculative"),
  };
}
