import type { Attribution, TargetKind } from "../../../schemas/taxonomy.js";
import type { ActorEntry, CueKind, TargetEntry, Trigger } from "../../lang/schema/events.js";
import type { PhraseMatch } from "../../text/phrase-matcher.js";
import type { Token } from "../../text/tokens.js";
import type { Span } from "../../types.js";
import type { EventLexicon } from "./lexicon.js";
import { containedIn, dropContained, firstEndingAfter, firstStartingFrom, firstStartingIn, lastEndingBy, nearestGap, overlapsAny, TokenRange } from "../../text/span-search.js";
import { nounPhrase } from "./noun-phrase.js";
import { attributor } from "./attributor.js";
import { describe } from "./describe.js";
import { passiveSubjects } from "./passive.js";
import { personNames, triggerObjects } from "./person-names.js";

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

/** How far (in words) from a trigger a role filler may stand when no marker ties it to the trigger. */
const WINDOW = 12;

const within = (tokens: TokenRange, from: number, to: number, max: number) => tokens.wordsBetween(from, to) <= max;

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
  const marked = (kind: CueKind, s: Span, gap = 3) => {
    const ms = cues.get(kind) ?? [];
    const k = lastEndingBy(ms, s.start);
    return k >= 0 && within(range, ms[k].end, s.start, gap);
  };
  // "jihadistes présumés", "suspected militants", "presuntos yihadistas": the cue stands on either side.
  const besides = (kind: CueKind, s: Span) => {
    const ms = cues.get(kind) ?? [];
    const k = firstStartingFrom(ms, s.end);
    return marked(kind, s, 1) || (k < ms.length && within(range, s.end, ms[k].start, 0));
  };
  // Of two overlapping lexicon hits the longer says more ("army base" over "army").
  const longer = (h: Span, others: readonly Span[]) => !containedIn(others, h, true);
  actorHits = actorHits.filter((h) => longer(h, targetHits));
  targetHits = targetHits.filter((h) => longer(h, actorHits));
  const stateDoer = triggers.some((t) => STATE_AGENT_TYPES.has(t.value.type));
  const crowdDoer = triggers.some((t) => CROWD_TYPES.has(t.value.type));
  const claimed = (cues.get("claimed") ?? []).length > 0 && !(cues.get("no_claim") ?? []).length;
  const alleged = cues.get("alleged") ?? [];
  const actors: ActorHit[] = [];
  /** Phrases that only describe a target ("escorted by police units", "abritant des soldats américains"). */
  const described: { span: Span; kind: TargetKind }[] = [];
  const targets: TargetHit[] = [];
  const taken: Span[] = [];
  const wordIndex = (pos: number) => firstEndingAfter(tokens, pos);
  const triggerAt = triggers.map((t) => wordIndex(t.start));
  // triggerAt increases: the nearest trigger is found by binary search.
  const distance = (s: Span) => Math.min(WINDOW * 10, nearestGap(triggerAt, wordIndex(s.start)));
  const near = (s: Span) => distance(s) <= WINDOW;
  const reporting = cues.get("reporting") ?? [];
  // "police said", "according to officials": the source of the report, not a party to the incident.
  // Adjacent: at most one word and no punctuation between ("the army announced", "according to officials").
  const adjacent = (from: number, to: number) => {
    const [lo, hi] = range.range(from, to);
    return hi - lo <= 1 && (hi === lo || tokens[lo].kind === "word");
  };
  const isSource = (s: Span) => {
    const after = firstStartingFrom(reporting, s.end);
    const before = lastEndingBy(reporting, s.start);
    return overlapsAny(reporting, s) || (after < reporting.length && adjacent(s.end, reporting[after].start)) || (before >= 0 && adjacent(reporting[before].end, s.start));
  };

  // People named as victims: the object of a trigger ("the assassination of X") or the subject of a passive ("X a été enlevé").
  const names = personNames(text, tokens, lex.np.particles, [actorHits, targetHits, places, triggers]);
  const patient = passiveSubjects(tokens, range, [...actorHits, ...targetHits, ...names].sort((a, b) => a.start - b.start), cues.get("patient_markers") ?? [], triggers);
  const tiedAsTarget = (h: Span) => marked("target_markers", h) || patient.has(h.start);
  const victims = [...triggerObjects(tokens, triggers.map((t) => t.end), names, lex.np.links, range), ...names.filter((n) => patient.has(n.start))];
  // "an operation against Taliban insurgents": when the armed group is the target, the state forces named are the doers.
  const armedTargeted = actorHits.some((h) => !h.value.state && !h.value.unnamed && !marked("agent_markers", h) && tiedAsTarget(h));

  for (const hit of actorHits) {
    const entry = hit.value;
    const agent = marked("agent_markers", hit);
    const span0 = nounPhrase(tokens, folded, hit, lex, lexiconSpans);
    // A generic head needs its name, and yields to a named group it overlaps ("le groupe État islamique").
    // (Hits are sorted and disjoint: the first one starting after `hit` is the only one to check.)
    if (entry.name_required && (!/\p{Lu}/u.test(text.slice(hit.end, span0.end)) || firstStartingIn(actorHits, hit.end, span0.end) !== undefined)) continue;
    const describing = marked("describes", hit);
    if (describing) described.push({ span: span0, kind: entry.state ? "military" : "non-state armed group" });
    if (isSource(span0) || describing || !(agent || near(hit) || claimed || alleged.length || tiedAsTarget(hit))) {
      taken.push(hit);
      continue;
    }
    const target = !agent && tiedAsTarget(hit);
    // "five NATO troops, including a Polish soldier": part of a target already named, not another one.
    if (!agent && targets.length && marked("subset", hit)) {
      taken.push(hit);
      continue;
    }
    const isActor = agent || (!target && (entry.crowd ? crowdDoer : !entry.state || stateDoer || armedTargeted));
    const span = span0;
    if (!isActor) {
      const at = targetHits[firstStartingFrom(targetHits, hit.start)];
      const same = at && at.start === hit.start && at.end === hit.end ? at : undefined;
      targets.push({ start: span.start, end: span.end, kind: same?.value.kind ?? (entry.state ? "military" : "non-state armed group"), rule: `role:target:${entry.id}`, distance: target ? 0 : distance(hit) });
      taken.push(hit);
      continue;
    }
    const cue = alleged.find((c) => c.end <= hit.start);
    const attribution: Attribution = claimed ? "claimed" : cue ? "alleged" : besides("suspected", hit) ? "suspected" : "stated";
    actors.push({
      start: span.start,
      end: span.end,
      entry,
      attribution,
      attributedBy: cue ? attributor(text, tokens, cues.get("attributed_by") ?? [], cue, hit) : null,
      rule: `role:actor:${agent ? "agent-marker" : "lexicon"}:${entry.id}`,
      distance: agent ? 0 : distance(hit),
    });
    taken.push(hit);
  }
  for (const hit of targetHits) {
    if (overlapsAny(taken, hit)) continue;
    if (marked("agent_markers", hit) || (targets.length && marked("subset", hit))) continue;
    const span = nounPhrase(tokens, folded, hit, lex, lexiconSpans);
    // "une base abritant des soldats américains": who is housed there describes the target, it is not one.
    const describing = marked("describes", hit);
    if (describing) described.push({ span, kind: hit.value.kind });
    const tied = tiedAsTarget(hit);
    if (isSource(span) || describing || !(near(hit) || tied)) continue;
    targets.push({ start: span.start, end: span.end, kind: hit.value.kind, rule: `role:target:${hit.value.id}`, distance: tied ? 0 : distance(hit) });
  }
  for (const v of victims) targets.push({ start: v.start, end: v.end, kind: "other", rule: "role:target:person-name", distance: 0 });
  describe(targets, described, cues.get("describes") ?? [], range);
  return { actors: dedupe(actors), targets: dedupe(targets.sort((a, b) => a.start - b.start)) };
}

/** Drops a filler contained in one kept before it. */
const dedupe = <T extends Span>(xs: T[]): T[] => dropContained(xs);
