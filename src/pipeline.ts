import type { InputDocument } from "../schemas/index.js";
import { loadPacks } from "./lang/registry.js";
import { boilerplate } from "./stages/boilerplate.js";
import { counts } from "./stages/counts.js";
import { events } from "./stages/events.js";
import { language } from "./stages/language.js";
import { normalise } from "./stages/normalise.js";
import { sentences } from "./stages/sentences.js";
import { validate } from "./stages/validate.js";
import type { Ctx, Doc, Options, Stage } from "./types.js";

/** The stages, in order. Each is `(doc, ctx) => doc`; none does I/O or reads the clock. */
export const STAGES: readonly (readonly [string, Stage])[] = [
  ["normalise", normalise],
  ["boilerplate", boilerplate],
  ["language", language],
  ["sentences", sentences],
  ["counts", counts],
  ["events", events],
  ["validate", validate],
];

export function createContext(options: Partial<Options> = {}): Ctx {
  return { packs: loadPacks(), options: { lang: options.lang ?? "auto", published: options.published ?? null } };
}

export function createDoc(input: InputDocument): Doc {
  return {
    input,
    id: input.id,
    text: input.text,
    folded: null,
    words: undefined,
    skipped: [],
    lang: null,
    sentences: [],
    counts: [],
    events: [],
    messages: [],
    invalid: [],
    rejected: null,
  };
}

/** Runs every stage over one document. A rejected document passes through the remaining stages untouched. */
export function processDocument(input: InputDocument, ctx: Ctx): Doc {
  let doc = createDoc(input);
  for (const [, stage] of STAGES) {
    if (doc.rejected) break;
    doc = stage(doc, ctx);
  }
  return doc;
}
