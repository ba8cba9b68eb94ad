import type { Count, Evidence } from "../../../schemas/index.js";
import { coverTest } from "../../text/span-search.js";
import type { SentenceFacts } from "./facts.js";

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
  const order = [...members].sort((a, b) => a.sentence.index - b.sentence.index);
  const inSentence = (f: SentenceFacts) => {
    const speculative = coverTest(f.speculative);
    return (bySentence.get(f.sentence.index) ?? []).filter((c) => !speculative(c.evidence.start));
  };
  const linked: Count[] = [];
  const out: Casualties = { fatalities: null, injured: null, attackers_killed: null, fatalitiesEvidence: null, injuredEvidence: null, linked };
  let noneReported = false;
  for (const f of order) {
    const own = inSentence(f);
    linked.push(...own.filter((c) => LINKED.has(c.category)));
    if (f.cues.has("no_casualties")) noneReported = true;
    // "18 people, including seven foreigners": a figure after a subset cue is part of an earlier one.
    const subsetAt = (f.cues.get("subset") ?? [])[0]?.start ?? Infinity;
    // Categories of the figures so far that stand before the cue (kept as the loop goes: no rescans).
    const before = new Set<string>();
    const own2 = own.filter((c) => {
      const partOf = c.evidence.start > subsetAt && before.has(c.category);
      if (c.evidence.start < subsetAt) before.add(c.category);
      return !partOf;
    });
    const killed = own2.filter((c) => c.category === "killed");
    // In a battle both sides' dead are the battle's fatalities (ACLED); attackers are still reported apart.
    const victims = battle ? killed : killed.filter((c) => !isAttacker(c));
    const attackers = killed.filter(isAttacker);
    const injured = own2.filter((c) => c.category === "injured");
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
