import type { Token } from "../../text/tokens.js";
import { firstStartingFrom, lastEndingBy, type TokenRange } from "../../text/span-search.js";
import type { Span } from "../../types.js";

/** How many words may stand between the subject of a passive and its verb ("Un camp de l'armée dans la région de X a été attaqué"). */
const PASSIVE_GAP = 14;
/** Punctuation that ends the subject's clause; commas do not ("Gilberto Rodriguez Leal, 61 ans, avait été enlevé"). */
const CLAUSE_PUNCT = /^[;:]$/u;

/**
 * The starts of the hits that are subjects of a passive attack verb: for each
 * `patient_markers` cue, the first hit at most PASSIVE_GAP words before it with
 * no clause punctuation and no other trigger between ("the convoy was hit",
 * "la base a été visée", "el cuartel fue atacado"). `hits`, `markers` and
 * `triggers` are sorted by start.
 */
export function passiveSubjects(tokens: readonly Token[], range: TokenRange, hits: readonly Span[], markers: readonly Span[], triggers: readonly Span[]): Set<number> {
  const out = new Set<number>();
  for (const m of markers) {
    let subject: Span | undefined;
    for (let k = lastEndingBy(hits, m.start); k >= 0 && range.wordsBetween(hits[k].end, m.start) <= PASSIVE_GAP; k--) {
      if (interrupted(tokens, range, triggers, hits[k].end, m)) break;
      subject = hits[k];
    }
    if (subject) out.add(subject.start);
  }
  return out;
}

/** Whether clause punctuation or a trigger other than the marker's own stands in `[from, marker.start)`. */
function interrupted(tokens: readonly Token[], range: TokenRange, triggers: readonly Span[], from: number, marker: Span): boolean {
  const t = triggers[firstStartingFrom(triggers, from)];
  if (t && t.start < marker.start && t.end <= marker.start) return true;
  const [lo, hi] = range.range(from, marker.start);
  for (let k = lo; k < hi; k++) if (tokens[k].kind === "punct" && CLAUSE_PUNCT.test(tokens[k].text)) return true;
  return false;
}
