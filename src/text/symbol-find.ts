const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/**
 * Finds `needle` in `hay[from, to)` by substring search, requiring a word boundary
 * only on the sides where the needle itself starts or ends with a letter or digit
 * (so "©" matches in "américains©", "(archive)" after any character). Returns -1 if absent.
 */
export function findSymbolPhrase(hay: string, needle: string, from: number, to: number): number {
  const leftWord = isWordChar(needle[0]);
  const rightWord = isWordChar(needle[needle.length - 1]);
  let i = hay.indexOf(needle, from);
  while (i >= 0 && i + needle.length <= to) {
    const okLeft = !leftWord || !isWordChar(hay[i - 1]);
    const okRight = !rightWord || !isWordChar(hay[i + needle.length]);
    if (okLeft && okRight) return i;
    i = hay.indexOf(needle, i + 1);
  }
  return -1;
}

/** True when the phrase begins or ends with a non-word character, so whole-word matching does not apply. */
export const isSymbolPhrase = (folded: string): boolean => !isWordChar(folded[0]) || !isWordChar(folded[folded.length - 1]);
