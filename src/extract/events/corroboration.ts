import type { Trigger } from "../../lang/schema/events.js";
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
export function corroborated(inc: Incident, figures: (sentence: number) => boolean, crowd: (sentence: number) => boolean = () => false): boolean {
  return inc.members.some(
    (f) =>
      f.triggers.some((t) => decisive(t.value)) ||
      // "some 3,000 people joined a demonstration": a gathering is told by its size.
      (f.triggers.some((t) => PROTEST.has(t.value.type)) && crowd(f.sentence.index)) ||
      f.weapons.length > 0 ||
      f.actors.length > 0 ||
      f.targets.some((t) => VICTIMS.has(t.kind)) ||
      figures(f.sentence.index),
  );
}
