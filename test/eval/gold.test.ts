import { describe, expect, it } from "vitest";
import { GoldFormatError, parseGold } from "../../src/eval/gold.js";
import { goldDoc, goldEvent } from "./fixtures.js";

const line = (o: unknown) => JSON.stringify(o);

function issuesOf(text: string) {
  try {
    parseGold(text, "test.jsonl");
  } catch (err) {
    if (err instanceof GoldFormatError) return err.issues;
    throw err;
  }
  throw new Error("expected a GoldFormatError");
}

describe("parseGold", () => {
  it("parses documents and skips blank lines", () => {
    const a = goldDoc({ id: "a", events: [goldEvent({ location: ["Elvane"] })] });
    const b = goldDoc({ id: "b", lang: "es" });
    const docs = parseGold(`${line(a)}\n\n${line(b)}\r\n`);
    expect(docs.map((d) => [d.id, d.lang, d.events.length])).toEqual([["a", "fr", 1], ["b", "es", 0]]);
  });

  it("names every bad line: invalid JSON, schema errors with paths, repeated ids", () => {
    const ok = line(goldDoc({ id: "a" }));
    const badDate = line(goldDoc({ id: "b", events: [goldEvent({ date: "03/05/2030" })] }));
    const badCount = line(goldDoc({ id: "c", counts: [{ value: 3, category: "tanks" as "other", text: "3 chars" }] }));  // an invalid category on purpose
    const issues = issuesOf([ok, "{not json", badDate, ok, badCount].join("\n"));
    expect(issues.map((i) => i.line)).toEqual([2, 3, 4, 5]);
    expect(issues[0].message).toMatch(/^not JSON/);
    expect(issues[1].message).toMatch(/^events\.0\.date: expected YYYY-MM-DD/);
    expect(issues[2].message).toBe('id "a" already used on line 1');
    expect(issues[3].message).toMatch(/^counts\.0\.category/);
  });

  it("rejects misspelt event fields and a sub_event_type of another type", () => {
    const typo = { ...goldEvent(), fatalites: 2 };
    const wrongPair = goldEvent({ event_type: "Battles", sub_event_type: "Grenade" });
    const issues = issuesOf([line(goldDoc({ events: [typo] })), line(goldDoc({ id: "x", events: [wrongPair] }))].join("\n"));
    expect(issues.map((i) => [i.line, i.message.split(":")[0]])).toEqual([[1, "events.0"], [2, "events.0.sub_event_type"]]);
  });

  it("puts the file name and lines in the error message", () => {
    expect(() => parseGold("[]", "dev.jsonl")).toThrow(/dev\.jsonl: invalid gold file\n {2}line 1: /);
  });
});
