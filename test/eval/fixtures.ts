import type { Count, Event, Evidence } from "../../src/index.js";
import type { GoldCount, GoldDoc, GoldEvent } from "../../src/eval/gold.js";
import { stopwordSet } from "../../src/eval/normalise.js";

// Synthetic documents written for these tests: invented places and groups.

export const FR_STOP = stopwordSet(["le", "la", "les", "l'", "de", "d'", "du", "des", "et", "en", "un", "une", "au"]);
export const EN_STOP = stopwordSet(["the", "a", "an", "of", "in", "on", "and", "by", "to"]);

export const ev = (rule = "test:rule", start = 0, end = 0): Evidence => ({ start, end, sentence: 0, rule, basis: "stated" });

export function goldEvent(over: Partial<GoldEvent> = {}): GoldEvent {
  return {
    event_type: "Explosions/Remote violence",
    sub_event_type: "Shelling/artillery/missile attack",
    date: null,
    country: null,
    location: [],
    actors: [],
    targets: [],
    weapons: [],
    fatalities: null,
    injured: null,
    ...over,
  };
}

export function goldDoc(over: Partial<GoldDoc> = {}): GoldDoc {
  return { id: "doc-1", lang: "fr", published: "2030-05-04", source: null, url: null, title: null, text: "", events: [], counts: [], ...over };
}

export const goldCount = (value: number, category: GoldCount["category"], text = `${value}`): GoldCount => ({ value, category, text });

export interface PredOver {
  id?: string;
  type?: Event["event_type"];
  sub?: Event["sub_event_type"];
  date?: string | null;
  country?: string | null;
  location?: string | null;
  actors?: string[];
  targets?: string[];
  weapons?: string[];
  fatalities?: number | null;
  injured?: number | null;
  trigger?: [number, number];
}

export function predEvent(o: PredOver = {}): Event {
  const [start, end] = o.trigger ?? [0, 0];
  const trigger = ev("event:test-trigger", start, end);
  return {
    doc_id: "doc-1",
    event_id: o.id ?? "e1",
    event_type: o.type ?? "Explosions/Remote violence",
    sub_event_type: o.sub ?? "Shelling/artillery/missile attack",
    event_date: o.date ?? null,
    date_precision: null,
    country: o.country ?? null,
    location: o.location ? { text: o.location, kind: "site", evidence: ev("location:test") } : null,
    actors: (o.actors ?? []).map((text) => ({ text, evidence: ev("actor:test"), attribution: "stated", attributed_by: null, unnamed: false })),
    targets: (o.targets ?? []).map((text) => ({ text, evidence: ev("target:test"), kind: "other" })),
    weapons: (o.weapons ?? []).map((text) => ({ text, evidence: ev("weapon:test"), class: "other" })),
    fatalities: o.fatalities ?? null,
    injured: o.injured ?? null,
    attackers_killed: null,
    evidence: { trigger, event_type: trigger, event_date: null, country: null, fatalities: null, injured: null },
  };
}

export function predCount(value: number, category: Count["category"], id = `c${value}`): Count {
  return {
    doc_id: "doc-1",
    count_id: id,
    event_id: null,
    value,
    value_max: null,
    qualifier: "exact",
    category,
    noun: null,
    currency: null,
    text: `${value}`,
    evidence: ev("count:test"),
  };
}
