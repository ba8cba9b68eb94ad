import { z } from "zod";

/** The `boilerplate.json` section of a language pack. (Placeholder shape: the owning module tightens it.) */
export const BoilerplateSection = z.looseObject({});
export type BoilerplateSection = z.infer<typeof BoilerplateSection>;
