import type { Actor, Count, Event, Target, Weapon } from "../../../schemas/index.js";
import type { LanguagePack } from "../../lang/pack.js";
import type { PhraseMatch } from "../../text/phrase-matcher.js";
import type { Span } from "../../types.js";
import { casualties } from "./casualties.js";
import { classify } from "./classify.js";
import type { SentenceFacts } from "./facts.js";
import type { Incident } from "./incidents.js";
import { ev } from "./evidence.js";
import { eventLexicon } from "./lexicon.js";
import { chooseCountry, pickLocation } from "./location.js";
import { best, type Ranked } from "./fillers.js";
import { IncidentText } from "./incident-text.js";

/** At most this many fillers per role: coders record the main parties, not every noun near the trigger. */
const MAX_FILLERS = { actors: 2, targets: 3, weapons: 2 };

/** Body before headline, then reading order. */
const byZoneThenIndex = (a: SentenceFacts, b: SentenceFacts) => (a.sentence.zone === b.sentence.zone ? a.sentence.index - b.sentence.index : a.sentence.zone === "body" ? -1 : 1);

/** Turns one incident into an Event record with evidence on every field; returns the counts it claims. `counts` are the document's counts by sentence. */
export function buildEvent(docId: string, n: number, text: string, inc: Incident, counts: ReadonlyMap<number, readonly Count[]>, pack: LanguagePack, docCountries: ReadonlyMap<string, number>): { event: Event; linked: Count[] } {
  const lex = eventLexicon(pack);
  const members = [...inc.members].sort(byZoneThenIndex);
  const it = new IncidentText(text, members, pack);
  const headFinal = lex.np.headFinal;
  // Rank: sentence order (body before headline) then distance to the trigger.
  const actorCandidates: Ranked<Actor>[] = [];
  for (let o = 0; o < members.length; o++) {
    const f = members[o];
    for (const a of f.actors) {
      actorCandidates.push({
        // A description ("hommes armés", "militants") yields to a name for the same side ("Boko Haram") anywhere in the incident.
        rank: o * 100 + a.distance + (a.entry.group || a.entry.state ? 0 : 10_000),
        // One actor per side: "the attackers" and "al Shabaab" are one party to the incident.
        side: a.entry.state ? "state" : "armed",
        item: { text: it.slice(a), attribution: a.attribution, attributed_by: a.attributedBy, unnamed: !!a.entry.unnamed, evidence: ev(a, f.sentence.index, a.rule) },
      });
    }
  }
  const actors: Actor[] = best(actorCandidates, MAX_FILLERS.actors, headFinal);
  const isAttacker = it.isAttacker.bind(it);
  const first = casualties(members, counts, isAttacker);
  const type = classify(members, (first.fatalities ?? 0) > 0 || (first.injured ?? 0) > 0);
  const cas = type.event_type === "Battles" ? casualties(members, counts, isAttacker, true) : first;
  // A target the sentence structure ties to a trigger ("attack on X", "X a été visé") outranks nouns that merely stand near one.
  let tied = false;
  for (const f of members) for (const t of f.targets) if (t.distance === 0 && !it.isPlaceName(f, t)) tied = true;
  const targetCandidates: Ranked<Target>[] = [];
  const weaponCandidates: Ranked<Weapon>[] = [];
  for (let o = 0; o < members.length; o++) {
    const f = members[o];
    for (const t of f.targets) {
      if (it.isPlaceName(f, t) || (tied && t.distance !== 0)) continue;
      targetCandidates.push({ rank: o * 100 + t.distance, item: { text: it.slice(t), kind: t.kind, evidence: ev(t, f.sentence.index, t.rule) } });
    }
    for (const w of f.weapons) weaponCandidates.push({ rank: o * 100, item: { text: it.slice(w), class: w.value.class, evidence: ev(w, f.sentence.index, `weapon:${w.value.id}`) } });
  }
  const targets: Target[] = best(targetCandidates, MAX_FILLERS.targets, headFinal);
  const weapons: Weapon[] = best(weaponCandidates, MAX_FILLERS.weapons, headFinal);
  const location = pickLocation(members, text, it.slice.bind(it));
  const country = chooseCountry(members, location, docCountries);
  // "police said on Wednesday": the day of the report, not of the incident, unless the text gives no other.
  let dated: { d: SentenceFacts["dates"][number]; f: SentenceFacts } | undefined;
  let firstDated: typeof dated;
  for (const f of members) {
    for (const d of f.dates) {
      firstDated ??= { d, f };
      if (!dated && !reportingDate(text, f, d)) dated = { d, f };
    }
  }
  dated ??= firstDated;
  const trigger = firstTrigger(members, type.sentence);
  const event: Event = {
    doc_id: docId,
    event_id: `${docId}:e${n}`,
    event_type: type.event_type,
    sub_event_type: type.sub_event_type,
    event_date: dated?.d.date ?? null,
    date_precision: dated ? (dated.d.precision as Event["date_precision"]) : null,
    country,
    location: location?.loc ?? null,
    actors,
    targets,
    weapons,
    fatalities: cas.fatalities,
    injured: cas.injured,
    attackers_killed: cas.attackers_killed,
    evidence: {
      trigger: ev(trigger.match, trigger.sentence, `trigger:${trigger.match.value.id}`),
      event_type: ev(type.source, type.sentence, type.rule, type.rule.startsWith("type:attack-on") ? "inferred" : "stated"),
      event_date: dated ? ev(dated.d, dated.f.sentence.index, dated.d.rule, dated.d.basis) : null,
      country: country && location?.country === country ? location.loc.evidence : country ? { ...ev(trigger.match, trigger.sentence, "country:article-vote"), basis: "inferred" } : null,
      fatalities: cas.fatalitiesEvidence,
      injured: cas.injuredEvidence,
    },
  };
  return { event, linked: cas.linked };
}

/** A date right after a reporting verb ("said on Wednesday", "a indiqué mercredi", "informó el martes"): at most a short word between. */
function reportingDate(text: string, f: SentenceFacts, d: Span): boolean {
  const cues = f.cues.get("reporting") ?? [];
  return cues.some((c) => c.end <= d.start && d.start - c.end <= 4 && /^[ \t\p{L}]*$/u.test(text.slice(c.end, d.start)));
}

function firstTrigger(members: readonly SentenceFacts[], sentence: number): { match: PhraseMatch<SentenceFacts["triggers"][number]["value"]>; sentence: number } {
  const f = members.find((m) => m.sentence.index === sentence && m.triggers.length) ?? members.find((m) => m.triggers.length)!;
  const strong = f.triggers.find((t) => !t.value.weak) ?? f.triggers[0];
  return { match: strong, sentence: f.sentence.index };
}
