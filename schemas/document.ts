import { z } from "zod";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** An input document as the readers hand it to the pipeline. */
export const InputDocument = z.object({
  id: z.string().min(1),
  text: z.string(),
  lang: z.string().nullable(),
  published: isoDate.nullable(),
  url: z.string().nullable(),
  title: z.string().nullable(),
  source: z.string().nullable(),
  /** Where the document came from: a path, with "#line" for JSONL/CSV records. */
  origin: z.string().min(1),
});
export type InputDocument = z.infer<typeof InputDocument>;

/** A row of documents.csv: every input document, processed or rejected. */
export const DocumentRow = z.object({
  doc_id: z.string().min(1),
  origin: z.string(),
  lang: z.string().nullable(),
  title: z.string().nullable(),
  published: isoDate.nullable(),
  status: z.enum(["ok", "rejected"]),
  reason: z.string().nullable(),
  events: z.number().int().nonnegative(),
  counts: z.number().int().nonnegative(),
  chars: z.number().int().nonnegative(),
  skipped_chars: z.number().int().nonnegative(),
});
export type DocumentRow = z.infer<typeof DocumentRow>;
