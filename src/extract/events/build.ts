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
function best<T extends { text: string }>(xs: Ranked<T>[], max: number, headFinal: boolean): T[] {
  // Folded text, word count and head of each filler, computed once (not per comparison).
  const sorted: Keyed<T>[] = [];
  for (const x of xs) sorted.push(keyed(x, headFinal));
  sorted.sort(byRankThenLength);
  const out: Keyed<T>[] = [];
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
  const items: T[] = [];
  for (const o of out) items.push(o.item);
  return items;
}

/** A candidate filler and its rank (sentence order, then distance to the trigger). */
interface Ranked<T> {
  item: T;
  rank: number;
  side?: string;
}
/** A candidate with its folded text, word count and head word. */
interface Keyed<T> extends Ranked<T> {
  f: string;
  n: number;
  head: string;
}

const NON_WORD = /[^\p{L}\p{N}]+/u;
const NON_LETTER = /[^\p{L}]+/u;

function keyed<T extends { text: string }>(x: Ranked<T>, headFinal: boolean): Keyed<T> {
  const f = fold(x.item.text);
  const words = f.split(NON_WORD).filter(Boolean);
  return { item: x.item, rank: x.rank, side: x.side, f, n: words.length, head: (headFinal ? words.at(-1) : words[0]) ?? "" };
}

const byRankThenLength = <T>(a: Keyed<T>, b: Keyed<T>) => a.rank - b.rank || b.n - a.n;
/** Body before headline, then reading order. */
const byZoneThenIndex = (a: SentenceFacts, b: SentenceFacts) => (a.sentence.zone === b.sentence.zone ? a.sentence.index - b.sentence.index : a.sentence.zone === "body" ? -1 : 1);

type TargetFact = SentenceFacts["targets"][number];

/**
 * What the fillers of one incident are read against: its text, members and
 * the document's lexicon (methods, not closures made per incident:
 * docs/performance.md §1).
 */
class IncidentText {
  /** Whether a count names one of the incident's own (non-state) attackers; each count is read once. */
  private readonly attacker = new Map<Count, boolean>();
  readonly actorIds = new Set<string>();
  readonly settlements: ReadonlySet<string>;

  constructor(
    readonly text: string,
    readonly members: readonly SentenceFacts[],
    readonly pack: LanguagePack,
  ) {
    for (const f of members) for (const a of f.actors) this.actorIds.add(a.entry.id);
    this.settlements = settlementNouns(pack);
  }

  slice(s: Span): string {
    return this.text.slice(s.start, s.end);
  }

  isAttacker(c: Count): boolean {
    let a = this.attacker.get(c);
    if (a === undefined) {
      a = false;
      for (const m of eventLexicon(this.pack).actors.match(fold(c.text))) {
        if (this.actorIds.has(m.value.id) && !m.value.state) {
          a = true;
          break;
        }
      }
      this.attacker.set(c, a);
    }
    return a;
  }

  /** A settlement noun that a name completes ("the eastern town of Sialkot", "ville d'Ukraine"): it describes where, not what. */
  isSettlement(t: Span): boolean {
    for (const w of fold(this.slice(t)).split(NON_LETTER)) if (this.settlements.has(w)) return true;
    return false;
  }

  /**
   * A town or village named as where it happened is the location, not a target ("the village of Noaka"), unless the
   * structure makes the place itself the target ("un missile visant la ville sainte de La Mecque").
   */
  isPlaceName(f: SentenceFacts, t: TargetFact): boolean {
    if (t.kind !== "place") return false;
    for (const p of f.places) {
      if ((p.start <= t.start && t.start < p.end) || (p.start < t.end && t.start < p.end && (p.rule === PLACE_NOUN || (t.distance > 0 && this.isSettlement(t))))) return true;
    }
    return false;
  }
}

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
