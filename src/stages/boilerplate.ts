import type { Stage } from "../types.js";

/** Placeholder: returns the document unchanged. */
export const boilerplate: Stage = (doc) => doc;
