import type { LanguagePack } from "../../lang/pack.js";
import { CUE_KINDS, type ActorEntry, type CueKind, type TargetEntry, type Trigger, type WeaponEntry } from "../../lang/schema/events.js";
import type { PhraseMatch } from "../../text/phrase-matcher.js";
import { byStart, containedIn, Cover, lastStartingBefore, overlapsAny } from "../../text/span-search.js";
import { firstHits, MAX_HITS_PER_SENTENCE, type BudgetReport } from "../../text/hit-budget.js";
import { fold } from "../../text/fold.js";
import { tokenize } from "../../text/tokens.js";
import { WordIndex } from "../../text/word-index.js";
import type { Sentence, Span } from "../../types.js";
import { findDates, type DateMention } from "../dates/index.js";
import { findPlaces, type PlaceMention } from "../../geo/index.js";
import { cueSlot, eventLexicon, SLOT } from "./lexicon.js";
import { assignRoles, type ActorHit, type TargetHit } from "./roles.js";
import { sortSmall } from "../../text/sort-small.js";

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

/** The clauses of `cl` that hold one of `xs` (in the order of `xs`), appended to `out`. */
function clausesOf(cl: readonly Span[], xs: readonly Span[], out: Span[] = []): Span[] {
  for (const x of xs) {
    const c = clauseOf(cl, x);
    if (c) out.push(c);
  }
  return out;
}

/** Whether one of `xs` starts at or before `pos`. */
function startsWithin(xs: readonly Span[], pos: number): boolean {
  for (const x of xs) if (x.start <= pos) return true;
  return false;
}

const offensive = (w: PhraseMatch<WeaponEntry>) => !w.value.defensive;
/** A trigger that is not `weak`: it can start an incident by itself (see Trigger in src/lang/schema/events.ts). */
export const isStrong = (t: PhraseMatch<Trigger>) => !t.value.weak;

/** Named groups among actor hits ("la secte Boko Haram"): never places. */
function namedGroups(hits: readonly PhraseMatch<ActorEntry>[]): PhraseMatch<ActorEntry>[] {
  const out: PhraseMatch<ActorEntry>[] = [];
  for (const a of hits) if (a.value.group) out.push(a);
  return out;
}

/**
 * Whether a sentence can join an incident (what Grouping.place in incidents.ts
 * accepts): it holds a trigger, refers back to an incident ("the attack"), or
 * claims one for an actor.
 */
const canJoin = (triggers: readonly unknown[], anaphora: readonly unknown[], claim: boolean): boolean => triggers.length > 0 || anaphora.length > 0 || claim;

/** What every sentence of one document is read against (built once per document). */
export interface FactsSource {
  /** The document's normalised text and `fold(text)`. */
  text: string;
  folded: string;
  pack: LanguagePack;
  /** Publication date (YYYY-MM-DD) the dates resolve against, or null. */
  published: string | null;
  /** The words of `folded`. */
  index: WordIndex;
  /** Counts the sentences whose hits went past the per-sentence budget. */
  report?: BudgetReport;
}

/** A FactsSource for `text` read on its own (no budget report), folding it and indexing its words unless the caller has them. */
export function factsSource(text: string, pack: LanguagePack, published: string | null, folded = fold(text), index = new WordIndex(folded)): FactsSource {
  return { text, folded, pack, published, index };
}

/**
 * The first reading of a sentence: the matchers that decide whether it can
 * join an incident (triggers, actors, references back, claims). A sentence
 * whose gate is not `open` cannot; an open one may still end up unable to,
 * once its triggers are filtered (sentenceFacts). The events stage reads no
 * more of a document none of whose sentences is open.
 */
export interface SentenceGate {
  /** The hits of the GATE matchers, by slot of the lexicon's scan (`SLOT`, `cueSlot`). */
  bySlot: PhraseMatch<unknown>[][];
  rawTriggers: PhraseMatch<Trigger>[];
  actorHits: PhraseMatch<ActorEntry>[];
  /** An actor is named with a claimed or alleged cue ("Boko Haram claimed responsibility"). */
  claim: boolean;
  open: boolean;
}

/** Reads the gate of one sentence of `src` (hits past the per-sentence budget are not read; `src.report` counts the cuts). */
export function sentenceGate(src: FactsSource, sentence: Sentence): SentenceGate {
  const { report } = src;
  const bySlot = eventLexicon(src.pack).scan.scan(src.index, sentence.start, sentence.end, GATE, BUDGETED, PAST_BUDGET);
  const rawTriggers = firstHits(bySlot[SLOT.triggers] as PhraseMatch<Trigger>[], report, sentence);
  const actorHits = firstHits(bySlot[SLOT.actors] as PhraseMatch<ActorEntry>[], report, sentence);
  // With no trigger and no reference back, a sentence joins an incident only by claiming it for an actor.
  const claim = actorHits.length > 0 && (bySlot[CLAIMED].length > 0 || bySlot[ALLEGED].length > 0);
  return { bySlot, rawTriggers, actorHits, claim, open: canJoin(rawTriggers, bySlot[ANAPHORA], claim) };
}

/**
 * Reads one sentence of `src`. A sentence that cannot join an incident (its
 * gate is not open, or no trigger survives the cue filters and it neither
 * refers back nor claims) reports only its places. `tallies` are spans of
 * counted attacks in it ("43 attaques"): a trigger in the same clause reports
 * an aggregate, not an incident. Hits past the per-sentence budget are not
 * read; `src.report` counts the cuts. `gate`, when the caller has read it,
 * must come from `sentenceGate(src, sentence)`; it is not read again.
 */
export function sentenceFacts(src: FactsSource, sentence: Sentence, tallies: readonly Span[] = [], gate: SentenceGate = sentenceGate(src, sentence)): SentenceFacts {
  const { text, folded, pack, published, index, report } = src;
  const lex = eventLexicon(pack);
  const { start, end } = sentence;
  const { bySlot, rawTriggers, actorHits, claim } = gate;
  const anaphora = bySlot[ANAPHORA] as PhraseMatch<CueKind>[];
  // A named group is not a place ("la secte Boko Haram"), whatever preposition precedes it.
  const groups = namedGroups(actorHits);
  const places: PlaceMention[] = [];
  for (const p of findPlaces(text, start, end, pack, index, report)) if (!overlapsAny(groups, p)) places.push(p);
  if (!gate.open) return quiet(sentence, places);
  const rest = lex.scan.scan(index, start, end, REST, BUDGETED, PAST_BUDGET);
  const cues = new Map<CueKind, PhraseMatch<CueKind>[]>();
  for (const kind of CUE_KINDS) {
    const slot = cueSlot(kind);
    const hits = (GATE & (1 << slot) ? bySlot[slot] : rest[slot]) as PhraseMatch<CueKind>[];
    if (hits.length) cues.set(kind, hits);
  }
  const cl = clauses(text, sentence);
  const noisy = clausesOf(cl, cues.get("aggregate") ?? []);
  clausesOf(cl, cues.get("background") ?? [], noisy);
  clausesOf(cl, tallies, noisy);
  // A fronted adverbial ("Depuis le début de l'année, …", "Since January, …") speaks for the whole sentence.
  const opening = startsWithin(cues.get("aggregate") ?? [], start + 2);
  if (opening && cl.length > 1) noisy.push(sentence);
  const inNoisy = new Cover(noisy);
  const triggers: PhraseMatch<Trigger>[] = [];
  for (const t of rawTriggers) if (!t.value.plural && !inNoisy.has(t.start)) triggers.push(t);
  // "after the bombing", "tras el atentado": a trigger inside a reference to an earlier incident
  // reports nothing new when the sentence has a trigger of its own.
  const refs = cues.get("anaphora") ?? [];
  const own: PhraseMatch<Trigger>[] = [];
  for (const t of triggers) if (!containedIn(refs, t)) own.push(t);
  if (own.some(isStrong) && own.length < triggers.length) triggers.splice(0, triggers.length, ...own);
  if (!canJoin(triggers, anaphora, claim)) return quiet(sentence, places);
  const tokens = tokenize(text, start, end);
  const targetHits = firstHits(rest[SLOT.targets] as PhraseMatch<TargetEntry>[], report, sentence);
  const nouns: Span[] = sortSmall([...actorHits, ...targetHits], byStart);
  const roles = assignRoles(text, folded, tokens, lex, cues, triggers, actorHits, targetHits, nouns, places);
  return {
    sentence,
    triggers,
    weapons: firstHits(rest[SLOT.weapons] as PhraseMatch<WeaponEntry>[], report, sentence).filter(offensive),
    actors: roles.actors,
    targets: roles.targets,
    places,
    dates: findDates(text, start, end, pack, published, folded),
    cues,
    speculative: clausesOf(cl, cues.get("speculative") ?? []),
  };
}
