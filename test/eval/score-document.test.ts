import { describe, expect, it } from "vitest";
import { scoreDocument } from "../../src/eval/score-document.js";
import { EN_STOP, goldCount, goldDoc, goldEvent, predCount, predEvent } from "./fixtures.js";

const text = "Mortar rounds hit Port Elvane on Tuesday.";

describe("scoreDocument: events and roles", () => {
  const gold = goldDoc({
    lang: "en",
    events: [
      goldEvent({ date: "2030-05-03", location: ["Port Elvane", "Elvane"], actors: [["Red Hand", "Red Hand Brigades"]], targets: [["port"]], weapons: [["mortar rounds", "mortars"]] }),
      goldEvent({ sub_event_type: "Air/drone strike", date: "2030-05-01", targets: [["fuel depot"]] }),
    ],
  });
  const predicted = {
    text,
    counts: [],
    events: [
      predEvent({ id: "p1", date: "2030-05-03", location: "Elvane", actors: ["Red Hand", "Red Hand fighters"], weapons: ["Mortar rounds"], trigger: [0, 13] }),
      predEvent({ id: "p2", sub: "Armed clash", type: "Battles", date: "2030-04-20", actors: ["Blue Column"], trigger: [18, 29] }),
    ],
  };
  const { tally, details } = scoreDocument(gold, predicted, EN_STOP);

  it("aligns and scores event detection", () => {
    expect(tally.prf.events).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(details.alignment.map((a) => [a.gold_event, a.event_id])).toEqual([[0, "p1"]]);
  });

  it("matches each gold entity once; precision counts fillers of unaligned events", () => {
    // actors: "Red Hand" matches; "Red Hand fighters" would too but the entity is taken; "Blue Column" is on an unaligned event.
    expect(tally.prf.actors).toEqual({ tp: 1, fp: 2, fn: 0 });
    expect(tally.prf.weapons).toEqual({ tp: 1, fp: 0, fn: 0 });
    // targets: nothing predicted; both gold targets (of the aligned and the unaligned gold event) are missed.
    expect(tally.prf.targets).toEqual({ tp: 0, fp: 0, fn: 2 });
    // locations: the gold location list is one entity; the second gold event has none.
    expect(tally.prf.locations).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it("explains misses and false predictions with their rule and text", () => {
    expect(details.missed.events.map((e) => e.gold_event)).toEqual([1]);
    expect(details.false.events).toEqual([
      { event_id: "p2", event_type: "Battles", sub_event_type: "Armed clash", date: "2030-04-20", location: null, rule: "event:test-trigger", text: "Port Elvane" },
    ]);
    expect(details.false.fillers.map((f) => [f.event_id, f.role, f.text, f.rule])).toEqual([
      ["p1", "actors", "Red Hand fighters", "actor:test"],
      ["p2", "actors", "Blue Column", "actor:test"],
    ]);
    expect(details.missed.fillers.map((f) => [f.gold_event, f.role])).toEqual([[0, "targets"], [1, "targets"]]);
  });
});

describe("scoreDocument: accuracy on aligned pairs, null = no value", () => {
  const gold = goldDoc({
    events: [
      goldEvent({ date: "2030-05-01", country: null, fatalities: null, injured: 3 }),
      goldEvent({ date: "2030-05-02", country: "XK", fatalities: 2, injured: null }),
    ],
  });
  const pred = [
    predEvent({ id: "a", date: "2030-05-01", country: null, fatalities: 0, injured: 3 }),
    predEvent({ id: "b", date: "2030-05-02", country: "XK", fatalities: null, injured: null }),
  ];
  const { tally, details } = scoreDocument(gold, { text: "", events: pred, counts: [] }, EN_STOP);

  it("null vs null is correct, null vs a value is wrong either way", () => {
    expect(tally.accuracy.country).toEqual({ correct: 2, total: 2 }); // null/null and XK/XK
    expect(tally.accuracy.fatalities).toEqual({ correct: 0, total: 2 }); // gold null vs 0; gold 2 vs null
    expect(tally.accuracy.injured).toEqual({ correct: 2, total: 2 }); // 3/3 and null/null
    expect(tally.accuracy.event_type).toEqual({ correct: 2, total: 2 });
    expect(details.mismatches.map((m) => [m.event_id, m.field, m.gold, m.predicted])).toEqual([
      ["a", "fatalities", null, 0],
      ["b", "fatalities", 2, null],
    ]);
  });

  it("scores nothing when nothing is aligned", () => {
    const none = scoreDocument(gold, { text: "", events: [], counts: [] }, EN_STOP).tally;
    expect(none.accuracy.date).toEqual({ correct: 0, total: 0 });
    expect(none.prf.events).toEqual({ tp: 0, fp: 0, fn: 2 });
  });
});

describe("scoreDocument: counts", () => {
  const score = (gold: ReturnType<typeof goldCount>[], pred: ReturnType<typeof predCount>[]) =>
    scoreDocument(goldDoc({ counts: gold }), { text: "", events: [], counts: pred }, EN_STOP);

  it.each([
    [1000, 1005, true],
    [1000, 995, true],
    [1000, 1006, false],
    [2500, 2512, true],
    [4, 4, true],
    [4, 5, false],
    [0, 0, true],
  ])("gold %d vs predicted %d within 0.5%% -> %s", (g, p, ok) => {
    expect(score([goldCount(g, "troops")], [predCount(p, "troops")]).tally.prf.counts.tp).toBe(ok ? 1 : 0);
  });

  it("needs equal categories; the value-only row does not", () => {
    const { tally, details } = score([goldCount(43, "attacks")], [predCount(43, "other")]);
    expect(tally.prf.counts).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(tally.prf.counts_value_only).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(details.false.counts[0].gold_category).toBe("attacks");
  });

  it("matches each gold count once: a repeated figure needs two predictions", () => {
    const gold = [goldCount(12, "killed", "12 morts"), goldCount(12, "killed", "douze tués")];
    expect(score(gold, [predCount(12, "killed")]).tally.prf.counts).toEqual({ tp: 1, fp: 0, fn: 1 });
    expect(score(gold, [predCount(12, "killed", "a"), predCount(12, "killed", "b")]).tally.prf.counts).toEqual({ tp: 2, fp: 0, fn: 0 });
    expect(score(gold.slice(0, 1), [predCount(12, "killed", "a"), predCount(12, "killed", "b")]).tally.prf.counts).toEqual({ tp: 1, fp: 1, fn: 0 });
  });
});
