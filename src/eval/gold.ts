import { z } from "zod";
import { CountCategory, EventType, SUB_EVENT_TYPES, SubEventType } from "../../schemas/taxonomy.js";

// The gold format of /work/shared/eval/FORMAT.md. Events and counts are strict
// objects so that a misspelt field ("fatalites") is an error, not a silent null.

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD");
/** Acceptable surface forms of one entity: at least one non-empty string. */
const Forms = z.array(z.string().min(1)).min(1);

export const GoldEvent = z
  .strictObject({
    event_type: EventType,
    sub_event_type: SubEventType,
    date: isoDate.nullable(),
    country: z.string().regex(/^[A-Z]{2}$/, "expected an ISO 3166-1 alpha-2 code").nullable(),
    location: z.array(z.string().min(1)),
    actors: z.array(Forms),
    targets: z.array(Forms),
    weapons: z.array(Forms),
    fatalities: z.number().int().nonnegative().nullable(),
    injured: z.number().int().nonnegative().nullable(),
  })
  .refine((e) => SUB_EVENT_TYPES.some(([type, sub]) => type === e.event_type && sub === e.sub_event_type), {
    message: "sub_event_type does not belong to event_type",
    path: ["sub_event_type"],
  });
export type GoldEvent = z.infer<typeof GoldEvent>;

export const GoldCount = z.strictObject({
  value: z.number().nonnegative(),
  category: CountCategory,
  text: z.string().min(1),
});
export type GoldCount = z.infer<typeof GoldCount>;

export const GoldDoc = z.object({
  id: z.string().min(1),
  lang: z.string().regex(/^[a-z]{2}$/, "expected an ISO 639-1 code"),
  published: isoDate.nullable(),
  source: z.string().nullable(),
  url: z.string().nullable(),
  title: z.string().nullable(),
  text: z.string(),
  events: z.array(GoldEvent),
  counts: z.array(GoldCount),
});
export type GoldDoc = z.infer<typeof GoldDoc>;

export interface GoldIssue {
  /** 1-based line number in the gold file. */
  line: number;
  message: string;
}

/** A gold file that does not follow FORMAT.md. Lists every bad line, not only the first. */
export class GoldFormatError extends Error {
  constructor(
    readonly file: string,
    readonly issues: readonly GoldIssue[],
  ) {
    super(`${file}: invalid gold file\n${issues.map((i) => `  line ${i.line}: ${i.message}`).join("\n")}`);
    this.name = "GoldFormatError";
  }
}

/**
 * Parses a gold JSONL string (the caller reads the file). Blank lines are
 * skipped; a line that is not JSON, does not fit the schema, or repeats an id
 * is an issue. Throws a GoldFormatError naming every bad line, since scoring
 * against part of a gold file would give misleading figures.
 */
export function parseGold(jsonl: string, file = "gold"): GoldDoc[] {
  const docs: GoldDoc[] = [];
  const issues: GoldIssue[] = [];
  const seen = new Map<string, number>();
  jsonl.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === "") return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (err) {
      issues.push({ line, message: `not JSON (${(err as Error).message})` });
      return;
    }
    const parsed = GoldDoc.safeParse(value);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        issues.push({ line, message: `${issue.path.join(".") || "(document)"}: ${issue.message}` });
      }
      return;
    }
    const first = seen.get(parsed.data.id);
    if (first !== undefined) {
      issues.push({ line, message: `id "${parsed.data.id}" already used on line ${first}` });
      return;
    }
    seen.set(parsed.data.id, line);
    docs.push(parsed.data);
  });
  if (issues.length > 0) throw new GoldFormatError(file, issues);
  return docs;
}
