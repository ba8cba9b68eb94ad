import type { Span } from "../types.js";

/** A line of the text: `[start, end)` excludes the "\n"; `lo, hi` is the content without surrounding spaces (lo === hi when blank). */
export interface Line extends Span {
  lo: number;
  hi: number;
}

const isSpace = (c: number) => c === 0x20 || c === 0x09;

/** The line of `text` that starts at `start` (split at "\n": normalised text has no other line breaks), and its content without surrounding spaces. */
export function lineFrom(text: string, start: number): Line {
  let end = text.indexOf("\n", start);
  if (end < 0) end = text.length;
  let lo = start;
  let hi = end;
  while (lo < hi && isSpace(text.charCodeAt(lo))) lo++;
  while (hi > lo && isSpace(text.charCodeAt(hi - 1))) hi--;
  return { start, end, lo, hi };
}

const SENTENCE_END = /[.!?…;:]["'»”)\]]*$/u;
const WORD = /[\p{L}\p{N}]+/gu;

/** True when the string ends like a sentence (".", "!", "?", "…", ";" or ":" possibly followed by closing quotes). */
export const endsSentence = (s: string): boolean => SENTENCE_END.test(s);

/** Number of letter/digit runs in `s`. */
export function wordCount(s: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(s)) n++;
  return n;
}
