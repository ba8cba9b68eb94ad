import { z } from "zod";
import { Evidence, Filler } from "./evidence.js";
import { IsoDate } from "./iso-date.js";
import { Attribution, DatePrecision, EventType, SubEventType, TargetKind, WeaponClass } from "./taxonomy.js";

export const Actor = Filler.extend({
  /** How the text ties the actor to the incident. */
  attribution: Attribution.describe("How the text ties the actor to the incident"),
  /** Who made the attribution ("Washington", "a security source"), when the text says. */
  attributed_by: z.string().nullable().describe("Who made the attribution, when the text says"),
  /** True when the text names no actor but describes one ("unidentified gunmen"). */
  unnamed: z.boolean().describe("The text describes the actor without naming it"),
});
export type Actor = z.infer<typeof Actor>;

export const Target = Filler.extend({ kind: TargetKind.describe("Kind of target (after GTD's target types)") });
export type Target = z.infer<typeof Target>;

export const Weapon = Filler.extend({ class: WeaponClass.describe("Weapon class (after GTD's weapon types)") });
export type Weapon = z.infer<typeof Weapon>;

export const Location = Filler.extend({
  /** GeoNames-style feature class of the place when known: the place is a country, region, city, site... */
  kind: z.enum(["country", "region", "district", "city", "site", "other"]).describe("What the place is"),
});
export type Location = z.infer<typeof Location>;

export const Event = z.object({
  doc_id: z.string().min(1).describe("Id of the source document (documents.csv)"),
  event_id: z.string().min(1).describe("Id of the event, `<doc_id>:e<n>`"),
  event_type: EventType.describe("ACLED event type"),
  sub_event_type: SubEventType.describe("ACLED sub-event type (belongs to event_type)"),
  event_date: IsoDate.nullable().describe("Day of the incident; null when neither the text nor the publication date gives one"),
  date_precision: DatePrecision.nullable().describe("How precise event_date is"),
  country: z.string().regex(/^[A-Z]{2}$/).nullable().describe("ISO 3166-1 alpha-2 code of the country"),
  location: Location.nullable().describe("Place of the incident"),
  actors: z.array(Actor).describe("Perpetrators"),
  targets: z.array(Target).describe("Targets or victims"),
  weapons: z.array(Weapon).describe("Weapons used"),
  fatalities: z.number().int().nonnegative().nullable().describe("People killed, as reported; null when not reported"),
  injured: z.number().int().nonnegative().nullable().describe("People injured, as reported; null when not reported"),
  /** Attackers killed, kept apart from fatalities as the text reports them. */
  attackers_killed: z.number().int().nonnegative().nullable().describe("Attackers killed (not in fatalities); null when not reported"),
  /** Evidence for the scalar fields: the trigger that made the event, its type, date, country and casualty figures. */
  evidence: z.object({
    trigger: Evidence.describe("Evidence of the trigger word that made the event"),
    event_type: Evidence.describe("Evidence of the event type"),
    event_date: Evidence.nullable().describe("Evidence of the date"),
    country: Evidence.nullable().describe("Evidence of the country"),
    fatalities: Evidence.nullable().describe("Evidence of the fatalities"),
    injured: Evidence.nullable().describe("Evidence of the injured"),
  }),
});
export type Event = z.infer<typeof Event>;
