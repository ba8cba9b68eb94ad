import type { Qualifier } from "../../../schemas/taxonomy.js";
import type { CompiledBinding } from "./compile-binding.js";
import type { CompiledNumbers } from "./compile-numbers.js";
import { textEnd } from "./end-chars.js";
import { type ParsedNumber, parseDigits, parseWords } from "./parse-number.js";
import { hasNonDigit } from "../../text/char-tests.js";

/** A number phrase of a sentence, before binding. Offsets are relative to the sentence. */
export interface NumberSpan {
  start: number;
  end: number;
  qualifierStart: number;
  value: number;
  valueMax: number | null;
  qualifier: Qualifier;
  form: ParsedNumber["form"];
  scaled: boolean;
  one: boolean;
  /** Four digits that read as a year: kept only when a counted noun follows. */
  yearLike: boolean;
  /** "deux" after a determiner that makes it "both" ("les deux pays"). */
  both: boolean;
  currency: string | null;
}

const isDigit = (ch: string | undefined) => ch !== undefined && ch >= "0" && ch <= "9";
const isLetter = (ch: string | undefined): boolean => {
  if (ch === undefined) return false;
  if ((ch >= "a" && ch <= "z") || (ch >= "A" && ch <= "Z")) return true;
  return ch > "\u007f" && /\p{L}/u.test(ch);
};
const isUpper = (ch: string | undefined) => ch !== undefined && ch !== ch.toLowerCase();

function sticky(re: RegExp, s: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(s);
}

/** Index of the first capture group that took part in the match (0 for group 1), or -1. */
function firstGroup(m: RegExpExecArray): number {
  for (let i = 1; i < m.length; i++) if (m[i] !== undefined) return i - 1;
  return -1;
}

interface Read extends ParsedNumber {
  yearLike: boolean;
  /** Not a count (a compound such as "three-year-old"); scanning resumes at `end`. */
  skip: boolean;
}

/**
 * Reads the number at a candidate match: digits (with glued or following
 * multipliers) or words. Null when the characters around digits make them a
 * date, time, score, decimal fragment, phone number or identifier. `bound`
 * reads the upper bound of a range, whose left neighbour is the join.
 */
function readAt(m: RegExpExecArray, folded: string, n: CompiledNumbers, b: CompiledBinding, window: number, bound = false): Read | null {
  const start = m.index;
  if (m[2] !== undefined) {
    const p = parseWords(folded, start, start + m[0].length, n);
    if (!p) return null;
    const skip = folded[p.end] === "-" && isLetter(folded[p.end + 1]);
    return { value: p.value, end: p.end, form: p.form, scaled: p.scaled, one: p.one, yearLike: false, skip };
  }
  const raw = m[1];
  let end = start + raw.length;
  const prev = folded[start - 1];
  const next = folded[end];
  if (!bound && "-/:.,".includes(prev ?? "x") && (isDigit(folded[start - 2]) || (prev === "-" && isLetter(folded[start - 2])))) return null;
  if (prev === "+" || prev === "'" || prev === "#") return null;
  if (raw.length > 1 && raw[0] === "0" && isDigit(raw[1])) return null;
  if ("/:.,".includes(next ?? "x") && isDigit(folded[end + 1])) return null;
  if (next === "-" && isLetter(folded[end + 1])) return null;
  // A run of bare numbers separated by single spaces is a phone or reference number.
  if (!bound && prev === " " && isDigit(folded[start - 2])) return null;
  if (next === " " && isDigit(folded[end + 1])) return null;
  let { value } = parseDigits(raw, n);
  const grouped = hasNonDigit(raw);
  let scaled = false;
  let form: ParsedNumber["form"] = "digits";
  if (isLetter(next)) {
    const s = sticky(n.suffixAfter, folded, end);
    const suffix = s && n.suffixes.get(s[1]);
    if (!suffix) return null;
    const from = Math.max(0, start - window);
    const cb = b.ends.currency.may(textEnd(folded, from, start)) ? b.currencyBefore.exec(folded.slice(from, start)) : null;
    if (suffix.currency && !cb) return null;
    value *= suffix.value;
    end = n.suffixAfter.lastIndex;
    scaled = true;
  } else {
    const s = sticky(n.scaleAfter, folded, end);
    const w = s && n.words.get(s[1].replace(/[ ]{1,3}/g, "-"));
    if (w) {
      value *= w.value;
      end = n.scaleAfter.lastIndex;
      scaled = true;
      if (w.kind === "collective") form = "collective";
    }
  }
  const yearLike = !grouped && !scaled && raw.length === 4 && value >= 1900 && value <= 2099;
  return { value, end, form, scaled, one: value === 1 && !scaled, yearLike, skip: false };
}

/**
 * Finds the number phrases of one folded sentence: numbers in digits or words,
 * their qualifier, range and currency symbol, without dates, times, ages,
 * measures, percentages, ordinals and identifiers (rejected by the pack's
 * months, units and identifier words and by the characters around digits).
 * `window` is how many characters before a number may hold its qualifier,
 * identifier word, month or currency symbol (the longest such phrase).
 * `markers` tells (lazily) whether the sentence has a casualty cue: without
 * one, "un"/"one" is an article and is skipped at once. Reading stops at the
 * first number past `max` (so a caller tells a sentence over its budget).
 */
export function findNumbers(
  folded: string,
  original: string,
  n: CompiledNumbers,
  b: CompiledBinding,
  window: number,
  markers: { hasCasualty(): boolean },
  max = Infinity,
): NumberSpan[] {
  const out: NumberSpan[] = [];
  const re = n.candidate;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(folded))) {
    const start = m.index;
    const a = readAt(m, folded, n, b, window);
    if (!a) {
      re.lastIndex = start + m[0].length;
      continue;
    }
    re.lastIndex = a.end;
    if (a.skip || (a.one && !markers.hasCasualty())) continue;
    const value = a.value;
    // A fraction of a thing is a measure, not a count (money and "2,5 millions" excepted).
    const fractional = !Number.isInteger(value) && !a.scaled;
    let end = a.end;
    let valueMax: number | null = null;
    const offset = Math.max(0, start - window);
    // The text before the number, cut only when a pre-test lets an end-anchored regex run on it.
    let before: string | null = null;
    const tail = textEnd(folded, offset, start);
    const join = n.ends.rangeOpen.may(tail) && n.rangeOpen.test((before ??= folded.slice(offset, start))) ? sticky(n.openJoin, folded, end) : sticky(n.rangeJoin, folded, end);
    if (join) {
      const at = (join.index ?? end) + join[0].length;
      n.candidateAt.lastIndex = at;
      const mb = n.candidateAt.exec(folded);
      const hi = mb && readAt(mb, folded, n, b, window, true);
      if (hi && !hi.skip && hi.value > value) {
        valueMax = hi.value;
        end = hi.end;
        re.lastIndex = end;
      } else if (join[0].trim() === "-" && hi) continue;
    }
    const unit = sticky(b.unitAfter, folded, end);
    if (unit) continue;
    const ma = sticky(b.monthAfter, folded, end);
    if (ma && (!b.capitalisedMonths || isUpper(original[(ma.index ?? 0) + ma[0].length - ma[1].length]))) continue;
    const mbm = b.ends.month.may(tail) ? b.monthBefore.exec((before ??= folded.slice(offset, start))) : null;
    if (mbm && (!b.capitalisedMonths || isUpper(original[offset + mbm.index]))) continue;
    if (b.ends.identifier.may(tail) && b.identifierBefore.test((before ??= folded.slice(offset, start)))) continue;
    let qualifier: Qualifier = valueMax !== null ? "range" : a.form === "collective" ? "approximate" : "exact";
    let qualifierStart = start;
    const q = n.ends.qualifier.may(tail) ? n.qualifierBefore.exec((before ??= folded.slice(offset, start))) : null;
    if (q) {
      qualifierStart = offset + q.index;
      if (valueMax === null) qualifier = n.qualifierKinds[firstGroup(q)] ?? qualifier;
    }
    let currency: string | null = null;
    const cb = b.ends.currency.may(tail) ? b.currencyBefore.exec((before ??= folded.slice(offset, start))) : null;
    const ca = cb ? null : sticky(b.currencyAfter, folded, end);
    const cm = cb ?? ca;
    if (cm) currency = b.currencyCodes[firstGroup(cm)] ?? null;
    if (ca) end = b.currencyAfter.lastIndex;
    if (fractional && currency === null) continue;
    const both = a.form === "words" && value === 2 && b.ends.both.may(tail) && b.bothBefore.test((before ??= folded.slice(offset, start)));
    out.push({ start, end, qualifierStart, value, valueMax, qualifier, form: a.form, scaled: a.scaled, one: a.one && valueMax === null, yearLike: a.yearLike, both, currency });
    if (out.length > max) break;
  }
  return out;
}
