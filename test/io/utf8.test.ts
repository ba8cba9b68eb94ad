import fc from "fast-check";
import { MessageChannel } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { utf8, Utf8Writer } from "../../src/io/utf8.js";

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

describe("Utf8Writer", () => {
  const piece = fc.oneof(
    fc.string({ unit: "grapheme", maxLength: 40 }),
    fc.string({ unit: "binary", maxLength: 40 }),
    fc.constantFrom("", "\ud800", "\udc00x", "😀", "\u00ff\u0100"),
    fc.integer({ min: 1, max: 40_000 }).map((n) => "é".repeat(n)),
  );

  it("writes what TextEncoder writes for each piece, through every growth of its buffer", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.integer({ min: 1, max: 64 }), (pieces, capacity) => {
        const w = new Utf8Writer(capacity);
        for (const p of pieces) w.write(p);
        const bytes = w.bytes();
        // Each piece is encoded on its own (a surrogate pair split between two pieces is two U+FFFD, as in utf8()).
        const expected = Buffer.concat(pieces.map((p) => new TextEncoder().encode(p)));
        expect(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).equals(expected)).toBe(true);
        // The buffer a worker transfers is at most twice its bytes (an empty result owns no buffer).
        expect(bytes.buffer.byteLength).toBeLessThanOrEqual(Math.max(2 * bytes.byteLength, 0));
      }),
      { numRuns: 300 },
    );
  });

  it("keeps its bytes across a transfer to another thread", async () => {
    const w = new Utf8Writer(8);
    for (const p of ["abc\n", "é ü\n", "😀\n", "x".repeat(3000)]) w.write(p);
    const bytes = w.bytes();
    const expected = Buffer.from(bytes).toString("utf8");
    const { port1, port2 } = new MessageChannel();
    const got = new Promise<Uint8Array>((resolve) => port2.once("message", resolve));
    port1.postMessage(bytes, [bytes.buffer as ArrayBuffer]);
    const received = await got;
    port1.close();
    port2.close();
    expect(Buffer.from(received.buffer, received.byteOffset, received.byteLength).toString("utf8")).toBe(expected);
  });

  it("refuses a write after its bytes were taken (they may already be in another thread)", () => {
    const w = new Utf8Writer();
    w.write("a");
    w.bytes();
    expect(() => w.write("b")).toThrow(/after bytes/);
  });
});
