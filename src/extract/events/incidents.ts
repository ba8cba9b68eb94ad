import { fold } from "../../text/fold.js";
import { isStrong, type SentenceFacts } from "./facts.js";

/** Sentences that report one incident, in reading order (headline last: it is merged after the body). */
export interface Incident {
  members: SentenceFacts[];
}

type Family = "violence" | "arrest" | "protest" | "other";

const FAMILY: Record<string, Family> = {
  Arrests: "arrest",
  "Peaceful protest": "protest",
  "Protest with intervention": "protest",
  "Excessive force against protesters": "protest",
  "Violent demonstration": "protest",
  "Mob violence": "protest",
  Agreement: "other",
  "Change to group/activity": "other",
  "Headquarters or base established": "other",
  "Non-violent transfer of territory": "other",
  Other: "other",
};
const familyOf = (type: string): Family => FAMILY[type] ?? "violence";

function families(f: SentenceFacts): Set<Family> {
  const out = new Set<Family>();
  for (const t of f.triggers) out.add(familyOf(t.value.type));
  return out;
}
/** Places below country level that the sentence names (demonyms and countries say too little to tell incidents apart). */
const PRECISE = new Set(["city", "site", "other"]);
/** Keyed by level: a site ("the Zainabya mosque") and a town ("Sialkot") can both be right; only two of a level conflict. */
function placeNames(f: SentenceFacts): Set<string> {
  const out = new Set<string>();
  for (const p of f.places) if (PRECISE.has(p.kind) && p.rule !== "geo:direction") out.add(`${p.kind === "site" ? "site" : "town"}:${fold(p.name)}`);
  return out;
}
const LEVELS = ["town:", "site:"];
function atLevel(xs: Set<string>, level: string): Set<string> {
  const out = new Set<string>();
  for (const x of xs) if (x.startsWith(level)) out.add(x);
  return out;
}
function weaponClasses(f: SentenceFacts): Set<string> {
  const out = new Set<string>();
  for (const w of f.weapons) out.add(w.value.class);
  return out;
}
const firstDate = (f: SentenceFacts) => f.dates[0]?.date ?? null;
const has = (f: SentenceFacts, cue: string) => f.cues.has(cue as never);

function overlaps<T>(a: Set<T>, b: Set<T>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/**
 * The families, first dates and place names of an incident's members, added
 * up as members join (members are only ever appended): comparing a sentence
 * with an incident costs the same however long the incident already is.
 */
interface Summary {
  seen: number;
  families: Set<Family>;
  dates: Set<string | null>;
  places: Set<string>;
  weapons: Set<string>;
}
type Summaries = Map<Incident, Summary>;

function summary(inc: Incident, summaries: Summaries): Summary {
  let s = summaries.get(inc);
  if (!s) summaries.set(inc, (s = { seen: 0, families: new Set(), dates: new Set(), places: new Set(), weapons: new Set() }));
  for (; s.seen < inc.members.length; s.seen++) {
    const m = inc.members[s.seen];
    for (const x of families(m)) s.families.add(x);
    const d = firstDate(m);
    if (d) s.dates.add(d);
    for (const x of placeNames(m)) s.places.add(x);
    for (const x of weaponClasses(m)) s.weapons.add(x);
  }
  return s;
}

/** The families and place names of the sentence being placed, computed once however many incidents it is compared with. */
class Own {
  private fam: Set<Family> | undefined;
  private pl: Set<string> | undefined;

  constructor(private readonly f: SentenceFacts) {}

  families(): Set<Family> {
    return (this.fam ??= families(this.f));
  }

  places(): Set<string> {
    return (this.pl ??= placeNames(this.f));
  }
}

const isStrongProtest = (t: SentenceFacts["triggers"][number]) => isStrong(t) && familyOf(t.value.type) === "protest";

/** How a candidate sentence relates to an incident: same place, no evidence either way, or a conflict. */
function relation(inc: Incident, f: SentenceFacts, ignorePlace: boolean, summaries: Summaries, own: Own): "same" | "unknown" | "conflict" {
  const sum = summary(inc, summaries);
  if (!overlaps(sum.families, own.families()) && f.triggers.length) return "conflict";
  // A crowd turning violent after a bombing ("an angry mob clashed with police") is an event of its own.
  const crowd = f.triggers.some(isStrongProtest);
  if (crowd && !sum.families.has("protest")) return "conflict";
  const incDates = sum.dates;
  const d = firstDate(f);
  if (d && incDates.size && !incDates.has(d)) return "conflict";
  if (ignorePlace) return "unknown";
  const fp = own.places();
  for (const level of LEVELS) {
    const a = atLevel(sum.places, level);
    const b = atLevel(fp, level);
    if (a.size && b.size) return overlaps(a, b) ? "same" : "conflict";
  }
  return "unknown";
}

/**
 * Groups sentence facts into incidents, the way a coder splits an article:
 * the headline, lead and body that report one incident become one; a sentence
 * that names another place or date, or says "another attack", starts another.
 * `figures(sentence)` tells whether a sentence carries casualty figures, which lets a
 * sentence with only a weak trigger ("killed", "exploded") start an incident.
 */
export function groupIncidents(facts: readonly SentenceFacts[], figures: (sentence: number) => boolean): Incident[] {
  const g = new Grouping(figures);
  for (const f of facts) if (f.sentence.zone === "body") g.place(f, "body");
  for (const f of facts) if (f.sentence.zone === "headline") g.place(f, "headline");
  return g.incidents;
}

const isDisruption = (t: SentenceFacts["triggers"][number]) => t.value.type === "Disrupted weapons use";

/** The incidents found so far, and how the next sentence joins one (methods, not closures made per document: docs/performance.md §1). */
class Grouping {
  readonly incidents: Incident[] = [];
  private readonly summaries: Summaries = new Map();

  constructor(private readonly figures: (sentence: number) => boolean) {}

  place(f: SentenceFacts, zone: "body" | "headline"): void {
    const { incidents, summaries } = this;
    const strong = f.triggers.some(isStrong);
    // A sentence with no trigger still joins the latest incident when it claims it or refers back to it (canJoin in facts.ts).
    const claimOnly = !f.triggers.length && ((f.actors.length > 0 && (has(f, "claimed") || has(f, "alleged"))) || has(f, "anaphora"));
    if (!f.triggers.length && !claimOnly) return;
    // An interception or a defused bomb belongs to the strike it stopped: same weapon class; otherwise it is its own event.
    if (f.triggers.length && f.triggers.every(isDisruption)) {
      const classes = weaponClasses(f);
      let host: Incident | undefined;
      for (let k = incidents.length - 1; k >= 0 && !host; k--) if (overlaps(summary(incidents[k], summaries).weapons, classes)) host = incidents[k];
      if (host) host.members.push(f);
      else if (classes.size) incidents.push({ members: [f] });
      return;
    }
    const distinctCue = (f.cues.get("distinct" as never) ?? [])[0];
    const distinct = !!distinctCue && f.triggers.length > 0 && distinctCue.start <= f.triggers[0].start;
    // Sentences that refer back ("l'attaque", "the blast"), only restate ("killed", "exploded") or only
    // claim, and headlines, join an incident whatever places they name; others need the same place or none.
    const loose = zone === "headline" || claimOnly || !strong || has(f, "anaphora");
    let clash = false;
    const mine = new Own(f);
    if (!distinct) {
      // A headline summarises the first incident; other sentences continue the latest one.
      const n = incidents.length;
      let fallback: Incident | null = null;
      for (let step = 0; step < n; step++) {
        const k = zone === "headline" ? step : n - 1 - step;
        const rel = relation(incidents[k], f, loose, summaries, mine);
        if (rel === "same") return void incidents[k].members.push(f);
        if (rel === "unknown" && !fallback) fallback = incidents[k];
      }
      clash = !fallback && !!firstDate(f);
      const vague = fallback && fallback === incidents[incidents.length - 1] && !summary(fallback, summaries).places.size;
      // A place at another level than the incident's ("the Zainabya mosque" after "Sialkot") does not tell a new incident.
      const fp = mine.places();
      const otherLevel = fallback && atLevel(fp, "site:").size === fp.size && atLevel(summary(fallback, summaries).places, "town:").size > 0;
      if (fallback && (loose || vague || otherLevel || !fp.size)) return void fallback.members.push(f);
    }
    if (claimOnly) return;
    // A weak sentence starts an incident of its own only with figures, a weapon, or a date no incident has.
    if (strong || clash || this.figures(f.sentence.index) || f.weapons.length > 0) incidents.push({ members: [f] });
  }
}
