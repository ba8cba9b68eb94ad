import type { LanguagePack } from "../lang/pack.js";
import { byStart } from "../text/span-search.js";
import { fold } from "../text/fold.js";
import { firstHits, MAX_HITS_PER_SENTENCE, type BudgetReport } from "../text/hit-budget.js";
import { compileGeo, type Gazetteer, type PlaceKind } from "./gazetteer.js";
import { allCaps, gazetteerAt } from "./gazetteer-at.js";
import type { WordIndex } from "../text/word-index.js";
import { geoTokens, indexTokens, joined, mayHoldToken, type GeoToken } from "./keys.js";
import { nameAfter, nameBefore, type NameRun } from "./place-names.js";
import { compileTriggers, type Trigger } from "./triggers.js";
import { sortSmall } from "../text/sort-small.js";

export interface PlaceMention {
  start: number;
  end: number;
  text: string;
  /** Canonical name: the gazetteer's or ISO name when known, else the name as written. */
  name: string;
  country: string | null;
  kind: PlaceKind;
  /** "geo:country", "geo:demonym" (an adjective: weigh it less), "geo:gazetteer", "geo:place-noun", "geo:direction", "geo:preposition". */
  rule: string;
}

interface Hit extends PlaceMention {
  priority: number;
}

const RANK: Record<PlaceKind, number> = { site: 0, other: 1, city: 1, district: 1.5, region: 2, country: 3 };

/** Index of the first token starting at or after `pos` (tokens are sorted). */
function tokenAt(tokens: readonly GeoToken[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function hit(text: string, start: number, end: number, p: Omit<Hit, "start" | "end" | "text">): Hit {
  return { start, end, text: text.slice(start, end), ...p };
}

/**
 * Recognises the places of `text[from, to)`: country names and demonyms,
 * gazetteer places, and place phrases of the pack's grammar ("base aérienne
 * d'Aïn al-Assad", "Nawa district of Helmand province"). Returns
 * non-overlapping mentions in text order; choosing among them is the caller's.
 * `index`, the words of the folded text built once per document, spares folding and scanning each sentence again.
 */
export function findPlaces(text: string, from: number, to: number, pack: LanguagePack, index?: WordIndex, report?: BudgetReport): PlaceMention[] {
  const g = pack.memo("geo", compileGeo);
  const t = pack.memo("geo-triggers", compileTriggers);
  const fast = index && !index.astral ? index : null;
  // Phrases are matched in the sentence alone (its start is a word start even inside a word).
  const phrases = fast ? t.matcher.matchIn(fast, from, to, true, MAX_HITS_PER_SENTENCE + 1) : null;
  // No place phrase and no word that may start a gazetteer name: no place (and no tokens to build).
  if (fast && !phrases!.length && !mayHoldToken(fast, from, to, g.headTest)) return [];
  const { tokens, folded } = fast ? { tokens: indexTokens(text, fast, from, to), folded: "" } : geoTokens(text, from, to);
  // Names and phrases are each read up to the budget (one past it tells a cut).
  const names: Hit[] = [];
  for (let i = 0; i < tokens.length && names.length <= MAX_HITS_PER_SENTENCE; ) {
    const m = gazetteerAt(text, tokens, i, g);
    if (!m) { i++; continue; }
    const e = m.entry;
    names.push(hit(text, tokens[i].start, tokens[m.last].end, { name: e.name, country: e.country, kind: e.kind, rule: e.rule, priority: 0 }));
    i = m.last + 1;
  }
  const hits = firstHits(names, report, { start: from, end: to });
  const shift = fast ? 0 : from;
  for (const m of firstHits(phrases ?? t.matcher.match(folded, 0, folded.length, MAX_HITS_PER_SENTENCE + 1), report, { start: from, end: to })) {
    const h = phraseHit(text, tokens, shift + m.start, shift + m.end, m.value, g, t.connectors);
    if (h) hits.push(h);
  }
  return merge(text, resolve(hits), t.containment).map(mention);
}

const mention = ({ priority: _, ...p }: Hit): PlaceMention => p;
const byPriority = (a: Hit, b: Hit) => b.priority - a.priority || b.end - b.start - (a.end - a.start) || a.start - b.start;

function runName(text: string, tokens: readonly GeoToken[], run: NameRun, g: Gazetteer) {
  const key = tokens.slice(run.first, run.last + 1).map((x) => x.key).join(" ");
  const written = text.slice(tokens[run.first].start, tokens[run.last].end);
  return { entry: g.entries.get(key) ?? null, written, allCaps: allCaps(tokens, run.first, run.last) };
}

/** Whether the words of connector `c` ("of", "de la") stand at token `idx`, joined as one name's words are. */
function connectsAt(text: string, tokens: readonly GeoToken[], idx: number, c: readonly string[]): boolean {
  for (let n = 0; n < c.length; n++) {
    if (tokens[idx + n]?.key !== c[n]) return false;
    if (n > 0 && !joined(text, tokens[idx + n - 1], tokens[idx + n])) return false;
  }
  return true;
}

function phraseHit(text: string, tokens: readonly GeoToken[], s: number, e: number, tr: Trigger, g: Gazetteer, connectors: string[][]): Hit | null {
  if (tr.after) {
    const j = tokenAt(tokens, s) - 1;
    const run = j >= 0 && /^[ \t\u00a0]{1,3}$/.test(text.slice(tokens[j].end, s)) ? nameBefore(text, tokens, j, g) : null;
    if (run) return named(text, tokens, run, tokens[run.first].start, e, tr, g);
  }
  const idx = tokenAt(tokens, e);
  if (idx >= tokens.length) return null;
  const starts: number[] = [];
  for (const c of connectors) if (connectsAt(text, tokens, idx, c)) starts.push(idx + c.length);
  if (tr.noun || tr.bare) starts.push(idx);
  for (const k of starts) {
    if (k >= tokens.length) continue;
    const found = gazetteerAt(text, tokens, k, g);
    const gz = found && found.entry.rule !== "geo:demonym" ? found : null;
    const run = gz ? { first: k, last: gz.last } : found ? null : nameAfter(text, tokens, k, g);
    if (!run) continue;
    if (tr.bare && !tr.noun) {
      if (gz || runName(text, tokens, run, g).entry) return null;
      return named(text, tokens, run, tokens[run.first].start, tokens[run.last].end, tr, g);
    }
    return named(text, tokens, run, s, tokens[run.last].end, tr, g);
  }
  return null;
}

function named(text: string, tokens: readonly GeoToken[], run: NameRun, start: number, end: number, tr: Trigger, g: Gazetteer): Hit | null {
  const { entry, written, allCaps: shouted } = runName(text, tokens, run, g);
  if (!entry && shouted) return null;
  // "Pakistani town", "Pakistan mosque": a country or demonym describes the place, it does not name it.
  if (tr.noun && entry && (entry.kind === "country" || entry.rule === "geo:demonym")) return null;
  const kind: PlaceKind = tr.noun ? tr.kind! : tr.direction ? (entry?.kind === "country" ? "region" : "other") : entry?.kind ?? "other";
  const rule = tr.noun ? "geo:place-noun" : tr.direction ? "geo:direction" : "geo:preposition";
  return hit(text, start, end, { name: entry?.name ?? written, country: entry?.country ?? null, kind, rule, priority: tr.noun ? 3 : tr.direction ? 2 : 1 });
}

/** Keeps the best of overlapping hits (phrases over bare names); a phrase takes the country of a gazetteer place it covers. */
function resolve(hits: Hit[]): Hit[] {
  const order = sortSmall([...hits], byPriority);
  const kept: Hit[] = [];
  // Kept hits never overlap: sorted by position, the ones overlapping `h` are a contiguous run
  // found by binary search; the first kept of them wins, as a scan of `kept` would find.
  const byPosition: { hit: Hit; n: number }[] = [];
  for (const h of order) {
    let lo = 0;
    let hi = byPosition.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byPosition[mid].hit.end > h.start) hi = mid;
      else lo = mid + 1;
    }
    let over: { hit: Hit; n: number } | null = null;
    for (let k = lo; k < byPosition.length && byPosition[k].hit.start < h.end; k++) if (!over || byPosition[k].n < over.n) over = byPosition[k];
    if (!over) {
      byPosition.splice(lo, 0, { hit: h, n: kept.length });
      kept.push(h);
    } else if (h.priority === 0 && h.kind !== "country" && over.hit.country === null) {
      over.hit.country = h.country;
      if (h.start <= over.hit.start && h.end >= over.hit.end) over.hit.name = h.name;
    }
  }
  return sortSmall(kept, byStart);
}

/** Joins a place to the larger place that follows it ("Nawa district" + "of" + "Helmand province"). */
function merge(text: string, hits: Hit[], containment: Set<string>): Hit[] {
  const out: Hit[] = [];
  for (const h of hits) {
    const a = out[out.length - 1];
    if (a && a.rule !== "geo:demonym" && h.rule !== "geo:demonym") {
      const gap = fold(text.slice(a.end, h.start)).trim().replace(/[ \t\u00a0]+/g, " ");
      const larger = RANK[h.kind] > RANK[a.kind] || (h.kind === "region" && a.kind === "region" && gap !== "," && gap !== "");
      const fits = a.country === null || h.country === null || a.country === h.country;
      if (gap.length <= 24 && containment.has(gap) && larger && fits && h.kind === "country") a.country ??= h.country;
      else if (gap.length <= 24 && containment.has(gap) && larger && fits) {
        a.end = h.end;
        a.text = text.slice(a.start, a.end);
        a.country ??= h.country;
        continue;
      }
    }
    out.push({ ...h });
  }
  return out;
}
