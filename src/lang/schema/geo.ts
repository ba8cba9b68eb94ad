import { z } from "zod";

/** The `geo.json` section of a language pack. (Placeholder shape: the owning module tightens it.) */
export const GeoSection = z.looseObject({});
export type GeoSection = z.infer<typeof GeoSection>;
