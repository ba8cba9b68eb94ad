import type { Count, Event } from "../../schemas/index.js";

const ev = (start: number) => ({ start, end: start + 5, sentence: 0, rule: "test:rule", basis: "stated" as const });

/** An event whose cells exercise lists, nulls, quotes and formula neutralisation. */
export const EVENT: Event = {
  doc_id: "d1",
  event_id: "d1-e1",
  event_type: "Explosions/Remote violence",
  sub_event_type: "Shelling/artillery/missile attack",
  event_date: "2021-06-20",
  date_precision: "day",
  country: "IQ",
  location: { text: "Aïn al-Assad", kind: "site", evidence: ev(10) },
  actors: [
    { text: "=HYPERLINK(\"x\")", attribution: "alleged", attributed_by: "Washington", unnamed: false, evidence: ev(20) },
    { text: "groupes pro-Iran", attribution: "stated", attributed_by: null, unnamed: true, evidence: ev(30) },
  ],
  targets: [],
  weapons: [{ text: "roquette", class: "rocket/missile/mortar/artillery", evidence: ev(40) }],
  fatalities: null,
  injured: 3,
  attackers_killed: null,
  evidence: { trigger: ev(0), event_type: ev(0), event_date: null, country: null, fatalities: null, injured: null },
};

export const COUNT: Count = {
  doc_id: "d1",
  count_id: "d1-c1",
  event_id: null,
  value: 2500.5,
  value_max: null,
  qualifier: "approximate",
  category: "troops",
  noun: "soldats",
  currency: null,
  text: "-2 500 soldats",
  evidence: ev(50),
};
