import type { Stage } from "../types.js";

/** Placeholder: returns the document unchanged. */
export const counts: Stage = (doc) => doc;
