/** `s` with every regex metacharacter escaped: matches `s` literally inside a pattern. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
