/**
 * The work an extractor does per hit is bounded per sentence: prose names a
 * handful of actors, places or weapons in a sentence; a "sentence" holding
 * more than this many hits of one kind is a list, a table or text built to
 * be slow, and reading its first hits is all the coding it can get. Without
 * the bound, per-hit work (noun phrases, roles, place names) on 100 KB of
 * dense hits costs hundreds of milliseconds (docs/regex-safety.md, rule 8).
 */
export const MAX_HITS_PER_SENTENCE = 64;

/** The first `max` of `xs` (sorted by position), or `xs` itself when it holds no more. */
export const firstHits = <T>(xs: T[], max = MAX_HITS_PER_SENTENCE): T[] => (xs.length > max ? xs.slice(0, max) : xs);
