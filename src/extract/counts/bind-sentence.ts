import type { CountCategory } from "../../../schemas/taxonomy.js";
import type { CountCue } from "../../lang/schema/counts.js";
import type { PhraseMatch } from "../../text/phrase-matcher.js";
import type { CompiledBinding, Marker } from "./compile-binding.js";
import type { NumberSpan } from "./find-numbers.js";
import type { CountMention } from "./mention.js";
import { nounPhrase } from "./noun-phrase.js";
import { type Tokens, tokenAt, tokensBetween, tokenizeSentence } from "./sentence-tokens.js";

/** What the noun phrase says before cues are read: a lexicon category, an unknown noun, or no noun. */
type NounState = CountCategory | "unknown" | "elided";

const PERSONS: NounState[] = ["people", "unknown", "elided"];
/**
 * Which noun states a cue of each category may relabel. A casualty verb turns
 * soldiers, hostages or suspects into the killed or injured; a deployment verb
 * only people; nothing relabels attacks, munitions, money or named things.
 */
const OVERRIDES: Record<CountCategory, ReadonlySet<NounState>> = {
  killed: new Set([...PERSONS, "troops", "kidnapped", "arrested"]),
  injured: new Set([...PERSONS, "troops", "kidnapped", "arrested"]),
  kidnapped: new Set([...PERSONS, "troops"]),
  arrested: new Set([...PERSONS, "troops"]),
  displaced: new Set(PERSONS),
  troops: new Set(PERSONS),
  munitions: new Set(["elided"]),
  attacks: new Set(["elided"]),
  money: new Set(["elided"]),
  people: new Set(["elided"]),
  other: new Set(["elided"]),
};
export const CASUALTY: ReadonlySet<CountCategory> = new Set(["killed", "injured"]);
/** Tokens a "near" cue reaches. */
const NEAR = 15;
/** Tokens (auxiliaries only) allowed between "one"/"un" and its casualty verb. */
const ONE_GAP = 3;

interface Chosen {
  cue: CountCue;
  dist: number;
  gapFrom: number;
  gapTo: number;
}

/** The nearest cue in the same clause that may relabel this noun; ties go to the cue after the number. */
function chooseCue(num: NumberSpan, npEnd: number, state: NounState, cues: { start: number; end: number; cue: CountCue }[], breaks: number[], t: Tokens, b: CompiledBinding): Chosen | null {
  let best: Chosen | null = null;
  for (const { start, end, cue } of cues) {
    if (!OVERRIDES[cue.category].has(state)) continue;
    let gapFrom: number;
    let gapTo: number;
    // A cue may end inside the qualifier it is written with ("killing at least 6").
    if (end <= num.start && start < num.qualifierStart) {
      if (cue.count === "before") continue;
      gapFrom = Math.min(end, num.qualifierStart);
      gapTo = num.qualifierStart;
      const first = t.texts[tokenAt(t, gapFrom)];
      if (first !== undefined && tokenAt(t, gapFrom) < tokenAt(t, gapTo) && b.agents.has(first)) continue;
    } else if (start >= npEnd) {
      if (cue.count === "after") continue;
      gapFrom = npEnd;
      gapTo = start;
    } else continue;
    if (breaks.some((p) => p >= gapFrom && p < gapTo)) continue;
    const dist = tokensBetween(t, gapFrom, gapTo);
    if (cue.reach !== "clause" && dist > NEAR) continue;
    if (!best || dist < best.dist || (dist === best.dist && gapFrom >= npEnd)) best = { cue, dist, gapFrom, gapTo };
  }
  return best;
}

/** "One"/"un" counts only as the subject or object of a casualty verb, with auxiliaries at most between them. */
function oneIsCasualty(c: Chosen | null, t: Tokens, b: CompiledBinding): boolean {
  if (!c || !CASUALTY.has(c.cue.category) || c.dist > ONE_GAP) return false;
  for (let i = tokenAt(t, c.gapFrom); i < tokenAt(t, c.gapTo); i++) if (!b.auxiliaries.has(t.texts[i])) return false;
  return true;
}

/**
 * Binds the number phrases of one sentence to what they count: head noun
 * category from the lexicon, relabelled by the nearest applicable cue in the
 * same clause. `folded` and `original` are the sentence's text, `markers`
 * the cues and clause breaks found in it; `base` its offset in the document.
 */
export function bindSentence(
  folded: string,
  original: string,
  nums: NumberSpan[],
  b: CompiledBinding,
  markers: readonly PhraseMatch<Marker>[],
  sentence: number,
  base: number,
): CountMention[] {
  const t = tokenizeSentence(folded, b);
  const cues: { start: number; end: number; cue: CountCue }[] = [];
  const breaks: number[] = [];
  for (const m of markers) {
    if (m.value.kind === "cue") cues.push({ start: m.start, end: m.end, cue: m.value.cue });
    else breaks.push(m.start);
  }
  for (let i = 0; i < t.texts.length; i++) if (t.texts[i] === ";") breaks.push(t.starts[i]);
  const stop = new Set<number>();
  for (const c of cues) for (let i = tokenAt(t, c.start); i < t.starts.length && t.starts[i] < c.end; i++) stop.add(i);
  for (const n of nums) stop.add(tokenAt(t, n.start));
  const hasCasualty = cues.some((c) => CASUALTY.has(c.cue.category));
  const out: CountMention[] = [];
  for (const num of nums) {
    if ((num.one || num.both) && !hasCasualty) continue;
    const np = nounPhrase(num, t, original, b, stop);
    if (num.yearLike && !np.info) continue;
    let category: CountCategory | null = null;
    let bindRule = "default";
    let currency = num.currency ?? np.info?.currency ?? null;
    if (np.info) {
      category = np.info.when && !np.info.when.test(folded) ? np.info.otherwise! : np.info.category;
      bindRule = `noun:${category}`;
    } else if (currency) {
      category = "money";
      bindRule = "currency";
    }
    const state: NounState = category ?? (np.words ? "unknown" : "elided");
    const chosen = chooseCue(num, np.end, state, cues, breaks, t, b);
    if ((num.one || num.both) && !oneIsCasualty(chosen, t, b)) continue;
    if (chosen) {
      category = chosen.cue.category;
      bindRule = `cue:${chosen.cue.id}`;
    }
    if (category !== "money") currency = null;
    const source = chosen ? "cue" : category ? "noun" : np.words ? "noun" : "default";
    if (!category && np.words) bindRule = "noun:unknown";
    out.push({
      start: base + num.start,
      end: base + np.end,
      qualifierStart: base + num.qualifierStart,
      numberEnd: base + num.end,
      sentence,
      value: num.value,
      valueMax: num.valueMax,
      qualifier: num.qualifier,
      category: category ?? "other",
      categorySource: source,
      noun: np.head,
      currency,
      numberRule: num.valueMax !== null ? `${num.form}:range` : num.form,
      bindRule,
      text: original.slice(num.start, np.end),
    });
  }
  return out;
}
