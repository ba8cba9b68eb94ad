import { describe, expect, it } from "vitest";
import { normaliseText } from "../../src/text/normalise-text.js";

describe("normaliseText", () => {
  it.each([
    ["CRLF and CR become LF", "a\r\nb\rc", "a\nb\nc"],
    ["line and paragraph separators become LF", "a\u2028b\u2029c", "a\nb\nc"],
    ["no-break space in numbers", "2\u00a0500 soldats", "2 500 soldats"],
    ["narrow no-break and thin spaces", "2\u202f500 et 3\u2009000", "2 500 et 3 000"],
    ["figure, em and ideographic spaces", "a\u2007b\u2003c\u3000d\u205fe", "a b c d e"],
    ["typographic apostrophes", "l\u2019Irak, l\u2018armée, \u02bcok", "l'Irak, l'armée, 'ok"],
    ["zero-width, soft hyphen, BOM and bidi marks removed", "\ufeffbom\u200bbar\u00adde\u200etext\u2060", "bombardetext"],
    ["C0 and C1 controls removed, tab and LF kept", "a\u0000b\u0007c\td\ne\u0085f\u009fg", "abc\td\nefg"],
    ["NFC composition", "e\u0301te\u0301", "été"],
    ["a removed zero-width char does not block composition", "e\u200b\u0301", "é"],
    ["quotes are kept", "«Non» et “yes”", "«Non» et “yes”"],
  ])("%s", (_, raw, expected) => {
    expect(normaliseText(raw)).toBe(expected);
  });

  it("is idempotent", () => {
    const raw = "Une\u00a0attaque\r\n«l\u2019échec»\u200b";
    expect(normaliseText(normaliseText(raw))).toBe(normaliseText(raw));
  });
});
