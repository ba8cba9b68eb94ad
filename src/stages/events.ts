import type { Count, Event } from "../../schemas/index.js";
import { buildEvent } from "../extract/events/build.js";
import { countsBySentence } from "../extract/events/casualties.js";
import { sentenceFacts } from "../extract/events/facts.js";
import { corroborated } from "../extract/events/corroboration.js";
import { groupIncidents } from "../extract/events/incidents.js";
import { fold } from "../text/fold.js";
import { BudgetReport, budgetMessage } from "../text/hit-budget.js";
import { WordIndex } from "../text/word-index.js";
import type { Stage } from "../types.js";

const CASUALTY = new Set(["killed", "injured"]);

/**
 * Finds the incidents a document reports and codes each as an Event; links the
 * casualty, munition, hostage and arrest counts of an incident to it. Runs
 * after the counts stage (fatalities come from its killed/injured counts).
 */
export const events: Stage = (doc, ctx) => {
  const pack = doc.lang ? ctx.packs.get(doc.lang) : undefined;
  if (!pack) return doc;
  const published = doc.input.published ?? ctx.options.published;
  const folded = fold(doc.text);
  const bySentence = countsBySentence(doc.counts);
  const own = (sentence: number) => bySentence.get(sentence) ?? [];
  // "43 attaques": counted attacks make their clause an aggregate.
  const tallies = (sentence: number) => own(sentence).filter((c) => c.category === "attacks" && c.value > 1).map((c) => c.evidence);
  const figures = (sentence: number) => own(sentence).some((c) => CASUALTY.has(c.category));
  const index = new WordIndex(folded);
  const report = new BudgetReport();
  const facts = doc.sentences.map((s) => sentenceFacts(doc.text, folded, s, pack, published, tallies(s.index), index, report));
  const crowd = (sentence: number) => own(sentence).some((c) => c.category === "people" && c.value > 1);
  const incidents = groupIncidents(facts, (f) => figures(f.sentence.index)).filter((inc) => corroborated(inc, figures, crowd));
  const docCountries = new Map<string, number>();
  for (const f of facts) for (const p of f.places) if (p.country && p.rule !== "geo:demonym") docCountries.set(p.country, (docCountries.get(p.country) ?? 0) + 1);
  const eventOf = new Map<string, string>();
  const out = incidents.map((inc, i) => {
    const { event, linked } = buildEvent(doc.id, i + 1, doc.text, inc, bySentence, pack, docCountries);
    for (const c of linked) if (!eventOf.has(c.count_id)) eventOf.set(c.count_id, event.event_id);
    return event;
  });
  inheritDates(out);
  const counts: Count[] = doc.counts.map((c) => (eventOf.has(c.count_id) ? { ...c, event_id: eventOf.get(c.count_id)! } : c));
  const messages = report.over ? [...doc.messages, budgetMessage("events", "event:sentence-budget", report, "triggers, actors, targets, weapons or places")] : doc.messages;
  return { ...doc, events: out, counts, messages };
};

/**
 * An incident the text does not date on its own happened, as far as the text
 * tells, on the day of the incident reported before it ("Por otra parte, en
 * Kandahar..."): it takes that date, marked inferred.
 */
function inheritDates(events: Event[]): void {
  for (let k = 1; k < events.length; k++) {
    const prev = events[k - 1];
    const e = events[k];
    if (e.event_date || !prev.event_date || !prev.evidence.event_date) continue;
    e.event_date = prev.event_date;
    e.date_precision = prev.date_precision;
    e.evidence.event_date = { ...prev.evidence.event_date, rule: "date:inherited", basis: "inferred" };
  }
}
