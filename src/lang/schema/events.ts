import { z } from "zod";
import { SubEventType, TargetKind, WeaponClass } from "../../../schemas/taxonomy.js";

const id = z.string().regex(/^[a-z]{2}\.[\w.-]+$/);
const phrases = z.array(z.string().min(1)).min(1);

/**
 * A trigger: words that report an incident. `type` is an ACLED sub-event type,
 * or `attack` (an assault whose type follows from weapons and targets) or
 * `kill` (a killing verb). `plural` forms alone usually report aggregates;
 * `weak` triggers join an incident but start one only with casualty figures or roles.
 * An incident whose triggers are all bare attacks, kills, weak or `ambiguous`
 * stands only with corroboration (a weapon, an armed actor, a victim or a casualty figure).
 */
export const Trigger = z.strictObject({
  id,
  type: z.union([SubEventType, z.literal("attack"), z.literal("kill")]),
  phrases,
  plural: z.boolean().optional(),
  weak: z.boolean().optional(),
  /** Words also used figuratively ("une offensive contre la réforme", "bombardé de questions"): they need corroboration, like bare attacks. */
  ambiguous: z.boolean().optional(),
});
export type Trigger = z.infer<typeof Trigger>;

/** A weapon term with its class; `defensive` systems (Patriot, C-RAM) are never the weapon of an attack. */
export const WeaponEntry = z.strictObject({ id, class: WeaponClass, phrases, defensive: z.boolean().optional() });
export type WeaponEntry = z.infer<typeof WeaponEntry>;

/** An actor term: a named group, a state force, or a description with no name (`unnamed`: "unidentified gunmen"). */
export const ActorEntry = z.strictObject({
  id,
  phrases,
  unnamed: z.boolean().optional(),
  group: z.boolean().optional(),
  state: z.boolean().optional(),
  /** A crowd ("protesters", "une foule"): the actor of a protest or riot, otherwise a victim. */
  crowd: z.boolean().optional(),
  /** A generic head ("groupe", "group") that is an actor only with the name it introduces ("le groupe Ansarul Islam"). */
  name_required: z.boolean().optional(),
});
export type ActorEntry = z.infer<typeof ActorEntry>;

export const TargetEntry = z.strictObject({ id, kind: TargetKind, phrases });
export type TargetEntry = z.infer<typeof TargetEntry>;

export const CUE_KINDS = [
  "aggregate",
  "background",
  "disrupted",
  "claimed",
  "alleged",
  "suspected",
  "attributed_by",
  "no_claim",
  "target_markers",
  "agent_markers",
  /** Passive verbs whose subject is the target ("X was attacked", "X a été visé", "X fue atacado"). */
  "patient_markers",
  "no_casualties",
  "speculative",
  "unknown_toll",
  "anaphora",
  "distinct",
  "reporting",
  "subset",
  "describes",
] as const;
export type CueKind = (typeof CUE_KINDS)[number];

/** The `events.json` section: what reports an incident and who did what to whom with what. */
export const EventsSection = z.strictObject({
  triggers: z.array(Trigger),
  weapons: z.array(WeaponEntry),
  actors: z.array(ActorEntry),
  targets: z.array(TargetEntry),
  cues: z.strictObject(Object.fromEntries(CUE_KINDS.map((k) => [k, z.array(z.string().min(1))])) as Record<CueKind, z.ZodArray<z.ZodString>>),
  /** Noun-phrase shape: words that link a head to its complement ("de", "of"), whether heads come last (en), max words, words that end a phrase. */
  np: z.strictObject({
    links: z.array(z.string()),
    head_final: z.boolean(),
    max_words: z.number().int().min(1).max(12),
    stop: z.array(z.string()),
    /** Word endings that mark a verb form, where a phrase stops ("tués", "killing"). */
    stop_suffixes: z.array(z.string()),
    /** Lower-case words inside proper names ("al", "bin", "de"): "Aïn al-Assad", "Abu Bakr al Baghdadi". */
    particles: z.array(z.string()),
    /** Words that coordinate two modifiers of one head ("U.S. and Afghan forces", "fuerzas internacionales y afganas"). */
    coordinators: z.array(z.string()),
  }),
});
export type EventsSection = z.infer<typeof EventsSection>;
