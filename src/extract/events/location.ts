import type { Location } from "../../../schemas/index.js";
import { nearestGap } from "../../text/span-search.js";
import type { Span } from "../../types.js";
import { ev } from "./evidence.js";
import type { SentenceFacts } from "./facts.js";

const DEMONYM = "geo:demonym";
const PLACE_RANK: Record<string, number> = { site: 4, city: 3, district: 3, other: 3, region: 2, country: 0 };
/** A place this close (in characters) to a trigger is where the text puts the incident ("attack on X", "à X, une attaque"). */
const NEAR_TRIGGER = 40;

/** The most precise place of the incident; between equals, the first reported (body before headline), then the one nearest a trigger. */
export function pickLocation(members: readonly SentenceFacts[], text: string, slice: (s: Span) => string): { loc: Location; country: string | null } | null {
  let best: { score: number; loc: Location; country: string | null } | null = null;
  for (let order = 0; order < members.length; order++) {
    const f = members[order];
    // Triggers are sorted and disjoint: nearest distances by binary search (a sentence may hold thousands).
    const starts: number[] = [];
    const strongStarts: number[] = [];
    const strongEnds: number[] = [];
    for (const t of f.triggers) {
      starts.push(t.start);
      if (t.value.weak) continue;
      strongStarts.push(t.start);
      strongEnds.push(t.end);
    }
    for (const p of f.places) {
      if (p.rule === DEMONYM || isDateline(text, f, p)) continue;
      const dist = Math.min(nearestGap(starts, p.start), 999);
      const strongDist = Math.min(nearestGap(strongStarts, p.end), nearestGap(strongEnds, p.start), 999);
      const score = (PLACE_RANK[p.kind] ?? 1) * 1_000_000 + (strongDist <= NEAR_TRIGGER ? 500_000 : 0) - order * 1_000 - dist;
      if (best && best.score >= score) continue;
      const kind = p.kind as Location["kind"];
      best = { score, country: p.country, loc: { text: slice(p), kind, evidence: ev(p, f.sentence.index, p.rule) } };
    }
  }
  return best && best.loc.kind === "country" && !best.country ? null : best;
}

/**
 * "ISLAMABAD, Oct. 1:", "KABUL, Afghanistan - ", "PESHAWAR, June 5 (AFP)": the place a story was filed
 * from, at the head of a sentence before a date, a dash or an agency, is not where the incident happened.
 */
function isDateline(text: string, f: SentenceFacts, p: Span): boolean {
  if (p.start - f.sentence.start > 2 || text[p.end] !== ",") return false;
  const tail = text.slice(p.end, Math.min(p.end + 40, f.sentence.end));
  return f.dates.some((d) => d.start >= p.end && d.start - p.end < 20) || /^,[^,.]{0,25}?(?:\s[-\u2013\u2014]\s|\()/u.test(tail);
}

/**
 * The incident's country: votes from the places its sentences name (the
 * chosen location counts twice) and from the whole article, so that a place
 * name shared with another country ("Karrada") does not win against an
 * article about Kabul.
 */
export function chooseCountry(members: readonly SentenceFacts[], location: { country: string | null } | null, docCountries: ReadonlyMap<string, number>): string | null {
  const tally = new Map(docCountries);
  const vote = (c: string | null, w: number) => c && tally.set(c, (tally.get(c) ?? 0) + w);
  for (const f of members) for (const p of f.places) if (p.rule !== DEMONYM) vote(p.country, 1);
  vote(location?.country ?? null, 2);
  if (!tally.size) for (const f of members) for (const p of f.places) vote(p.country, 1);
  return [...tally].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
}
