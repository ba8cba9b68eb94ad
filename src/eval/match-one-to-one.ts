/**
 * A maximum one-to-one matching between `left` (predictions) and `right`
 * (gold items) under the relation `fits(l, r)`, by augmenting paths (Kuhn).
 * Deterministic: left items are tried in order; each takes its first free
 * right item if any, and only otherwise moves an earlier match along an
 * augmenting path, so earlier matches are kept when that costs nothing.
 * Returns, for each left item, the index of its right item or -1.
 */
export function matchOneToOne<L, R>(left: readonly L[], right: readonly R[], fits: (l: L, r: R) => boolean): number[] {
  const edges = left.map((l) => right.flatMap((r, j) => (fits(l, r) ? [j] : [])));
  const ownerOf = new Array<number>(right.length).fill(-1);
  const partnerOf = new Array<number>(left.length).fill(-1);

  const augment = (i: number, seen: boolean[]): boolean => {
    const free = edges[i].find((j) => !seen[j] && ownerOf[j] === -1);
    if (free !== undefined) {
      seen[free] = true;
      ownerOf[free] = i;
      partnerOf[i] = free;
      return true;
    }
    for (const j of edges[i]) {
      if (seen[j]) continue;
      seen[j] = true;
      if (ownerOf[j] === -1 || augment(ownerOf[j], seen)) {
        ownerOf[j] = i;
        partnerOf[i] = j;
        return true;
      }
    }
    return false;
  };

  for (let i = 0; i < left.length; i++) augment(i, new Array<boolean>(right.length).fill(false));
  return partnerOf;
}
