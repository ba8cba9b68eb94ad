import { SUB_EVENT_TYPES, type EventType, type SubEventType, type WeaponClass } from "../../../schemas/taxonomy.js";
import type { PhraseMatch } from "../../text/phrase-matcher.js";
import type { Trigger, WeaponEntry } from "../../lang/schema/events.js";
import type { SentenceFacts } from "./facts.js";
import { sortSmall } from "../../text/sort-small.js";

/** The sub-event type a weapon class implies (GTD class → ACLED tactic). Firearms and blades imply none. */
const WEAPON_TYPE: Record<WeaponClass, SubEventType | null> = {
  chemical: "Chemical weapon",
  airstrike: "Air/drone strike",
  drone: "Air/drone strike",
  "suicide bomb": "Suicide bomb",
  "rocket/missile/mortar/artillery": "Shelling/artillery/missile attack",
  "IED/roadside bomb": "Remote explosive/landmine/IED",
  "vehicle bomb": "Remote explosive/landmine/IED",
  explosive: "Remote explosive/landmine/IED",
  grenade: "Grenade",
  firearm: null,
  melee: null,
  incendiary: null,
  other: null,
};

const ORDER = new Map<string, number>(SUB_EVENT_TYPES.map(([, sub], i) => [sub, i]));
const EVENT_TYPE = new Map<string, EventType>(SUB_EVENT_TYPES.map(([type, sub]) => [sub, type]));
const ARMED = new Set(["military", "police", "non-state armed group", "installation"]);

export interface Classification {
  event_type: EventType;
  sub_event_type: SubEventType;
  /** What decided the type: a trigger or a weapon hit, and the rule id. */
  source: PhraseMatch<Trigger> | PhraseMatch<WeaponEntry>;
  sentence: number;
  rule: string;
}

/** The option of the highest-priority type (ACLED's order); the first reported between equals. */
const pick = <T extends { type: SubEventType }>(xs: T[]): T | undefined => sortSmall(xs, byPriority)[0];
const byPriority = (a: { type: SubEventType }, b: { type: SubEventType }) => ORDER.get(a.type)! - ORDER.get(b.type)!;

/**
 * Types an incident as ACLED does: the first applicable sub-event type in
 * ACLED's priority order among those its triggers state and its weapons imply;
 * a strike that was intercepted or defused and harmed no one is Disrupted
 * weapons use; a bare "attack"/"kill" is an Armed clash when armed forces or
 * installations were hit, else an Attack on civilians.
 */
export function classify(members: readonly SentenceFacts[], harmed: boolean): Classification {
  const options: { type: SubEventType; source: Classification["source"]; sentence: number; rule: string; weak: boolean }[] = [];
  let disrupted: { source: PhraseMatch<Trigger>; sentence: number } | null = null;
  for (const f of members) {
    const sentence = f.sentence.index;
    // "intercepted", "shot down before reaching": a disruption cue in the incident's own sentence.
    const cue = f.cues.get("disrupted")?.[0];
    if (cue && f.triggers.length) disrupted ??= { source: f.triggers[0], sentence };
    for (const t of f.triggers) {
      const type = t.value.type;
      if (type === "Disrupted weapons use") disrupted ??= { source: t, sentence };
      else if (type !== "attack" && type !== "kill") options.push({ type, source: t, sentence, rule: `type:trigger:${t.value.id}`, weak: !!t.value.weak });
    }
    for (const w of f.weapons) {
      const type = WEAPON_TYPE[w.value.class];
      if (type) options.push({ type, source: w, sentence, rule: `type:weapon:${w.value.id}`, weak: false });
    }
  }
  // Rioters or protesters clashing with police make a riot, not a battle; a protest with violence is not peaceful.
  const crowd = options.some((o) => ["Protests", "Riots"].includes(EVENT_TYPE.get(o.type)!));
  const unrest = options.some((o) => o.type !== "Peaceful protest" && ["Protests", "Riots"].includes(EVENT_TYPE.get(o.type)!));
  for (let k = options.length - 1; k >= 0; k--) {
    if ((crowd && options[k].type === "Armed clash") || (unrest && options[k].type === "Peaceful protest")) options.splice(k, 1);
  }
  // A weak hint of damage ("incendiaron") does not retype an assault the text reports as such.
  const assault = members.some((f) => f.triggers.some((t) => t.value.type === "attack" && !t.value.weak));
  const weak = options.filter((o) => o.weak && !(assault && o.type === "Looting/property destruction"));
  const best = pick(options.filter((o) => !o.weak)) ?? pick(weak);
  if (disrupted && !harmed && (!best || EVENT_TYPE.get(best.type) === "Explosions/Remote violence")) {
    return { event_type: "Strategic developments", sub_event_type: "Disrupted weapons use", ...disrupted, rule: `type:disrupted:${disrupted.source.value.id}` };
  }
  if (best) return { event_type: EVENT_TYPE.get(best.type)!, sub_event_type: best.type, source: best.source, sentence: best.sentence, rule: best.rule };
  const first = members.flatMap((f) => f.triggers.map((t) => ({ t, sentence: f.sentence.index })))[0];
  const armed = members.some((f) => f.targets.some((t) => ARMED.has(t.kind)));
  return armed
    ? { event_type: "Battles", sub_event_type: "Armed clash", source: first.t, sentence: first.sentence, rule: "type:attack-on-armed" }
    : { event_type: "Violence against civilians", sub_event_type: "Attack", source: first.t, sentence: first.sentence, rule: "type:attack-on-civilians" };
}
