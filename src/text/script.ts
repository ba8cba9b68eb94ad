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

/** Counts the letters of `text` by script; linear, with the classification of each distinct character cached per call. */
export function scriptProfile(text: string): ScriptProfile {
  const counts = new Map<string, number>();
  const seen = new Map<string, string | null>();
  let letters = 0;
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    let script: string | null | undefined;
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) script = "Latin";
    else if (c < 0xc0) script = null;
    else {
      script = seen.get(ch);
      if (script === undefined) {
        script = LETTER.test(ch) ? (SCRIPTS.find(([, re]) => re.test(ch))?.[0] ?? "Other") : null;
        seen.set(ch, script);
      }
    }
    if (script === null) continue;
    letters++;
    counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  return { letters, counts: [...counts].sort((a, b) => b[1] - a[1]) };
}
