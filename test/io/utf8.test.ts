import { describe, expect, it } from "vitest";
import { utf8 } from "../../src/io/utf8.js";

describe("utf8", () => {
  it("writes the bytes TextEncoder writes for the joined pieces, in a buffer of their exact length", () => {
    const pieces = ["", "abc\n", "é ü\r\n", "—’ 😀\n", "", "\ud800 lone\n", "x".repeat(5000), "\u00ff\u0100\n"];
    const bytes = utf8(pieces);
    expect(Buffer.from(bytes).equals(Buffer.from(new TextEncoder().encode(pieces.join(""))))).toBe(true);
    expect(bytes.buffer.byteLength).toBe(bytes.byteLength);
    expect(bytes.byteOffset).toBe(0);
  });

  it("gives an empty buffer for no text", () => {
    expect(utf8([]).byteLength).toBe(0);
    expect(utf8(["", ""]).byteLength).toBe(0);
  });
});
