import { z } from "zod";
import { BoilerplateSection } from "./schema/boilerplate.js";
import { CountsSection } from "./schema/counts.js";
import { DatesSection } from "./schema/dates.js";
import { EventsSection } from "./schema/events.js";
import { GeoSection } from "./schema/geo.js";
import { MetaSection } from "./schema/meta.js";
import { NumbersSection } from "./schema/numbers.js";

/** The data of one language: one JSON file per section in `src/lang/<code>/`. */
export const PackData = z.object({
  meta: MetaSection,
  boilerplate: BoilerplateSection,
  numbers: NumbersSection,
  counts: CountsSection,
  dates: DatesSection,
  events: EventsSection,
  geo: GeoSection,
});
export type PackData = z.infer<typeof PackData>;

/**
 * A validated language pack. Modules compile the data they need once, through
 * `memo` (e.g. `pack.memo("counts", compileCounts)`); the compiled form lives
 * as long as the pack, one per process or worker.
 */
export class LanguagePack {
  readonly code: string;
  private readonly compiled = new Map<string, unknown>();

  constructor(readonly data: PackData) {
    this.code = data.meta.code;
  }

  memo<T>(key: string, build: (pack: LanguagePack) => T): T {
    if (!this.compiled.has(key)) this.compiled.set(key, build(this));
    return this.compiled.get(key) as T;
  }
}

/** Validates raw pack data; throws with the section and path on error (a programmer error in a pack). */
export function makePack(raw: unknown, name: string): LanguagePack {
  const parsed = PackData.safeParse(raw);
  if (!parsed.success) {
    const where = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`language pack ${name} is invalid: ${where}`);
  }
  return new LanguagePack(parsed.data);
}
