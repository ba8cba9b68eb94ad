import { z } from "zod";

/**
 * One rejected input or record. `stage` says where it failed (read, decode,
 * language, validate...), `rule` is a stable id such as `read:invalid-json`,
 * `issues` carries zod's issue paths when validation failed.
 */
export const Reject = z.object({
  doc_id: z.string().nullable(),
  origin: z.string(),
  stage: z.string().min(1),
  rule: z.string().min(1),
  reason: z.string().min(1),
  record: z.enum(["document", "event", "count"]),
  record_id: z.string().nullable(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })),
});
export type Reject = z.infer<typeof Reject>;
