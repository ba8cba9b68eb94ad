import type { AccuracyMetric, Role } from "./tally.js";
import type { GoldCount } from "./gold.js";
import type { PairScore } from "./align-events.js";

// What `--explain` shows for one document. Gold events are referred to by
// their 0-based index in the gold document, predicted ones by event_id.

export interface GoldEventRef {
  gold_event: number;
  event_type: string;
  sub_event_type: string;
  date: string | null;
  location: string | null;
}

/** A predicted event that no gold event was aligned to; `text` is its trigger span. */
export interface FalseEvent {
  event_id: string;
  event_type: string;
  sub_event_type: string;
  date: string | null;
  location: string | null;
  rule: string;
  text: string;
}

export interface MissedFiller {
  gold_event: number;
  role: Role;
  forms: string[];
}

export interface FalseFiller {
  event_id: string;
  role: Role;
  text: string;
  rule: string;
}

export interface FalseCount {
  count_id: string;
  value: number;
  category: string;
  text: string;
  rule: string;
  /** Category of a gold count with the same value, when only the category is wrong. */
  gold_category: string | null;
}

/** An aligned pair that disagrees on a field scored by accuracy. */
export interface FieldMismatch {
  gold_event: number;
  event_id: string;
  field: AccuracyMetric;
  gold: string | number | null;
  predicted: string | number | null;
}

export interface DocDetails {
  alignment: { gold_event: number; event_id: string; score: PairScore }[];
  missed: { events: GoldEventRef[]; fillers: MissedFiller[]; counts: GoldCount[] };
  false: { events: FalseEvent[]; fillers: FalseFiller[]; counts: FalseCount[] };
  mismatches: FieldMismatch[];
}
