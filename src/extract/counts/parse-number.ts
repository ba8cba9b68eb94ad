import type { CompiledNumbers } from "./compile-numbers.js";
import { wordKey } from "./compile-numbers.js";
import { unitClass } from "../../text/word-index.js";

/** A number read from folded text. `end` may stop before the regex match when the words stop making one number. */
export interface ParsedNumber {
  value: number;
  end: number;
  /** "digits", "words" or "collective" (an approximate collective noun: "une vingtaine"). */
  form: "digits" | "words" | "collective";
  /** Multiplied by a scale or collective word: its noun follows a link ("3 millions de dollars"). */
  scaled: boolean;
  /** A word worth one that may be an article ("un", "one"). */
  one: boolean;
}

/** Whether `s[from, to)` holds a letter (`/\p{L}/u`). */
function hasLetter(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const k = s.charCodeAt(i);
    if (k >= 0xd800 && k <= 0xdfff) return /\p{L}/u.test(s.slice(from, to));
    if (unitClass(k) === 2) return true;
  }
  return false;
}

/** The lowest non-zero decimal place of n (20 → 10, 300 → 100, 7 → 1). */
function lowestPlace(n: number): number {
  let place = 1;
  while (n > 0 && n % (place * 10) === 0) place *= 10;
  return place;
}

/**
 * Reads a run of number words `folded[start, end)` as one number, the
 * Recognizers-Text way: additive words add to the current group (each smaller
 * than the lowest place filled, or below twenty after a vigesimal word),
 * hundreds multiply the group, scales multiply everything before them when
 * larger, else the group. A collective ends the number ("deux centaines").
 * Returns null when no number starts here (a lone article, a bare plural
 * scale or collective such as "des dizaines", which is vague).
 */
export function parseWords(folded: string, start: number, end: number, c: CompiledNumbers): ParsedNumber | null {
  let total = 0;
  let cur = 0;
  let any = false;
  let article = false;
  let lastVig = false;
  let lastEnd = start;
  let scaled = false;
  let one = false;
  let collective = false;
  const art = c.articleAt;
  art.lastIndex = start;
  if (art.test(folded)) {
    article = true;
    lastEnd = art.lastIndex;
  }
  const re = c.word;
  re.lastIndex = lastEnd;
  let m: RegExpExecArray | null;
  while ((m = re.exec(folded)) && m.index < end) {
    const key = m[0].includes(" ") ? wordKey(m[0]) : m[0];
    const w = c.words.get(key);
    if (!w) break;
    if (w.kind === "add") {
      if (article) break;
      if (!any || cur === 0) cur = w.value;
      else if (cur > 0 && ((lastVig && w.value < 20) || w.value < lowestPlace(cur))) cur += w.value;
      else break;
      lastVig = w.vigesimal;
      one = !any && w.one;
    } else if (any && hasLetter(folded, lastEnd, m.index)) {
      // Joined by a word ("et"): a multiplier does not follow a joiner.
      break;
    } else if (w.kind === "hundred") {
      if (cur >= 100 || (!any && !article && !w.standalone)) break;
      cur = (cur || 1) * w.value;
      lastVig = false;
      one = false;
    } else if (w.kind === "scale") {
      if (!any && !article && !w.standalone) return null;
      const n = cur || 1;
      if (total < w.value) total = (total + n) * w.value;
      else total += n * w.value;
      cur = 0;
      scaled = true;
      one = false;
    } else {
      if (!any && !article) return null;
      total = (total + cur || 1) * w.value;
      cur = 0;
      scaled = true;
      collective = true;
      one = false;
      any = true;
      lastEnd = m.index + m[0].length;
      break;
    }
    any = true;
    lastEnd = m.index + m[0].length;
  }
  if (!any) return null;
  return { value: total + cur, end: lastEnd, form: collective ? "collective" : "words", scaled, one };
}

/** Reads digits with the language's group and decimal separators ("2 500", "10.000", "2,5"). */
export function parseDigits(text: string, c: CompiledNumbers): { value: number; grouped: boolean } {
  let digits = "";
  let grouped = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch >= "0" && ch <= "9") digits += ch;
    else if (ch === c.decimal) digits += ".";
    else grouped = true;
  }
  return { value: Number(digits), grouped };
}
