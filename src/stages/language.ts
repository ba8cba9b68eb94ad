import type { Stage } from "../types.js";

/** Placeholder: returns the document unchanged. */
export const language: Stage = (doc) => doc;
