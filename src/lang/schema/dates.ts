import { z } from "zod";

/** The `dates.json` section of a language pack. (Placeholder shape: the owning module tightens it.) */
export const DatesSection = z.looseObject({});
export type DatesSection = z.infer<typeof DatesSection>;
