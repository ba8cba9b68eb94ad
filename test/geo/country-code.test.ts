import { describe, expect, it } from "vitest";
import { countryCode } from "../../src/geo/index.js";

describe("countryCode", () => {
  it.each([
    ["Irak", "fr", "IQ"], ["l'Irak", "fr", "IQ"], ["d'Irak", "fr", "IQ"], ["Etats-Unis", "fr", "US"], ["États-Unis", "fr", "US"], ["RDC", "fr", "CD"],
    ["Burkina", "fr", "BF"], ["Birmanie", "fr", "MM"], ["irakiennes", "fr", "IQ"], ["malien", "fr", "ML"], ["burkinabè", "fr", "BF"], ["afghan", "fr", "AF"],
    ["saoudien", "fr", "SA"], ["yéménite", "fr", "YE"], ["pakistanais", "fr", "PK"], ["ukrainien", "fr", "UA"], ["la Syrie", "fr", "SY"],
    ["Syria", "en", "SY"], ["Iraqi", "en", "IQ"], ["Somali", "en", "SO"], ["United States", "en", "US"], ["Burma", "en", "MM"],
    ["EE.UU.", "es", "US"], ["Reino Unido", "es", "GB"], ["iraquí", "es", "IQ"], ["Afganistán", "es", "AF"],
  ])("%s (%s) → %s", (name, lang, code) => {
    expect(countryCode(name, lang)).toBe(code);
  });

  it("returns null for unknown words and languages", () => {
    expect(countryCode("Gotham", "en")).toBeNull();
    expect(countryCode("Irak", "xx")).toBeNull();
  });
});
