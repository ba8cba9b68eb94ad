/** The library API: the CLI is a thin layer over these. */
export { createContext, createDoc, processDocument, STAGES } from "./pipeline.js";
export type { Ctx, Doc, Options, Sentence, Skipped, Span, Stage } from "./types.js";
export * from "../schemas/index.js";
