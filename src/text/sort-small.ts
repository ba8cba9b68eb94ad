/**
 * Sorts `xs` in place with `cmp`, as `xs.sort(cmp)` does (stably), and returns
 * it. The hot paths sort lists of a few hits per sentence, and an empty or
 * one-element list most of the time (115 sorts per bench document, 98 of
 * them of fewer than two items): such a list is returned as it is, and one of
 * up to `SMALL` items is sorted by insertion, which allocates nothing, where
 * the built-in sort copies the list into a work array first. Stability makes
 * the order the same as the built-in's for any consistent comparator.
 */
const SMALL = 16;

export function sortSmall<T>(xs: T[], cmp: (a: T, b: T) => number): T[] {
  const n = xs.length;
  if (n < 2) return xs;
  if (n > SMALL) return xs.sort(cmp);
  for (let i = 1; i < n; i++) {
    const x = xs[i];
    let j = i - 1;
    while (j >= 0 && cmp(xs[j], x) > 0) {
      xs[j + 1] = xs[j];
      j--;
    }
    xs[j + 1] = x;
  }
  return xs;
}
