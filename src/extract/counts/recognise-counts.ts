import type { LanguagePack } from "../../lang/pack.js";
import { fold } from "../../text/fold.js";
import type { Sentence } from "../../types.js";
import { bindSentence } from "./bind-sentence.js";
import { type CompiledBinding, compileBinding } from "./compile-binding.js";
import { type CompiledNumbers, compileNumbers } from "./compile-numbers.js";
import { findNumbers } from "./find-numbers.js";
import type { CountMention } from "./mention.js";

export interface CompiledCounts {
  numbers: CompiledNumbers;
  binding: CompiledBinding;
}

/** Compiles a pack's numbers and counts sections; use through `pack.memo("counts", compileCounts)`. */
export const compileCounts = (pack: LanguagePack): CompiledCounts => ({ numbers: compileNumbers(pack), binding: compileBinding(pack) });

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
 */
export function recogniseCounts(text: string, sentence: Sentence, pack: LanguagePack): CountMention[] {
  const c = pack.memo("counts", compileCounts);
  const original = text.slice(sentence.start, sentence.end);
  const folded = fold(original);
  const nums = findNumbers(folded, original, c.numbers, c.binding);
  if (!nums.length) return [];
  const mentions = bindSentence(folded, original, nums, c.binding, sentence.index, sentence.start);
  shareCoordinatedNouns(mentions, text, c.binding);
  return mentions;
}
