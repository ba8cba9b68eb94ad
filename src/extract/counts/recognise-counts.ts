import type { LanguagePack } from "../../lang/pack.js";
import { fold } from "../../text/fold.js";
import { MAX_HITS_PER_SENTENCE, type BudgetReport } from "../../text/hit-budget.js";
import type { Sentence } from "../../types.js";
import type { PhraseMatch } from "../../text/phrase-matcher.js";
import type { WordIndex } from "../../text/word-index.js";
import { bindSentence, CASUALTY } from "./bind-sentence.js";
import { type CompiledBinding, compileBinding, type Marker } from "./compile-binding.js";
import { type CompiledNumbers, compileNumbers } from "./compile-numbers.js";
import { findNumbers } from "./find-numbers.js";
import type { CountMention } from "./mention.js";

export interface CompiledCounts {
  numbers: CompiledNumbers;
  binding: CompiledBinding;
  /** Characters looked at before a number: the longest qualifier, identifier, month or symbol, plus spaces. */
  window: number;
}

/** Compiles a pack's numbers and counts sections; use through `pack.memo("counts", compileCounts)`. */
export function compileCounts(pack: LanguagePack): CompiledCounts {
  const { numbers: n, counts: c, dates: d } = pack.data;
  const particle = Math.max(0, ...n.particles.map((p) => p.length + 2));
  const phrases = [...Object.values(n.qualifiers).flat(), ...n.ranges.open, ...c.identifiers, ...c.both, ...d.months.flat(), ...d.monthAbbreviations.flat(), ...c.currencies.flatMap((x) => x.symbols)];
  const window = Math.max(...phrases.map((p) => p.length)) + particle + 6;
  return { numbers: compileNumbers(pack), binding: compileBinding(pack), window };
}

/**
 * The cues and clause breaks of a sentence, matched on first use (most
 * sentences hold no number), with offsets in the sentence: from the words of
 * the document when its `index` is given (the sentence read as a text of its
 * own, so the same matches as `match(folded)`), else (and for texts or
 * matchers the index does not serve) by the matcher's regex.
 */
class SentenceMarkers {
  private found: PhraseMatch<Marker>[] | null = null;
  private casualty: boolean | null = null;

  constructor(
    private readonly folded: string,
    private readonly b: CompiledBinding,
    private readonly index: WordIndex | undefined,
    private readonly sentence: Sentence,
  ) {}

  all(): PhraseMatch<Marker>[] {
    if (!this.found) this.found = this.index && this.b.markers.indexed && !this.index.astral ? this.fromIndex(this.index) : this.b.markers.match(this.folded);
    return this.found;
  }

  private fromIndex(index: WordIndex): PhraseMatch<Marker>[] {
    const { start, end } = this.sentence;
    const out = this.b.markers.matchIn(index, start, end, true);
    for (let i = 0; i < out.length; i++) out[i] = { ...out[i], start: out[i].start - start, end: out[i].end - start };
    return out;
  }

  /** Whether a killed or injured cue occurs in the sentence. */
  hasCasualty(): boolean {
    if (this.casualty === null) {
      this.casualty = false;
      for (const m of this.all()) if (m.value.kind === "cue" && CASUALTY.has(m.value.cue.category)) this.casualty = true;
    }
    return this.casualty;
  }
}

/**
 * A number whose noun is elided and that is coordinated with a following one
 * shares its noun ("186 y 110 diputados", "trois ou quatre roquettes").
 */
function shareCoordinatedNouns(ms: CountMention[], text: string, b: CompiledBinding): void {
  for (let i = ms.length - 2; i >= 0; i--) {
    const a = ms[i];
    const next = ms[i + 1];
    if (a.categorySource !== "default" || next.noun === null) continue;
    if (!b.coordinator.test(text.slice(a.numberEnd, next.qualifierStart))) continue;
    ms[i] = { ...a, noun: next.noun, category: next.category, currency: next.currency, categorySource: next.categorySource, bindRule: `coordinated:${next.bindRule}` };
  }
}

/**
 * Every count of one sentence: numbers bound to what they count, in text
 * order, with offsets into `text` (the document's normalised text). Pure: the
 * pack's compiled form is memoised on the pack; nothing else is kept.
 * `foldedText`, when given, must be `fold(text)` (folding is per character, so
 * a slice of it is the folded sentence): callers over many sentences fold once.
 * Only the first MAX_HITS_PER_SENTENCE numbers of a sentence are read (a
 * sentence holding more is a table or hostile text: see src/text/hit-budget.ts);
 * `budget.over` counts the sentences cut so. `index`, the words of
 * `foldedText` (built once per document), spares a regex scan of the sentence.
 */
export function recogniseCounts(text: string, sentence: Sentence, pack: LanguagePack, foldedText?: string, budget?: BudgetReport, index?: WordIndex): CountMention[] {
  const c = pack.memo("counts", compileCounts);
  const original = text.slice(sentence.start, sentence.end);
  const folded = foldedText === undefined ? fold(original) : foldedText.slice(sentence.start, sentence.end);
  const markers = new SentenceMarkers(folded, c.binding, foldedText === undefined ? undefined : index, sentence);
  const nums = findNumbers(folded, original, c.numbers, c.binding, c.window, markers, MAX_HITS_PER_SENTENCE);
  if (!nums.length) return [];
  if (nums.length > MAX_HITS_PER_SENTENCE) {
    nums.length = MAX_HITS_PER_SENTENCE;
    budget?.cut(sentence);
  }
  const mentions = bindSentence(folded, original, nums, c.binding, markers.all(), sentence.index, sentence.start);
  shareCoordinatedNouns(mentions, text, c.binding);
  return mentions;
}
