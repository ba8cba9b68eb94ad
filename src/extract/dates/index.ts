export { findDates, type DateMention } from "./find-dates.js";
export type { Precision } from "./resolve-date.js";
