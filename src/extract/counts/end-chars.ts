import { foldPhrase } from "../../text/fold.js";
import { unitClass } from "../../text/word-index.js";

const isSurrogate = (c: number) => c >= 0xd800 && c <= 0xdfff;

/**
 * A cheap necessary test for an end-anchored regex ("au moins 30", "janvier 5",
 * "$ 4"): what ends `folded[offset, start)`, spaces skipped, must be what one of
 * its phrases ends with. The run of letters there must be the final run of
 * letters of a phrase's last word (a `*` stem followed by up to four letters),
 * or the character a phrase ends with when it ends with no letter, or one of
 * `extra` (an optional "." or ","). Astral characters are not judged. When the
 * test fails, the regex cannot match and is not run.
 */
export class EndChars {
  private readonly runs = new Set<string>();
  private readonly stems: string[] = [];
  private readonly last = new Set<number>();
  private readonly extra = new Set<number>();
  private astral = false;

  /** `literal`: the phrases are symbols written as they are (no `*` wildcard). */
  constructor(phrases: readonly string[], extra = "", literal = false) {
    for (const p of phrases.map(foldPhrase)) {
      if (!p) continue;
      const word = p.slice(p.lastIndexOf(" ") + 1);
      const wild = !literal && word.endsWith("*");
      const body = wild ? word.slice(0, -1) : word;
      let r = body.length;
      while (r > 0 && unitClass(body.charCodeAt(r - 1)) === 2) r--;
      for (let i = 0; i < body.length; i++) if (isSurrogate(body.charCodeAt(i))) this.astral = true;
      if (wild) this.stems.push(body.slice(r));
      else if (r < body.length) this.runs.add(body.slice(r));
      else if (body) this.last.add(body.charCodeAt(body.length - 1));
    }
    for (let i = 0; i < extra.length; i++) this.extra.add(extra.charCodeAt(i));
  }

  /** Whether a text ending as `end` tells (see `textEnd`) may end with a match (false: it cannot). */
  may(end: TextEnd): boolean {
    if (this.astral || end.unsure) return true;
    if (end.char < 0) return false;
    if (this.extra.has(end.char)) return true;
    if (end.run === null) return this.last.has(end.char);
    const run = end.run;
    if (this.runs.has(run)) return true;
    for (const s of this.stems) if (run.length >= s.length && run.length - s.length <= 4 && run.startsWith(s)) return true;
    return false;
  }
}

/** How a text ends, spaces skipped: its last character (-1 for none) and, when a letter, its final run of letters. */
export interface TextEnd {
  char: number;
  run: string | null;
  /** An astral character there: nothing is ruled out. */
  unsure: boolean;
}

/** How `folded[offset, start)` ends (read once per number for every `EndChars`). */
export function textEnd(folded: string, offset: number, start: number): TextEnd {
  let p = start - 1;
  while (p >= offset && folded.charCodeAt(p) === 0x20) p--;
  if (p < offset) return { char: -1, run: null, unsure: false };
  const c = folded.charCodeAt(p);
  if (isSurrogate(c)) return { char: c, run: null, unsure: true };
  if (unitClass(c) !== 2) return { char: c, run: null, unsure: false };
  let r = p;
  while (r > offset && unitClass(folded.charCodeAt(r - 1)) === 2) r--;
  const unsure = r > offset && isSurrogate(folded.charCodeAt(r - 1));
  return { char: c, run: folded.slice(r, p + 1), unsure };
}
