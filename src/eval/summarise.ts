import { type Scores, toScores } from "./scores.js";
import { type Tally, addTally, emptyTally } from "./tally.js";

export interface Summary {
  /** Languages of the gold documents, sorted. */
  languages: string[];
  all: Scores;
  by_lang: Record<string, Scores>;
}

/** Micro-averages document tallies over the whole file and per gold language: counts are summed, then divided. */
export function summarise(docs: readonly { lang: string; tally: Tally }[]): Summary {
  const all = emptyTally();
  const per = new Map<string, Tally>();
  for (const d of docs) {
    addTally(all, d.tally);
    if (!per.has(d.lang)) per.set(d.lang, emptyTally());
    addTally(per.get(d.lang)!, d.tally);
  }
  const languages = [...per.keys()].sort();
  const by_lang: Record<string, Scores> = {};
  for (const lang of languages) by_lang[lang] = toScores(per.get(lang)!);
  return { languages, all: toScores(all), by_lang };
}
