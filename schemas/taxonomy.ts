import { z } from "zod";

/**
 * ACLED event types and sub-event types, in ACLED's priority order: when one
 * incident involves several tactics it is recorded once, under the first
 * (sub-)type of this list that applies.
 */
export const SUB_EVENT_TYPES = [
  ["Battles", "Government regains territory"],
  ["Battles", "Non-state actor overtakes territory"],
  ["Battles", "Armed clash"],
  ["Protests", "Excessive force against protesters"],
  ["Protests", "Protest with intervention"],
  ["Protests", "Peaceful protest"],
  ["Riots", "Violent demonstration"],
  ["Riots", "Mob violence"],
  ["Explosions/Remote violence", "Chemical weapon"],
  ["Explosions/Remote violence", "Air/drone strike"],
  ["Explosions/Remote violence", "Suicide bomb"],
  ["Explosions/Remote violence", "Shelling/artillery/missile attack"],
  ["Explosions/Remote violence", "Remote explosive/landmine/IED"],
  ["Explosions/Remote violence", "Grenade"],
  ["Violence against civilians", "Sexual violence"],
  ["Violence against civilians", "Attack"],
  ["Violence against civilians", "Abduction/forced disappearance"],
  ["Strategic developments", "Agreement"],
  ["Strategic developments", "Arrests"],
  ["Strategic developments", "Change to group/activity"],
  ["Strategic developments", "Disrupted weapons use"],
  ["Strategic developments", "Headquarters or base established"],
  ["Strategic developments", "Looting/property destruction"],
  ["Strategic developments", "Non-violent transfer of territory"],
  ["Strategic developments", "Other"],
] as const;

export const EventType = z.enum([
  "Battles",
  "Protests",
  "Riots",
  "Explosions/Remote violence",
  "Violence against civilians",
  "Strategic developments",
]);
export type EventType = z.infer<typeof EventType>;

export const SubEventType = z.enum(SUB_EVENT_TYPES.map(([, sub]) => sub) as [
  (typeof SUB_EVENT_TYPES)[number][1],
  ...(typeof SUB_EVENT_TYPES)[number][1][],
]);
export type SubEventType = z.infer<typeof SubEventType>;

/** Weapon classes, after GTD's weapon types and explosive subtypes. */
export const WeaponClass = z.enum([
  "firearm",
  "explosive",
  "rocket/missile/mortar/artillery",
  "drone",
  "IED/roadside bomb",
  "vehicle bomb",
  "suicide bomb",
  "grenade",
  "airstrike",
  "melee",
  "incendiary",
  "chemical",
  "other",
]);
export type WeaponClass = z.infer<typeof WeaponClass>;

/** Target kinds, a coarse cut of GTD's target types. */
export const TargetKind = z.enum([
  "military",
  "police",
  "government",
  "civilians",
  "religious",
  "installation",
  "transport",
  "place",
  "business",
  "media",
  "non-state armed group",
  "other",
]);
export type TargetKind = z.infer<typeof TargetKind>;

export const CountCategory = z.enum([
  "attacks",
  "troops",
  "killed",
  "injured",
  "kidnapped",
  "arrested",
  "displaced",
  "munitions",
  "money",
  "people",
  "other",
]);
export type CountCategory = z.infer<typeof CountCategory>;

export const Qualifier = z.enum(["exact", "approximate", "at least", "at most", "up to", "more than", "less than", "range"]);
export type Qualifier = z.infer<typeof Qualifier>;

/** Attribution levels, after MUC-4's perpetrator confidence and GTD's claims. */
export const Attribution = z.enum(["stated", "claimed", "alleged", "suspected"]);
export type Attribution = z.infer<typeof Attribution>;

export const DatePrecision = z.enum(["day", "week", "month", "year"]);
export type DatePrecision = z.infer<typeof DatePrecision>;

/** Where a value comes from: written in the text, or inferred from it (chrono's assign vs imply). */
export const Basis = z.enum(["stated", "inferred"]);
export type Basis = z.infer<typeof Basis>;
