import { z } from "zod";

/** The `counts.json` section of a language pack. (Placeholder shape: the owning module tightens it.) */
export const CountsSection = z.looseObject({});
export type CountsSection = z.infer<typeof CountsSection>;
