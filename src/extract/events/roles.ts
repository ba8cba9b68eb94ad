import type { Attribution, TargetKind } from "../../../schemas/taxonomy.js";
import type { ActorEntry, CueKind, TargetEntry, Trigger } from "../../lang/schema/events.js";
import type { PhraseMatch } from "../../text/phrase-matcher.js";
import type { Token } from "../../text/tokens.js";
import type { Span } from "../../types.js";
import type { EventLexicon } from "./lexicon.js";
import { byStart, containedIn, dropContained, firstStartingFrom, firstStartingIn, overlapsAny, TokenRange } from "../../text/span-search.js";
import { nounPhrase } from "./noun-phrase.js";
import { RoleScene } from "./role-scene.js";
import { attributor } from "./attributor.js";
import { describe } from "./describe.js";
import { passiveSubjects } from "./passive.js";
import { personNames, triggerObjects } from "./person-names.js";
import { sortSmall } from "../../text/sort-small.js";

export interface ActorHit extends Span {
  entry: ActorEntry;
  attribution: Attribution;
  attributedBy: string | null;
  rule: string;
  /** Words between the filler and the nearest trigger; 0 when a marker ties it to the trigger. */
  distance: number;
}
export interface TargetHit extends Span {
  kind: TargetEntry["kind"];
  rule: string;
  distance: number;
}

/** Types whose trigger makes a state force the doer rather than the victim ("police arrested", "the air force bombed"). */
const STATE_AGENT_TYPES = new Set<string>(["Arrests", "Government regains territory", "Air/drone strike", "Disrupted weapons use"]);

/** Types whose trigger makes a crowd the doer ("protesters marched", "a mob torched"); elsewhere a crowd is the victim. */
const CROWD_TYPES = new Set<string>(["Peaceful protest", "Protest with intervention", "Violent demonstration", "Mob violence"]);

const anyOfType = (triggers: readonly PhraseMatch<Trigger>[], types: ReadonlySet<string>) => {
  for (const t of triggers) if (types.has(t.value.type)) return true;
  return false;
};

/** Of two overlapping lexicon hits the longer says more ("army base" over "army"): the hits no other hit contains. */
function longest<T extends Span>(hits: readonly T[], others: readonly Span[]): T[] {
  const out: T[] = [];
  for (const h of hits) if (!containedIn(others, h, true)) out.push(h);
  return out;
}


/**
 * Assigns actor and target roles inside one sentence from the lexicon hits and
 * the sentence structure around them: a phrase right after a target marker
 * ("contre", "against", "contra", "a visé") is a target; right after an agent
 * marker ("par", "by", "por") it is an actor; armed groups are actors and
 * state forces and other nouns targets unless the trigger makes the state the
 * doer. Attribution comes from cues in the sentence: claimed ("revendiqué
 * par"), alleged ("attribué par Washington à"), suspected ("présumés").
 */
export function assignRoles(
  text: string,
  folded: string,
  tokens: readonly Token[],
  lex: EventLexicon,
  cues: ReadonlyMap<CueKind, PhraseMatch<CueKind>[]>,
  triggers: readonly PhraseMatch<Trigger>[],
  actorHits: readonly PhraseMatch<ActorEntry>[],
  targetHits: readonly PhraseMatch<TargetEntry>[],
  lexiconSpans: readonly Span[] = [],
  places: readonly Span[] = [],
): { actors: ActorHit[]; targets: TargetHit[] } {
  // Cue and hit lists are sorted and non-overlapping, and the word count grows with the distance:
  // only the nearest cue on a side can pass, so each test is a binary search (no per-hit scans).
  const range = new TokenRange(tokens);
  actorHits = longest(actorHits, targetHits);
  targetHits = longest(targetHits, actorHits);
  const stateDoer = anyOfType(triggers, STATE_AGENT_TYPES);
  const crowdDoer = anyOfType(triggers, CROWD_TYPES);
  const claimed = (cues.get("claimed") ?? []).length > 0 && !(cues.get("no_claim") ?? []).length;
  const alleged = cues.get("alleged") ?? [];
  const actors: ActorHit[] = [];
  /** Phrases that only describe a target ("escorted by police units", "abritant des soldats américains"). */
  const described: { span: Span; kind: TargetKind }[] = [];
  const targets: TargetHit[] = [];
  const taken: Span[] = [];

  // People named as victims: the object of a trigger ("the assassination of X") or the subject of a passive ("X a été enlevé").
  const names = personNames(text, tokens, lex.np.particles, [actorHits, targetHits, places, triggers]);
  const nouns: Span[] = sortSmall([...actorHits, ...targetHits, ...names], byStart);
  const patient = passiveSubjects(tokens, range, nouns, cues.get("patient_markers") ?? [], triggers);
  const scene = new RoleScene(tokens, range, cues, triggers, patient);
  const triggerEnds: number[] = [];
  for (const t of triggers) triggerEnds.push(t.end);
  const victims = triggerObjects(tokens, triggerEnds, names, lex.np.links, range);
  for (const n of names) if (patient.has(n.start)) victims.push(n);
  // "an operation against Taliban insurgents": when the armed group is the target, the state forces named are the doers.
  let armedTargeted = false;
  for (const h of actorHits) {
    if (!h.value.state && !h.value.unnamed && !scene.marked("agent_markers", h) && scene.tiedAsTarget(h)) {
      armedTargeted = true;
      break;
    }
  }

  for (const hit of actorHits) {
    const entry = hit.value;
    const agent = scene.marked("agent_markers", hit);
    const span0 = nounPhrase(tokens, folded, hit, lex, lexiconSpans);
    // A generic head needs its name, and yields to a named group it overlaps ("le groupe État islamique").
    // (Hits are sorted and disjoint: the first one starting after `hit` is the only one to check.)
    if (entry.name_required && (!/\p{Lu}/u.test(text.slice(hit.end, span0.end)) || firstStartingIn(actorHits, hit.end, span0.end) !== undefined)) continue;
    const describing = scene.marked("describes", hit);
    if (describing) described.push({ span: span0, kind: entry.state ? "military" : "non-state armed group" });
    if (scene.isSource(span0) || describing || !(agent || scene.near(hit) || claimed || alleged.length || scene.tiedAsTarget(hit))) {
      taken.push(hit);
      continue;
    }
    const target = !agent && scene.tiedAsTarget(hit);
    // "five NATO troops, including a Polish soldier": part of a target already named, not another one.
    if (!agent && targets.length && scene.marked("subset", hit)) {
      taken.push(hit);
      continue;
    }
    const isActor = agent || (!target && (entry.crowd ? crowdDoer : !entry.state || stateDoer || armedTargeted));
    const span = span0;
    if (!isActor) {
      const at = targetHits[firstStartingFrom(targetHits, hit.start)];
      const same = at && at.start === hit.start && at.end === hit.end ? at : undefined;
      targets.push({ start: span.start, end: span.end, kind: same?.value.kind ?? (entry.state ? "military" : "non-state armed group"), rule: `role:target:${entry.id}`, distance: target ? 0 : scene.distance(hit) });
      taken.push(hit);
      continue;
    }
    const cue = firstCueEndingBy(alleged, hit.start);
    const attribution: Attribution = claimed ? "claimed" : cue ? "alleged" : scene.besides("suspected", hit) ? "suspected" : "stated";
    actors.push({
      start: span.start,
      end: span.end,
      entry,
      attribution,
      attributedBy: cue ? attributor(text, tokens, scene.cue("attributed_by"), cue, hit) : null,
      rule: `role:actor:${agent ? "agent-marker" : "lexicon"}:${entry.id}`,
      distance: agent ? 0 : scene.distance(hit),
    });
    taken.push(hit);
  }
  for (const hit of targetHits) {
    if (overlapsAny(taken, hit)) continue;
    if (scene.marked("agent_markers", hit) || (targets.length && scene.marked("subset", hit))) continue;
    const span = nounPhrase(tokens, folded, hit, lex, lexiconSpans);
    // "une base abritant des soldats américains": who is housed there describes the target, it is not one.
    const describing = scene.marked("describes", hit);
    if (describing) described.push({ span, kind: hit.value.kind });
    const tied = scene.tiedAsTarget(hit);
    if (scene.isSource(span) || describing || !(scene.near(hit) || tied)) continue;
    targets.push({ start: span.start, end: span.end, kind: hit.value.kind, rule: `role:target:${hit.value.id}`, distance: tied ? 0 : scene.distance(hit) });
  }
  for (const v of victims) targets.push({ start: v.start, end: v.end, kind: "other", rule: "role:target:person-name", distance: 0 });
  describe(targets, described, scene.cue("describes"), range);
  return { actors: dedupe(actors), targets: dedupe(sortSmall(targets, byStart)) };
}

/** The first cue (in text order) that ends at or before `pos`, if any. */
function firstCueEndingBy(cues: readonly PhraseMatch<CueKind>[], pos: number): PhraseMatch<CueKind> | undefined {
  for (const c of cues) if (c.end <= pos) return c;
  return undefined;
}

/** Drops a filler contained in one kept before it. */
const dedupe = <T extends Span>(xs: T[]): T[] => dropContained(xs);
