import { describe, expect, it } from "vitest";
import type { EvalReport } from "../../src/eval/evaluate.js";
import { formatExplain } from "../../src/eval/format-explain.js";
import { scoreDocument } from "../../src/eval/score-document.js";
import { toScores } from "../../src/eval/scores.js";
import { summarise } from "../../src/eval/summarise.js";
import { EN_STOP, goldCount, goldDoc, goldEvent, predCount, predEvent } from "./fixtures.js";

const gold = goldDoc({
  id: "en-synthetic",
  lang: "en",
  events: [
    goldEvent({ date: "2030-05-03", location: ["Port Elvane"], actors: [["Red Hand"]], fatalities: 2 }),
    goldEvent({ event_type: "Battles", sub_event_type: "Armed clash", date: "2030-05-01" }),
  ],
  counts: [goldCount(2, "killed", "two sailors were killed")],
});
const text = "Shells fell on Port Elvane; twelve barrels burned.";
const predicted = {
  text,
  events: [
    predEvent({ id: "p1", date: "2030-05-03", location: "Port Elvane", actors: ["harbour police"], fatalities: 3 }),
    predEvent({ id: "p2", sub: "Air/drone strike", date: "2030-04-01", trigger: [0, 6] }),
  ],
  counts: [predCount(12, "munitions")],
};

function report(explain: boolean): EvalReport {
  const { tally, details } = scoreDocument(gold, predicted, EN_STOP);
  const doc = { id: gold.id, lang: "en", predicted_lang: "en", rejected: null, scores: toScores(tally), ...(explain ? { details } : {}) };
  return { ...summarise([{ lang: "en", tally }]), documents: [doc] };
}

describe("formatExplain", () => {
  const out = formatExplain(report(true));

  it("lists the alignment, wrong fields, misses and false items with rule and text", () => {
    expect(out.split("\n")).toEqual([
      "# en-synthetic (en) events: gold 2, predicted 2, aligned 1; counts: gold 1, predicted 1, matched 0",
      "  aligned          gold[0] ~ p1 (sub_event_type, date, location)",
      "  wrong field      gold[0] ~ p1 fatalities: gold 2, predicted 3",
      '  missed event     gold[1] Battles / Armed clash, date 2030-05-01, location none',
      '  missed actor     gold[0] "Red Hand"',
      '  missed count     2 killed "two sailors were killed"',
      '  false event      p2 Explosions/Remote violence / Air/drone strike, date 2030-04-01, location none [event:test-trigger] "Shells"',
      '  false actor      p1 "harbour police" [actor:test]',
      '  false count      12 munitions "12" [count:test]',
      "",
    ]);
  });

  it("says when details were not collected", () => {
    expect(formatExplain(report(false))).toContain("(no details: evaluate with { explain: true })");
  });
});
