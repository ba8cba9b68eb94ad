/**
 * Unicode scripts told apart when checking that a text is in a supported
 * language; letters of other scripts count as "Other".
 */
const SCRIPTS: readonly (readonly [string, RegExp])[] = [
  "Latin", "Cyrillic", "Greek", "Arabic", "Hebrew", "Han", "Hiragana", "Katakana", "Hangul",
  "Devanagari", "Bengali", "Tamil", "Thai", "Armenian", "Georgian", "Ethiopic",
].map((name) => [name, new RegExp(`^\\p{Script=${name}}$`, "u")] as const);

const LETTER = /\p{L}/u;

export interface ScriptProfile {
  letters: number;
  /** Letters per script name, most frequent first. */
  counts: [string, number][];
}

/** Counts the letters of `text` by script; linear, with each distinct non-Latin character classified once per call. */
export function scriptProfile(text: string): ScriptProfile {
  const counts = new Map<string, number>();
  const seen = new Map<number, string | null>();
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Fast path: ASCII letters and Latin-1/Latin Extended-A/B letters (all of U+00C0–U+024F but × and ÷).
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c < 0x250 && c !== 0xd7 && c !== 0xf7)) {
      latin++;
      continue;
    }
    if (c < 0x250) continue;
    const wide = c >= 0xd800 && c < 0xdc00 && i + 1 < text.length;
    const cp = wide ? text.codePointAt(i)! : c;
    if (wide) i++;
    let script = seen.get(cp);
    if (script === undefined) {
      const ch = String.fromCodePoint(cp);
      script = LETTER.test(ch) ? (SCRIPTS.find(([, re]) => re.test(ch))?.[0] ?? "Other") : null;
      seen.set(cp, script);
    }
    if (script !== null) counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  if (latin) counts.set("Latin", (counts.get("Latin") ?? 0) + latin);
  let letters = 0;
  for (const n of counts.values()) letters += n;
  return { letters, counts: [...counts].sort((a, b) => b[1] - a[1]) };
}
