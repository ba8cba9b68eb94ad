import { LanguagePack, type PackData } from "../../src/lang/pack.js";
import { DatesSection } from "../../src/lang/schema/dates.js";
import { GeoSection } from "../../src/lang/schema/geo.js";
import en from "../../src/lang/en/index.js";
import es from "../../src/lang/es/index.js";
import fr from "../../src/lang/fr/index.js";

const RAW = { fr, en, es } as const;

/**
 * A pack holding only the sections these tests exercise (meta, dates, geo),
 * validated with their schemas, so the tests do not depend on other sections.
 */
export function testPack(code: keyof typeof RAW): LanguagePack {
  const raw = RAW[code];
  return new LanguagePack({ meta: raw.meta, dates: DatesSection.parse(raw.dates), geo: GeoSection.parse(raw.geo) } as unknown as PackData);
}
