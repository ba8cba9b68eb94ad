import { fold } from "../text/fold.js";
import { normaliseText } from "../text/normalise-text.js";
import type { Stage } from "../types.js";

/** Sets `doc.text`, the coordinate system of every later offset, from `doc.input.text` (see normaliseText), and its folded form. */
export const normalise: Stage = (doc) => {
  const text = normaliseText(doc.input.text);
  return { ...doc, text, folded: fold(text) };
};
