import type { Evidence } from "../../../schemas/index.js";
import type { Span } from "../../types.js";

/** The evidence of a field: its span, sentence, rule and whether the text states it or it was inferred. */
export const ev = (s: Span, sentence: number, rule: string, basis: Evidence["basis"] = "stated"): Evidence => ({ start: s.start, end: s.end, sentence, rule, basis });
