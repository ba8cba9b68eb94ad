import { z } from "zod";

/** The `numbers.json` section of a language pack. (Placeholder shape: the owning module tightens it.) */
export const NumbersSection = z.looseObject({});
export type NumbersSection = z.infer<typeof NumbersSection>;
