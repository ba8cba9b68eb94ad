import { CountCategory } from "../../../schemas/taxonomy.js";
import type { PhraseMatch } from "../../text/phrase-matcher.js";
import type { CompiledBinding, Marker } from "./compile-binding.js";
import type { NumberSpan } from "./find-numbers.js";
import type { CountMention } from "./mention.js";
import { nounPhrase } from "./noun-phrase.js";
import { type Chosen, CueIndex, type NounState, type SentenceCue } from "./choose-cue.js";
import { type Tokens, tokenAt, tokenizeSentence } from "./sentence-tokens.js";
import { sortSmall } from "../../text/sort-small.js";

export const CASUALTY: ReadonlySet<CountCategory> = new Set(["killed", "injured"]);
/** Tokens (auxiliaries only) allowed between "one"/"un" and its casualty verb. */
const ONE_GAP = 3;

/** "One"/"un" counts only as the subject or object of a casualty verb, with auxiliaries at most between them. */
function oneIsCasualty(c: Chosen | null, t: Tokens, b: CompiledBinding): boolean {
  if (!c || !CASUALTY.has(c.cue.category) || c.dist > ONE_GAP) return false;
  for (let i = tokenAt(t, c.gapFrom); i < tokenAt(t, c.gapTo); i++) if (!b.auxiliaries.has(t.text(i)!)) return false;
  return true;
}

const ascending = (x: number, y: number) => x - y;

/** The bind rule of a noun of each category (`noun:CATEGORY`), built once. */
const NOUN_RULES = new Map<string, string>(CountCategory.options.map((c) => [c, `noun:${c}`]));

/** Whether a contextual noun's condition holds on the sentence, read once per condition (not once per number). */
function holds(conditions: Map<RegExp, boolean>, re: RegExp, folded: string): boolean {
  let v = conditions.get(re);
  if (v === undefined) conditions.set(re, (v = re.test(folded)));
  return v;
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
  const cues: SentenceCue[] = [];
  const breaks: number[] = [];
  let hasCasualty = false;
  for (const m of markers) {
    if (m.value.kind === "cue") {
      cues.push({ start: m.start, end: m.end, cue: m.value.cue });
      if (CASUALTY.has(m.value.cue.category)) hasCasualty = true;
    } else breaks.push(m.start);
  }
  // A semicolon token breaks the clause. Unless an elision may hold one, every ";" is a token of its own.
  if (!b.elisionAt || b.elisionsPlain) for (let p = folded.indexOf(";"); p >= 0; p = folded.indexOf(";", p + 1)) breaks.push(p);
  else for (let i = 0; i < t.length; i++) if (t.ends[i] - t.starts[i] === 1 && folded.charCodeAt(t.starts[i]) === 0x3b) breaks.push(t.starts[i]);
  sortSmall(breaks, ascending);
  const index = new CueIndex(cues, breaks, t, b);
  // Per token: 1 where a noun phrase stops (a cue or another number).
  const stop = new Uint8Array(t.length + 1);
  for (const c of cues) for (let i = tokenAt(t, c.start); i < t.starts.length && t.starts[i] < c.end; i++) stop[i] = 1;
  for (const n of nums) stop[tokenAt(t, n.start)] = 1;
  let conditions: Map<RegExp, boolean> | null = null;
  const out: CountMention[] = [];
  for (const num of nums) {
    if ((num.one || num.both) && !hasCasualty) continue;
    const np = nounPhrase(num, t, original, b, stop);
    if (num.yearLike && !np.info) continue;
    let category: CountCategory | null = null;
    let bindRule = "default";
    let currency = num.currency ?? np.info?.currency ?? null;
    if (np.info) {
      category = np.info.when && !holds((conditions ??= new Map()), np.info.when, folded) ? np.info.otherwise! : np.info.category;
      bindRule = NOUN_RULES.get(category)!;
    } else if (currency) {
      category = "money";
      bindRule = "currency";
    }
    const state: NounState = category ?? (np.words ? "unknown" : "elided");
    const chosen = index.choose(num, np.end, state);
    if ((num.one || num.both) && !oneIsCasualty(chosen, t, b)) continue;
    if (chosen) {
      category = chosen.cue.category;
      bindRule = b.cueRules.get(chosen.cue) ?? `cue:${chosen.cue.id}`;
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
