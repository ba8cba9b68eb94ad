const WORD_CHAR = /[\p{L}\p{N}]/u;
const isWordChar = (ch: string | undefined) => ch !== undefined && WORD_CHAR.test(ch);

/**
 * True when `needle`, found at `at` in `hay`, stands as a whole word on the
 * sides where it starts or ends with a letter or digit; sides that are symbols
 * need no boundary (so "©" matches in "américains©", "(archive)" after anything).
 */
export function symbolBounded(hay: string, at: number, needle: string): boolean {
  const okLeft = !isWordChar(needle[0]) || !isWordChar(hay[at - 1]);
  const okRight = !isWordChar(needle[needle.length - 1]) || !isWordChar(hay[at + needle.length]);
  return okLeft && okRight;
}

/** True when the phrase begins or ends with a non-word character, so whole-word matching does not apply. */
export const isSymbolPhrase = (folded: string): boolean => !isWordChar(folded[0]) || !isWordChar(folded[folded.length - 1]);
