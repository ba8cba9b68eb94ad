import type { InputDocument } from "../../schemas/document.js";
import { processDocument } from "../pipeline.js";
import type { Ctx } from "../types.js";
import type { DocDetails } from "./details.js";
import type { GoldDoc } from "./gold.js";
import { stopwordsFor } from "./normalise.js";
import { type Scores, toScores } from "./scores.js";
import { scoreDocument } from "./score-document.js";
import { type Summary, summarise } from "./summarise.js";

export interface DocReport {
  id: string;
  lang: string;
  /** The language the pipeline settled on (it is given the gold language as the document's declared one). */
  predicted_lang: string | null;
  /** `rule: reason` when the pipeline rejected the document; its predictions are then empty. */
  rejected: string | null;
  scores: Scores;
  /** Missed and false items, present when `explain` was asked for. */
  details?: DocDetails;
}

/** The evaluation of a gold file: JSON-serialisable (the CLI writes it to OUT/eval.json), in gold-file order. */
export interface EvalReport extends Summary {
  documents: DocReport[];
}

export interface EvaluateOptions {
  explain?: boolean;
}

/** A gold document as a reader would hand it to the pipeline: metadata and text, no annotations. */
export function goldToInput(gold: GoldDoc): InputDocument {
  const { id, text, lang, published, url, title, source } = gold;
  return { id, text, lang, published, url, title, source, origin: `gold:${id}` };
}

/**
 * Runs the pipeline over every gold document and scores its predictions
 * (FORMAT.md "Scoring"), micro-averaged over the file and per gold language.
 * Deterministic: no clock, documents in file order. A stage that throws is a
 * programmer error and propagates.
 */
export function evaluate(gold: readonly GoldDoc[], ctx: Ctx, opts: EvaluateOptions = {}): EvalReport {
  const documents: DocReport[] = [];
  const tallies = [];
  for (const g of gold) {
    const doc = processDocument(goldToInput(g), ctx);
    const { tally, details } = scoreDocument(g, doc, stopwordsFor(ctx, g.lang));
    tallies.push({ lang: g.lang, tally });
    documents.push({
      id: g.id,
      lang: g.lang,
      predicted_lang: doc.lang,
      rejected: doc.rejected ? `${doc.rejected.rule}: ${doc.rejected.reason}` : null,
      scores: toScores(tally),
      ...(opts.explain ? { details } : {}),
    });
  }
  return { ...summarise(tallies), documents };
}
