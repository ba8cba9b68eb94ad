import { describe, expect, it } from "vitest";
import { normalise } from "../../src/stages/normalise.js";
import { fold, foldedText } from "../../src/text/fold.js";
import { makeCtx, makeDoc } from "./run-stages.js";

describe("normalise stage", () => {
  it("sets doc.text from doc.input.text and leaves the input alone", () => {
    const doc = makeDoc("Bilan\u00a0: 2\u202f500 morts\r\n");
    const out = normalise(doc, makeCtx());
    expect(out.text).toBe("Bilan : 2 500 morts\n");
    expect(out.input.text).toBe("Bilan\u00a0: 2\u202f500 morts\r\n");
    expect(out).not.toBe(doc);
  });

  it("folds the text it sets once, for the stages that match on it (same length, same offsets)", () => {
    const out = normalise(makeDoc("Attaque \u00e0 KABOUL\u00a0: l\u2019arm\u00e9e\r\n"), makeCtx());
    expect(out.folded).toBe(fold(out.text));
    expect(out.folded!.length).toBe(out.text.length);
    expect(foldedText(out)).toBe(out.folded);
    // A document that did not go through normalise is folded when asked.
    const raw = makeDoc("Attaque à KABOUL");
    expect(raw.folded).toBeNull();
    expect(foldedText(raw)).toBe(fold("Attaque à KABOUL"));
  });
});
