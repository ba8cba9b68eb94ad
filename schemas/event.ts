import { z } from "zod";
import { Evidence, Filler } from "./evidence.js";
import { Attribution, DatePrecision, EventType, SubEventType, TargetKind, WeaponClass } from "./taxonomy.js";

export const Actor = Filler.extend({
  /** How the text ties the actor to the incident. */
  attribution: Attribution,
  /** Who made the attribution ("Washington", "a security source"), when the text says. */
  attributed_by: z.string().nullable(),
  /** True when the text names no actor but describes one ("unidentified gunmen"). */
  unnamed: z.boolean(),
});
export type Actor = z.infer<typeof Actor>;

export const Target = Filler.extend({ kind: TargetKind });
export type Target = z.infer<typeof Target>;

export const Weapon = Filler.extend({ class: WeaponClass });
export type Weapon = z.infer<typeof Weapon>;

export const Location = Filler.extend({
  /** GeoNames-style feature class of the place when known: the place is a country, region, city, site... */
  kind: z.enum(["country", "region", "district", "city", "site", "other"]),
});
export type Location = z.infer<typeof Location>;

export const Event = z.object({
  doc_id: z.string().min(1),
  event_id: z.string().min(1),
  event_type: EventType,
  sub_event_type: SubEventType,
  event_date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  date_precision: DatePrecision.nullable(),
  country: z.string().regex(/^[A-Z]{2}$/).nullable(),
  location: Location.nullable(),
  actors: z.array(Actor),
  targets: z.array(Target),
  weapons: z.array(Weapon),
  fatalities: z.number().int().nonnegative().nullable(),
  injured: z.number().int().nonnegative().nullable(),
  /** Attackers killed, kept apart from fatalities as the text reports them. */
  attackers_killed: z.number().int().nonnegative().nullable(),
  /** Evidence for the scalar fields: the trigger that made the event, its type, date, country and casualty figures. */
  evidence: z.object({
    trigger: Evidence,
    event_type: Evidence,
    event_date: Evidence.nullable(),
    country: Evidence.nullable(),
    fatalities: Evidence.nullable(),
    injured: Evidence.nullable(),
  }),
});
export type Event = z.infer<typeof Event>;
