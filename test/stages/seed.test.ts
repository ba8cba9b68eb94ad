import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { run, sentencesOf, skippedOf } from "./run-stages.js";

// The shared seed article lives beside the repository; the test is skipped where it is absent.
const SEED = fileURLToPath(new URL("../../../shared/seed/rt-ain-assad.txt", import.meta.url));

describe.skipIf(!existsSync(SEED))("seed article through normalise → boilerplate → language → sentences", () => {
  const doc = run(existsSync(SEED) ? readFileSync(SEED, "utf8") : "");

  it("is French and not rejected", () => {
    expect(doc.rejected).toBeNull();
    expect(doc.lang).toBe("fr");
  });

  it("skips the byline, photo credit, caption, follow-us lines, slogan and the whole cookie banner", () => {
    const skipped = skippedOf(doc);
    expect(skipped.map(([rule]) => rule)).toEqual(["byline", "photo-credit", "caption", "follow-us", "tail", "follow-us", "cookie-banner"]);
    expect(skipped[0][1]).toBe("- Avec AFP");
    expect(skipped[1][1]).toMatch(/© .* Source: Reuters$/u);
    expect(skipped[2][1]).toMatch(/\(image d'illustration\)\.$/u);
    expect(skipped[3][1]).toMatch(/^Suivez .*Telegram$/u);
    expect(skipped[5][1]).toBe(skipped[3][1]);
    // The banner runs to the end of the text.
    expect(doc.skipped[doc.skipped.length - 1].end).toBe(doc.text.trimEnd().length);
    expect(skipped[6][1]).toMatch(/^En cliquant sur/u);
  });

  it("keeps the headline and every sentence of the article", () => {
    const s = sentencesOf(doc);
    expect(doc.sentences[0].zone).toBe("headline");
    expect(doc.sentences.slice(1).every((x) => x.zone === "body")).toBe(true);
    expect(s).toHaveLength(11);
    expect(s[1]).toMatch(/^La base d'Aïn al-Assad/u);
    expect(s[5]).toMatch(/^«Une roquette a visé/u);
    expect(s[6]).toBe("Des attaques récurrentes");
    expect(s.some((x) => x.includes("2 500 soldats"))).toBe(true);
    expect(s.some((x) => x.includes("3 millions de dollars"))).toBe(true);
    expect(s.some((x) => /cookies|Suivez|illustration|Reuters/u.test(x))).toBe(false);
  });
});
