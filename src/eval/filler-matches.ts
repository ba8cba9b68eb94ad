import { contentWords, words } from "./normalise.js";

/** FORMAT.md: a prediction with more content words than this matches nothing (no credit for whole sentences). */
export const MAX_CONTENT_WORDS = 8;

/**
 * Whether a predicted role filler matches a gold entity (its acceptable
 * surface forms): the prediction has at most 8 content words, and every
 * content word of at least one surface form occurs, as a whole word, in the
 * prediction. A surface form made only of stop words falls back to all its
 * words, so that it never matches vacuously; an empty form matches nothing.
 */
export function fillerMatches(predicted: string, forms: readonly string[], stopwords: ReadonlySet<string>): boolean {
  if (contentWords(predicted, stopwords).length > MAX_CONTENT_WORDS) return false;
  const have = new Set(words(predicted));
  return forms.some((form) => {
    const content = contentWords(form, stopwords);
    const needed = content.length > 0 ? content : words(form);
    return needed.length > 0 && needed.every((w) => have.has(w));
  });
}
