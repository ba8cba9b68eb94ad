import type { Count, Event } from "../../schemas/index.js";
import { buildEvent } from "../extract/events/build.js";
import { countsBySentence } from "../extract/events/casualties.js";
import { sentenceFacts, sentenceGate, type FactsSource, type SentenceFacts, type SentenceGate } from "../extract/events/facts.js";
import { corroborated } from "../extract/events/corroboration.js";
import { groupIncidents, type Incident } from "../extract/events/incidents.js";
import { foldedText } from "../text/fold.js";
import { BudgetReport, budgetMessage } from "../text/hit-budget.js";
import { documentWords } from "../text/word-index.js";
import type { Doc, Span, Stage } from "../types.js";

const CASUALTY = new Set(["killed", "injured"]);

/** What the counts of each sentence tell the event rules (methods, not closures made per document: docs/performance.md §1). */
class SentenceFigures {
  constructor(private readonly bySentence: ReadonlyMap<number, readonly Count[]>) {}

  own(sentence: number): readonly Count[] {
    return this.bySentence.get(sentence) ?? [];
  }

  /** "43 attaques": counted attacks make their clause an aggregate. */
  tallies(sentence: number): Span[] {
    const out: Span[] = [];
    for (const c of this.own(sentence)) if (c.category === "attacks" && c.value > 1) out.push(c.evidence);
    return out;
  }

  /** The sentence carries casualty figures. */
  casualties(sentence: number): boolean {
    for (const c of this.own(sentence)) if (CASUALTY.has(c.category)) return true;
    return false;
  }

  /** The sentence counts more than one person ("some 3,000 people"). */
  crowd(sentence: number): boolean {
    for (const c of this.own(sentence)) if (c.category === "people" && c.value > 1) return true;
    return false;
  }
}

/**
 * Finds the incidents a document reports and codes each as an Event; links the
 * casualty, munition, hostage and arrest counts of an incident to it. Runs
 * after the counts stage (fatalities come from its killed/injured counts).
 */
export const events: Stage = (doc, ctx) => {
  const pack = doc.lang ? ctx.packs.get(doc.lang) : undefined;
  if (!pack) return doc;
  const published = doc.input.published ?? ctx.options.published;
  const folded = foldedText(doc);
  const index = documentWords(doc, folded);
  const report = new BudgetReport();
  const src: FactsSource = { text: doc.text, folded, pack, published, index, report };
  const gates: SentenceGate[] = [];
  let open = false;
  for (const s of doc.sentences) {
    const g = sentenceGate(src, s);
    gates.push(g);
    open ||= g.open;
  }
  // No sentence can join an incident: there is none, and the places the sentences name would count for nothing
  // (they are not read, so a list of places past the hit budget is not reported either).
  if (!open) return { ...doc, events: [], messages: withBudget(doc.messages, report) };
  const bySentence = countsBySentence(doc.counts);
  const figures = new SentenceFigures(bySentence);
  const facts: SentenceFacts[] = [];
  for (let k = 0; k < gates.length; k++) {
    const s = doc.sentences[k];
    facts.push(sentenceFacts(src, s, figures.tallies(s.index), gates[k]));
  }
  const casualtyFigures = figures.casualties.bind(figures);
  const crowd = figures.crowd.bind(figures);
  const incidents: Incident[] = [];
  for (const inc of groupIncidents(facts, casualtyFigures)) if (corroborated(inc, casualtyFigures, crowd)) incidents.push(inc);
  const docCountries = new Map<string, number>();
  for (const f of facts) for (const p of f.places) if (p.country && p.rule !== "geo:demonym") docCountries.set(p.country, (docCountries.get(p.country) ?? 0) + 1);
  const eventOf = new Map<string, string>();
  const out: Event[] = [];
  for (let i = 0; i < incidents.length; i++) {
    const { event, linked } = buildEvent(doc.id, i + 1, doc.text, incidents[i], bySentence, pack, docCountries);
    for (const c of linked) if (!eventOf.has(c.count_id)) eventOf.set(c.count_id, event.event_id);
    out.push(event);
  }
  inheritDates(out);
  const counts: Count[] = [];
  for (const c of doc.counts) counts.push(eventOf.has(c.count_id) ? { ...c, event_id: eventOf.get(c.count_id)! } : c);
  return { ...doc, events: out, counts, messages: withBudget(doc.messages, report) };
};

/** The document's messages, and the events stage's own when a sentence held more hits than the budget. */
const withBudget = (messages: Doc["messages"], report: BudgetReport): Doc["messages"] =>
  report.over ? [...messages, budgetMessage("events", "event:sentence-budget", report, "triggers, actors, targets, weapons or places")] : messages;

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
