import { z } from "zod";
import { IsoDate } from "./iso-date.js";

const isoDate = IsoDate;

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
  doc_id: z.string().min(1).describe("Id of the document: its own id, else `<file>[-L<line>]-<sha256 prefix>`"),
  origin: z.string().describe("Input path as given, with `#L<line>` for JSONL lines and CSV records"),
  lang: z.string().nullable().describe("Language code, detected or forced"),
  title: z.string().nullable().describe("Title, from the input"),
  published: isoDate.nullable().describe("Publication day (or --published)"),
  status: z.enum(["ok", "rejected"]).describe("`rejected`: see reason and rejects.jsonl"),
  reason: z.string().nullable().describe("Why it was rejected (`rule: reason`), or a note such as a duplicate id"),
  events: z.number().int().nonnegative().describe("Events written for it"),
  counts: z.number().int().nonnegative().describe("Counts written for it"),
  chars: z.number().int().nonnegative().describe("Characters of normalised text"),
  skipped_chars: z.number().int().nonnegative().describe("Characters skipped as boilerplate"),
});
export type DocumentRow = z.infer<typeof DocumentRow>;
