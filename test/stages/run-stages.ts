import en from "../../src/lang/en/index.js";
import es from "../../src/lang/es/index.js";
import fr from "../../src/lang/fr/index.js";
import { LanguagePack, type PackData } from "../../src/lang/pack.js";
import type { PackRegistry } from "../../src/lang/registry.js";
import { BoilerplateSection } from "../../src/lang/schema/boilerplate.js";
import { MetaSection } from "../../src/lang/schema/meta.js";
import { boilerplate } from "../../src/stages/boilerplate.js";
import { language } from "../../src/stages/language.js";
import { normalise } from "../../src/stages/normalise.js";
import { sentences } from "../../src/stages/sentences.js";
import type { Ctx, Doc, Stage } from "../../src/types.js";
import { createDoc } from "../../src/pipeline.js";

/** Test helper: the four text stages, without the rest of the pipeline. */
export const TEXT_STAGES: readonly Stage[] = [normalise, boilerplate, language, sentences];

/**
 * The packs with the sections these stages read validated by their schemas; the
 * other sections (owned by other modules) are passed through unchecked, so these
 * tests do not depend on them.
 */
export function textPacks(): PackRegistry {
  const out = new Map<string, LanguagePack>();
  for (const raw of [fr, en, es]) {
    const data = { ...raw, meta: MetaSection.parse(raw.meta), boilerplate: BoilerplateSection.parse(raw.boilerplate) };
    out.set(data.meta.code, new LanguagePack(data as unknown as PackData));
  }
  return out;
}

const packs = textPacks();

export function makeCtx(lang = "auto", p = packs): Ctx {
  return { packs: p, options: { lang, published: null } };
}

export function makeDoc(text: string, lang: string | null = null): Doc {
  return createDoc({ id: "t", text, lang, published: null, url: null, title: null, source: null, origin: "test" });
}

/** Runs `stages` (default: all four) over `text`, stopping at a rejection like the pipeline does. */
export function run(text: string, opts: { lang?: string | null; force?: string; stages?: readonly Stage[]; ctx?: Ctx } = {}): Doc {
  const ctx = opts.ctx ?? makeCtx(opts.force);
  let doc = makeDoc(text, opts.lang ?? null);
  for (const stage of opts.stages ?? TEXT_STAGES) {
    if (doc.rejected) break;
    doc = stage(doc, ctx);
  }
  return doc;
}

/** The skipped spans as `[rule, text]` pairs. */
export const skippedOf = (doc: Doc) => doc.skipped.map((s) => [s.rule.replace("boilerplate:", ""), doc.text.slice(s.start, s.end)]);

/** The sentences as text. */
export const sentencesOf = (doc: Doc) => doc.sentences.map((s) => doc.text.slice(s.start, s.end));
