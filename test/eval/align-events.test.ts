import { describe, expect, it } from "vitest";
import { alignEvents, pairScore } from "../../src/eval/align-events.js";
import { EN_STOP, goldEvent, predEvent } from "./fixtures.js";

const pairs = (a: ReturnType<typeof alignEvents>) => a.map((x) => [x.gold, x.predicted]);

describe("pairScore", () => {
  it("counts sub_event_type, date, location and matched actors/targets/weapons", () => {
    const g = goldEvent({ date: "2030-05-03", location: ["Port Elvane"], actors: [["Red Hand"]], weapons: [["mortar"], ["rifle"]] });
    const p = predEvent({ date: "2030-05-03", location: "the port of Elvane", actors: ["the Red Hand group"], weapons: ["mortars", "rifle"] });
    expect(pairScore(p, g, EN_STOP)).toEqual({ sub_event_type: true, date: true, location: true, roles: 2, total: 5 });
  });

  it("does not count two unknown dates as a matching date", () => {
    expect(pairScore(predEvent(), goldEvent(), EN_STOP).date).toBe(false);
  });
});

describe("alignEvents", () => {
  it("aligns greedily, best pair first, one to one", () => {
    const gold = [goldEvent({ date: "2030-05-01", location: ["Elvane"] }), goldEvent({ date: "2030-05-02", location: ["Morsk"] })];
    const pred = [
      predEvent({ id: "p0", date: "2030-05-02", location: "Morsk" }), // best for gold 1 (3 fields)
      predEvent({ id: "p1", date: "2030-05-01", location: "Elvane" }), // best for gold 0 (3 fields)
      predEvent({ id: "p2", date: "2030-05-01" }), // 2 fields with gold 0, which p1 already took
    ];
    expect(pairs(alignEvents(gold, pred, EN_STOP))).toEqual([[0, 1], [1, 0]]);
  });

  it("never aligns a pair with no matching field", () => {
    const gold = [goldEvent({ sub_event_type: "Air/drone strike", date: "2030-05-01" })];
    const pred = [predEvent({ sub: "Grenade", date: "2030-04-30" })];
    expect(alignEvents(gold, pred, EN_STOP)).toEqual([]);
  });

  it("breaks ties on the total by field order: sub_event_type before date", () => {
    const gold = [goldEvent({ sub_event_type: "Air/drone strike", date: "2030-05-01" })];
    const pred = [
      predEvent({ id: "by-date", sub: "Grenade", date: "2030-05-01" }),
      predEvent({ id: "by-type", type: "Explosions/Remote violence", sub: "Air/drone strike", date: "2030-04-01" }),
    ];
    expect(pairs(alignEvents(gold, pred, EN_STOP))).toEqual([[0, 1]]);
  });

  it("breaks full ties by gold order, then prediction order", () => {
    const gold = [goldEvent(), goldEvent()];
    const pred = [predEvent({ id: "a" }), predEvent({ id: "b" }), predEvent({ id: "c" })];
    expect(pairs(alignEvents(gold, pred, EN_STOP))).toEqual([[0, 0], [1, 1]]);
  });
});
