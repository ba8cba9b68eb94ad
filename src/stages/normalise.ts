import { normaliseText } from "../text/normalise-text.js";
import type { Stage } from "../types.js";

/** Sets `doc.text`, the coordinate system of every later offset, from `doc.input.text` (see normaliseText). */
export const normalise: Stage = (doc) => ({ ...doc, text: normaliseText(doc.input.text) });
