import type { Trigger } from "../../lang/schema/events.js";
import type { PhraseMatch } from "../../text/phrase-matcher.js";
import type { Incident } from "./incidents.js";

/** Target kinds that only violence makes victims of (a government or a bank can be "the target of criticism"). */
const VICTIMS = new Set(["military", "police", "civilians", "religious", "installation", "transport", "media", "non-state armed group"]);

const PROTEST = new Set(["Peaceful protest", "Protest with intervention", "Violent demonstration"]);

/** A trigger that reports political violence on its own: typed, strong and never figurative ("embuscade", "airstrike"). */
const decisive = (t: Trigger) => t.type !== "attack" && t.type !== "kill" && !t.weak && !t.ambiguous;

/**
 * Whether an incident is political violence rather than a figure of speech:
 * "l'attaque lyonnaise", "oil prices exploded", "came under fire for his
 * comments" have triggers but nothing else. An incident stands when one of
 * its triggers is decisive, or its sentences name a weapon, an armed actor, a
 * victim, or carry casualty figures (`figures(sentence)`); a protest may stand on
 * the number of people taking part (`crowd(sentence)`).
 */
export function corroborated(inc: Incident, figures: (sentence: number) => boolean, crowd: (sentence: number) => boolean = none): boolean {
  for (const f of inc.members) {
    if (
      f.triggers.some(isDecisive) ||
      // "some 3,000 people joined a demonstration": a gathering is told by its size.
      (f.triggers.some(isProtest) && crowd(f.sentence.index)) ||
      f.weapons.length > 0 ||
      f.actors.length > 0 ||
      f.targets.some(isVictim) ||
      figures(f.sentence.index)
    )
      return true;
  }
  return false;
}

const none = () => false;
const isDecisive = (t: PhraseMatch<Trigger>) => decisive(t.value);
const isProtest = (t: PhraseMatch<Trigger>) => PROTEST.has(t.value.type);
const isVictim = (t: { kind: string }) => VICTIMS.has(t.kind);
