import { describe, expect, it } from "vitest";
import { PatternEntry } from "../../src/lang/schema/boilerplate.js";

const entry = (pattern: string) => PatternEntry.safeParse({ id: "user.test.1", rule: "share", pattern });

describe("user boilerplate patterns", () => {
  it.each(["^(a+)+$", "(\\w*)*x", "^(x+|y)+$", "^(?:ab*)*c"])("rejects %s (nested unbounded quantifiers)", (p) => {
    const r = entry(p);
    expect(r.success).toBe(false);
    expect(JSON.stringify(r.error?.issues)).toContain("backtrack");
  });
  it.each(["^Photo: .{1,40}$", "^(?:Lire|Read) (?:aussi|more)", "^\\(AFP\\)$", "^Follow us on (?:Telegram|X)$"])("accepts %s", (p) => {
    expect(entry(p).success).toBe(true);
  });
});
