/** The evaluation library behind `sitrep eval`: parse a gold file, run and score the pipeline, format the report. */
export { GoldCount, GoldDoc, GoldEvent, GoldFormatError, type GoldIssue, parseGold } from "./gold.js";
export { type DocReport, type EvalReport, type EvaluateOptions, evaluate, goldToInput } from "./evaluate.js";
export { formatTable } from "./format-table.js";
export { formatExplain } from "./format-explain.js";
export { type DocScore, type Predicted, scoreDocument } from "./score-document.js";
export type { Accuracy, Prf, Scores } from "./scores.js";
export type { DocDetails } from "./details.js";
export { ACCURACY_METRICS, PRF_METRICS } from "./tally.js";
