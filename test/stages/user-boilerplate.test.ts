import { describe, expect, it } from "vitest";
import { withUserBoilerplate, withUserBoilerplateFile } from "../../src/lang/user-boilerplate.js";
import { BoilerplateSection } from "../../src/lang/schema/boilerplate.js";
import { MetaSection } from "../../src/lang/schema/meta.js";
import en from "../../src/lang/en/index.js";
import es from "../../src/lang/es/index.js";
import fr from "../../src/lang/fr/index.js";
import { boilerplate } from "../../src/stages/boilerplate.js";
import { normalise } from "../../src/stages/normalise.js";
import { makeCtx, run, skippedOf, textPacks } from "./run-stages.js";

const text = "Deux soldats ont été tués dans le nord.\nRetrouvez Le Petit Journal chaque matin\nUn autre est blessé.";
const user = {
  lines: [{ id: "user.promo.1", rule: "promo", match: "start", phrase: "retrouvez le petit journal" }],
};

describe("user boilerplate", () => {
  it("adds the user's phrases to every pack without touching the originals", () => {
    const packs = withUserBoilerplateFile(textPacks(), user);
    const ctx = makeCtx("auto", packs);
    expect(skippedOf(run(text, { ctx, stages: [normalise, boilerplate] }))).toEqual([["promo", "Retrouvez Le Petit Journal chaque matin"]]);
    expect(skippedOf(run(text, { stages: [normalise, boilerplate] }))).toEqual([]);
  });

  it("adds agencies used by credit rules", () => {
    const packs = withUserBoilerplateFile(textPacks(), { agencies: ["Agence Zed"] });
    const doc = run("Un blindé en patrouille (Agence Zed)\nDeux soldats ont été tués.", { ctx: makeCtx("auto", packs), stages: [normalise, boilerplate] });
    expect(skippedOf(doc)).toEqual([["photo-credit", "Un blindé en patrouille (Agence Zed)"]]);
  });

  it.each([
    ["unknown key", { phrases: ["x"] }],
    ["bad match mode", { lines: [{ id: "user.a", rule: "promo", match: "middle", phrase: "x" }] }],
    ["bad id", { lines: [{ id: "User A", rule: "promo", match: "any", phrase: "x" }] }],
    ["broken pattern", { patterns: [{ id: "user.p", rule: "promo", pattern: "(unclosed" }] }],
  ])("rejects a file with %s", (_, raw) => {
    expect(() => withUserBoilerplateFile(textPacks(), raw)).toThrow(/user boilerplate is invalid/);
  });

  it("rejects an id that collides with a pack entry", () => {
    const pack = textPacks().get("fr")!;
    const id = pack.data.boilerplate.lines[0].id;
    const clash = { agencies: [], networks: [], follow: [], consent: [], patterns: [], lines: [{ id, rule: "x", match: "any" as const, phrase: "y" }] };
    expect(() => withUserBoilerplate(pack, clash)).toThrow(/duplicate entry id/);
  });
});

describe("pack sections validate", () => {
  it.each([
    ["fr", fr],
    ["en", en],
    ["es", es],
  ])("%s meta and boilerplate", (_, raw) => {
    expect(MetaSection.safeParse(raw.meta).success).toBe(true);
    expect(BoilerplateSection.safeParse(raw.boilerplate).success).toBe(true);
  });

  it("rejects abbreviations written with their period and duplicate stop words", () => {
    const meta = MetaSection.parse(fr.meta);
    expect(MetaSection.safeParse({ ...meta, abbreviations: ["M."] }).success).toBe(false);
    expect(MetaSection.safeParse({ ...meta, stopwords: [...meta.stopwords, meta.stopwords[0]] }).success).toBe(false);
  });
});
