import type { Stage } from "../types.js";

/** Placeholder: returns the document unchanged. */
export const sentences: Stage = (doc) => doc;
