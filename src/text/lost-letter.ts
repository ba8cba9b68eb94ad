/**
 * Marks a scraper leaves where it could not decode a letter ("A?n al-Assad",
 * "Kab\uFFFDl"): between two letters they belong to the word. The tokenizer,
 * the place words and the word-index path read the same set.
 */
export const LOST_LETTER_CLASS = "?\\uFFFD";

export const isLostLetter = (code: number): boolean => code === 0x3f || code === 0xfffd;
