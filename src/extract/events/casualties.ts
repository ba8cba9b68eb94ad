import type { Count, Evidence } from "../../../schemas/index.js";
import { Cover } from "../../text/span-search.js";
import type { SentenceFacts } from "./facts.js";
import { sortSmall } from "../../text/sort-small.js";

export interface Casualties {
  fatalities: number | null;
  injured: number | null;
  attackers_killed: number | null;
  fatalitiesEvidence: Evidence | null;
  injuredEvidence: Evidence | null;
  /** Counts that belong to the incident (casualty figures, munitions, hostages): they get its event_id. */
  linked: Count[];
}

const LINKED = new Set(["killed", "injured", "munitions", "kidnapped", "arrested"]);

const bySentenceIndex = (a: SentenceFacts, b: SentenceFacts) => a.sentence.index - b.sentence.index;

/** The counts of a sentence, less those in its speculative clauses ("the toll could rise to 45"). */
function inSentence(f: SentenceFacts, bySentence: ReadonlyMap<number, readonly Count[]>): Count[] {
  const speculative = new Cover(f.speculative);
  const out: Count[] = [];
  for (const c of bySentence.get(f.sentence.index) ?? []) if (!speculative.has(c.evidence.start)) out.push(c);
  return out;
}

/**
 * Fatalities and injured from the casualty counts of the incident's sentences.
 * Within a sentence, figures for different groups add up ("31 soldiers and
 * three auxiliaries were killed" → 34); across sentences the first report is
 * kept (headline and lead restate it; later ones are partial or revised).
 * Speculative figures ("could rise to 45") are ignored, deaths of the
 * incident's own attackers are kept apart (and also counted in a battle's
 * fatalities), and "no casualties" gives 0.
 */
export function casualties(members: readonly SentenceFacts[], bySentence: ReadonlyMap<number, readonly Count[]>, isAttacker: (c: Count) => boolean, battle = false): Casualties {
  const order = sortSmall([...members], bySentenceIndex);
  const linked: Count[] = [];
  const out: Casualties = { fatalities: null, injured: null, attackers_killed: null, fatalitiesEvidence: null, injuredEvidence: null, linked };
  let noneReported = false;
  for (const f of order) {
    const own = inSentence(f, bySentence);
    for (const c of own) if (LINKED.has(c.category)) linked.push(c);
    if (f.cues.has("no_casualties")) noneReported = true;
    // "18 people, including seven foreigners": a figure after a subset cue is part of an earlier one.
    const subsetAt = (f.cues.get("subset") ?? [])[0]?.start ?? Infinity;
    // Categories of the figures so far that stand before the cue (kept as the loop goes: no rescans).
    const before = new Set<string>();
    const killed: Count[] = [];
    const injured: Count[] = [];
    for (const c of own) {
      const partOf = c.evidence.start > subsetAt && before.has(c.category);
      if (c.evidence.start < subsetAt) before.add(c.category);
      if (partOf) continue;
      if (c.category === "killed") killed.push(c);
      else if (c.category === "injured") injured.push(c);
    }
    // In a battle both sides' dead are the battle's fatalities (ACLED); attackers are still reported apart.
    const victims: Count[] = [];
    const attackers: Count[] = [];
    for (const c of killed) {
      const attacker = isAttacker(c);
      if (attacker) attackers.push(c);
      if (battle || !attacker) victims.push(c);
    }
    if (out.fatalities === null && victims.length) [out.fatalities, out.fatalitiesEvidence] = sum(victims);
    if (out.injured === null && injured.length) [out.injured, out.injuredEvidence] = sum(injured);
    if (out.attackers_killed === null && attackers.length) out.attackers_killed = sum(attackers)[0];
  }
  if (noneReported) {
    out.fatalities ??= 0;
    out.injured ??= 0;
  }
  return out;
}

/** The counts of each sentence, in order (built once per document by the events stage). */
export function countsBySentence(counts: readonly Count[]): Map<number, Count[]> {
  const m = new Map<number, Count[]>();
  for (const c of counts) {
    const list = m.get(c.evidence.sentence);
    if (list) list.push(c);
    else m.set(c.evidence.sentence, [c]);
  }
  return m;
}

/** Adds the figures of one sentence, counting a restated figure once ("2 US troops … two American soldiers"). */
function sum(counts: readonly Count[]): [number, Evidence] {
  const seen = new Set<string>();
  let total = 0;
  for (const c of counts) {
    const key = String(c.value);
    if (seen.has(key)) continue;
    seen.add(key);
    total += Math.round(c.value);
  }
  const first = counts[0].evidence;
  const last = counts[counts.length - 1].evidence;
  return [total, { ...first, end: last.end, rule: counts.length > 1 ? "casualties:sum-in-sentence" : "casualties:first-report" }];
}
