import type { Actor, Count, Event, Target, Weapon } from "../../../schemas/index.js";
import type { LanguagePack } from "../../lang/pack.js";
import { fold } from "../../text/fold.js";
import type { PhraseMatch } from "../../text/phrase-matcher.js";
import type { Span } from "../../types.js";
import { casualties } from "./casualties.js";
import { classify } from "./classify.js";
import type { SentenceFacts } from "./facts.js";
import type { Incident } from "./incidents.js";
import { ev } from "./evidence.js";
import { eventLexicon } from "./lexicon.js";
import { chooseCountry, pickLocation } from "./location.js";

const PLACE_NOUN = "geo:place-noun";


/** At most this many fillers per role: coders record the main parties, not every noun near the trigger. */
const MAX_FILLERS = { actors: 2, targets: 3, weapons: 2 };

/**
 * Keeps the best fillers of a role: closest to a trigger first (then reading
 * order), one per thing: of two fillers with the same head word ("base") or
 * one inside the other, the first kept stays unless the other extends it.
 */
function best<T extends { text: string }>(xs: { item: T; rank: number; side?: string }[], max: number, headFinal: boolean): T[] {
  // Folded text, word count and head of each filler, computed once (not per comparison).
  const info = (t: string) => {
    const f = fold(t);
    const words = f.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    return { f, n: words.length, head: (headFinal ? words.at(-1) : words[0]) ?? "" };
  };
  const sorted = xs.map((x) => ({ item: x.item, rank: x.rank, side: x.side, ...info(x.item.text) })).sort((a, b) => a.rank - b.rank || b.n - a.n);
  const out: (typeof sorted)[number][] = [];
  for (const x of sorted) {
    const k = x.f;
    // Only the first `max` kept can be output, and a filler is compared with the first it matches: later ones are not looked at (linear on adversarial text).
    let same = -1;
    for (let i = 0; i < out.length && same < 0; i++) {
      const o = out[i];
      if (o.f.includes(k) || k.includes(o.f) || o.head === x.head || (x.side !== undefined && o.side === x.side)) same = i;
    }
    if (same < 0 && out.length < max) out.push(x);
    // "bomb" then "suicide bomb": the longer phrase says more about the same thing.
    else if (same >= 0 && k.includes(out[same].f) && k !== out[same].f) out[same] = x;
  }
  return out.map((o) => o.item);
}

/** Turns one incident into an Event record with evidence on every field; returns the counts it claims. `counts` are the document's counts by sentence. */
export function buildEvent(docId: string, n: number, text: string, inc: Incident, counts: ReadonlyMap<number, readonly Count[]>, pack: LanguagePack, docCountries: ReadonlyMap<string, number>): { event: Event; linked: Count[] } {
  const lex = eventLexicon(pack);
  const members = [...inc.members].sort((a, b) => (a.sentence.zone === b.sentence.zone ? a.sentence.index - b.sentence.index : a.sentence.zone === "body" ? -1 : 1));
  const slice = (s: Span) => text.slice(s.start, s.end);
  const headFinal = lex.np.headFinal;
  // Rank: sentence order (body before headline) then distance to the trigger.
  const actors: Actor[] = best(
    members.flatMap((f, o) =>
      f.actors.map((a) => ({
        // A description ("hommes armés", "militants") yields to a name for the same side ("Boko Haram") anywhere in the incident.
        rank: o * 100 + a.distance + (a.entry.group || a.entry.state ? 0 : 10_000),
        // One actor per side: "the attackers" and "al Shabaab" are one party to the incident.
        side: a.entry.state ? "state" : "armed",
        item: { text: slice(a), attribution: a.attribution, attributed_by: a.attributedBy, unnamed: !!a.entry.unnamed, evidence: ev(a, f.sentence.index, a.rule) },
      })),
    ),
    MAX_FILLERS.actors,
    headFinal,
  );
  const actorIds = new Set(members.flatMap((f) => f.actors.map((a) => a.entry.id)));
  // Each count is read once, however often the casualty passes ask.
  const attacker = new Map<Count, boolean>();
  const isAttacker = (c: Count) => {
    let a = attacker.get(c);
    if (a === undefined) attacker.set(c, (a = lex.actors.match(fold(c.text)).some((m) => actorIds.has(m.value.id) && !m.value.state)));
    return a;
  };
  const first = casualties(members, counts, isAttacker);
  const type = classify(members, (first.fatalities ?? 0) > 0 || (first.injured ?? 0) > 0);
  const cas = type.event_type === "Battles" ? casualties(members, counts, isAttacker, true) : first;
  // A town or village named as where it happened is the location, not a target ("the village of Noaka").
  // So is a settlement noun that a name completes ("the eastern town of Sialkot", "ville d'Ukraine"): it describes where, not what.
  const settlements = settlementNouns(pack);
  const isSettlement = (t: Span) => fold(slice(t)).split(/[^\p{L}]+/u).some((w) => settlements.has(w));
  // Unless the structure makes the place itself the target ("un missile visant la ville sainte de La Mecque").
  const isPlaceName = (f: SentenceFacts, t: { start: number; end: number; kind: string; distance: number }) =>
    t.kind === "place" &&
    f.places.some((p) => (p.start <= t.start && t.start < p.end) || (p.start < t.end && t.start < p.end && (p.rule === PLACE_NOUN || (t.distance > 0 && isSettlement(t)))));
  // A target the sentence structure ties to a trigger ("attack on X", "X a été visé") outranks nouns that merely stand near one.
  const tied = members.some((f) => f.targets.some((t) => t.distance === 0 && !isPlaceName(f, t)));
  const targets: Target[] = best(
    members.flatMap((f, o) => f.targets.filter((t) => !isPlaceName(f, t) && (!tied || t.distance === 0)).map((t) => ({ rank: o * 100 + t.distance, item: { text: slice(t), kind: t.kind, evidence: ev(t, f.sentence.index, t.rule) } }))),
    MAX_FILLERS.targets,
    headFinal,
  );
  const weapons: Weapon[] = best(
    members.flatMap((f, o) => f.weapons.map((w) => ({ rank: o * 100, item: { text: slice(w), class: w.value.class, evidence: ev(w, f.sentence.index, `weapon:${w.value.id}`) } }))),
    MAX_FILLERS.weapons,
    headFinal,
  );
  const location = pickLocation(members, text, slice);
  const country = chooseCountry(members, location, docCountries);
  // "police said on Wednesday": the day of the report, not of the incident, unless the text gives no other.
  const allDates = members.flatMap((f) => f.dates.map((d) => ({ d, f })));
  const dated = allDates.find(({ d, f }) => !reportingDate(text, f, d)) ?? allDates[0];
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

/** One-word place nouns of the geo pack that name settlements and areas, not sites ("town", "ville"; not "market"). */
const settlementNouns = (pack: LanguagePack): ReadonlySet<string> =>
  pack.memo("settlement-nouns", (p) => new Set(p.data.geo.placeNouns.filter((n) => n.kind !== "site" && !n.phrase.includes(" ")).map((n) => fold(n.phrase.toLowerCase()))));

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
