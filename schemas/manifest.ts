import { z } from "zod";

export const Manifest = z.object({
  tool: z.literal("sitrep"),
  version: z.string(),
  inputs: z.array(z.object({ path: z.string(), bytes: z.number().int().nonnegative(), sha256: z.string().regex(/^[0-9a-f]{64}$/) })),
  options: z.record(z.string(), z.unknown()),
  outputs: z.array(z.string()),
  documents: z.object({ total: z.number().int(), ok: z.number().int(), rejected: z.number().int() }),
  /** Records produced and dropped by each stage, e.g. {"extract": {"events": 12}}. */
  stages: z.record(z.string(), z.record(z.string(), z.number())),
  /** Wall time in milliseconds; null when the run asked for reproducible output (--deterministic). */
  duration_ms: z.number().nonnegative().nullable(),
});
export type Manifest = z.infer<typeof Manifest>;
