import { z } from "zod";

/**
 * A calendar day `YYYY-MM-DD`. Marked `format: "date"` (also in the JSON
 * Schema) so that typed outputs know it is a date: Parquet writes it as DATE.
 */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).meta({ format: "date" });
