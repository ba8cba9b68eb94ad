import { recogniseCounts, resolveDocumentCounts, toCount } from "../extract/counts/index.js";
import { foldedText } from "../text/fold.js";
import { BudgetReport, budgetMessage } from "../text/hit-budget.js";
import { documentWords } from "../text/word-index.js";
import type { CountMention } from "../extract/counts/index.js";
import type { Count } from "../../schemas/count.js";
import type { Stage } from "../types.js";

/**
 * Emits one Count per number of the kept sentences that counts people,
 * events, munitions, money or things (see src/extract/counts). Reads only
 * `doc.sentences`; a document whose language has no pack gets a message and
 * no counts.
 */
export const counts: Stage = (doc, ctx) => {
  if (!doc.sentences.length) return doc;
  const pack = doc.lang ? ctx.packs.get(doc.lang) : undefined;
  if (!pack) {
    const reason = `no language pack for ${JSON.stringify(doc.lang)}: counts not extracted`;
    return { ...doc, messages: [...doc.messages, { stage: "counts", rule: "count:no-pack", reason, fatal: false }] };
  }
  const folded = foldedText(doc);
  const found: CountMention[] = [];
  const budget = new BudgetReport();
  const index = documentWords(doc, folded);
  for (const s of doc.sentences) for (const m of recogniseCounts(doc.text, s, pack, folded, budget, index)) found.push(m);
  const mentions = resolveDocumentCounts(found);
  const counts: Count[] = [];
  for (let i = 0; i < mentions.length; i++) counts.push(toCount(mentions[i], doc.id, i + 1));
  if (!budget.over) return { ...doc, counts, words: index };
  return { ...doc, counts, words: index, messages: [...doc.messages, budgetMessage("counts", "count:sentence-budget", budget, "numbers")] };
};
