import { z } from "zod";

/** A stable entry id: dotted/dashed lower-case words, e.g. `fr.follow-us.1` or `user.share.2`. */
export const EntryId = z.string().regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/);

/** A rule name; a skipped span carries `boilerplate:<rule>` (e.g. `read-also`, `photo-credit`). */
export const RuleName = z.string().regex(/^[a-z]+(?:-[a-z]+)*$/);

/** A phrase, matched on folded text (case and accents ignored) as whole words. */
export const PhraseEntry = z.strictObject({ id: EntryId, phrase: z.string().trim().min(1) });
export type PhraseEntry = z.infer<typeof PhraseEntry>;

/**
 * A line rule. `match` says where the phrase must be:
 * - `start`: at the start of the line (after leading punctuation such as "-", "•", "»");
 * - `line`: the line is made only of such phrases (buttons, possibly glued: "Tout AccepterTout refuser");
 * - `any`: anywhere in the line.
 * Lines longer than `maxLength` (default 200) are never matched by `start`/`any` entries.
 */
export const LineEntry = z.strictObject({
  id: EntryId,
  rule: RuleName,
  match: z.enum(["start", "line", "any"]),
  phrase: z.string().trim().min(1),
  maxLength: z.number().int().positive().optional(),
});
export type LineEntry = z.infer<typeof LineEntry>;

const compiles = (src: string): boolean => {
  try {
    new RegExp(src.replace(/\{[a-z]+\}/g, "(?:x)"), "u");
    return true;
  } catch {
    return false;
  }
};

/**
 * Rejects the shapes that backtrack catastrophically: a quantified group that
 * itself holds an unbounded quantifier ("(a+)+", "(\\w*)*", "(x+|y)+"). Patterns
 * come from users' files and run on every short line of every document.
 */
const safe = (src: string): boolean => !/\([^()]*[+*][^()]*\)\s*(?:[+*]|\{\d+,\d*\})/.test(src);

/**
 * A regular expression tested on a whole trimmed line (original case, `u` flag,
 * anchored by the author). `{agency}` stands for the agency alternation and
 * `{name}` etc. for the section's `pieces`. Only lines up to `maxLength` (default 120) are tested.
 */
export const PatternEntry = z.strictObject({
  id: EntryId,
  rule: RuleName,
  pattern: z
    .string()
    .min(1)
    .refine(compiles, "not a valid regular expression")
    .refine(safe, "nested unbounded quantifiers (e.g. \"(a+)+\") can backtrack catastrophically"),
  maxLength: z.number().int().positive().max(1000).optional(),
});
export type PatternEntry = z.infer<typeof PatternEntry>;

/** The `boilerplate.json` section of a language pack: the scraped-page noise of this language. */
export const BoilerplateSection = z
  .strictObject({
    /** News and photo agencies; a short line ending in one after a credit mark ("- Name-AFP", "(Reuters)") is a photo credit. */
    agencies: z.array(z.string().trim().min(1)),
    /** Social networks; a short line starting with a `follow` phrase and naming one is a follow-us line ("surTelegram" counts). */
    networks: z.array(z.string().trim().min(1)),
    follow: z.array(PhraseEntry),
    /** Consent-banner vocabulary: a line with `minHits` distinct phrases is a cookie banner; adjacent lines with one join it. */
    consent: z.strictObject({ minHits: z.number().int().min(1), phrases: z.array(PhraseEntry) }),
    lines: z.array(LineEntry),
    /** Named regex pieces usable as `{piece}` in patterns. */
    pieces: z.record(z.string().regex(/^[a-z]+$/), z.string()),
    patterns: z.array(PatternEntry),
  })
  .superRefine((s, ctx) => {
    const seen = new Set<string>();
    const ids = [...s.follow, ...s.consent.phrases, ...s.lines, ...s.patterns].map((e) => e.id);
    for (const id of ids) {
      if (seen.has(id)) ctx.addIssue({ code: "custom", message: `duplicate entry id ${id}` });
      seen.add(id);
    }
  });
export type BoilerplateSection = z.infer<typeof BoilerplateSection>;

/** Extra boilerplate supplied by a user file (their outlets' noise); merged into every pack. */
export const UserBoilerplate = z.strictObject({
  agencies: z.array(z.string().trim().min(1)).default([]),
  networks: z.array(z.string().trim().min(1)).default([]),
  follow: z.array(PhraseEntry).default([]),
  consent: z.array(PhraseEntry).default([]),
  lines: z.array(LineEntry).default([]),
  patterns: z.array(PatternEntry).default([]),
});
export type UserBoilerplate = z.infer<typeof UserBoilerplate>;
