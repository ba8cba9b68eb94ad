import { describe, expect, it } from "vitest";
import { normalise } from "../../src/stages/normalise.js";
import { makeCtx, makeDoc } from "./run-stages.js";

describe("normalise stage", () => {
  it("sets doc.text from doc.input.text and leaves the input alone", () => {
    const doc = makeDoc("Bilan\u00a0: 2\u202f500 morts\r\n");
    const out = normalise(doc, makeCtx());
    expect(out.text).toBe("Bilan : 2 500 morts\n");
    expect(out.input.text).toBe("Bilan\u00a0: 2\u202f500 morts\r\n");
    expect(out).not.toBe(doc);
  });
});
