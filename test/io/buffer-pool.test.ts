import fc from "fast-check";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PassThrough, Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { BufferPool, textBuffers } from "../../src/io/buffer-pool.js";
import { inlineExecutor, workerExecutor } from "../../src/io/executor.js";
import { OutputFile } from "../../src/io/output-file.js";
import { run } from "../../src/io/run.js";
import type { ReadItem } from "../../src/io/read-item.js";
import { Utf8Writer } from "../../src/io/utf8.js";
import { bytes, tempTree } from "./helpers.js";

describe("BufferPool", () => {
  it("hands back the largest free buffer of an output that is big enough, else a new one", () => {
    const pool = new BufferPool();
    const small = new ArrayBuffer(100);
    const large = new ArrayBuffer(1000);
    pool.give("events.csv", large);
    pool.give("events.csv", small);
    expect(pool.take("counts.csv", 0, 64).buffer).not.toBe(large);
    expect(pool.take("events.csv", 500, 64).buffer).toBe(large);
    // The only free one is too small: a new buffer of the size asked for.
    const fresh = pool.take("events.csv", 200, 4096);
    expect(fresh.buffer).not.toBe(small);
    expect(fresh.byteLength).toBe(4096);
    expect(pool.size("events.csv")).toBe(1);
    expect(pool.take("events.csv", 0, 64).buffer).toBe(small);
  });

  it("keeps a bounded number of buffers per output, the largest", () => {
    const pool = new BufferPool(3);
    for (const n of [10, 50, 20, 40, 30]) pool.give("x", new ArrayBuffer(n));
    pool.give("y", new ArrayBuffer(0));
    expect(pool.size("x")).toBe(3);
    expect(pool.size("y")).toBe(0);
    expect([0, 0, 0].map(() => pool.take("x", 0, 1).byteLength)).toEqual([50, 40, 30]);
  });
});

describe("Utf8Writer with a pool", () => {
  const piece = fc.oneof(
    fc.string({ unit: "grapheme", maxLength: 40 }),
    fc.constantFrom("", "\ud800", "😀", "\u00ff\u0100\n"),
    fc.integer({ min: 1, max: 5_000 }).map((n) => "é".repeat(n)),
  );

  it("writes each batch's bytes over what the reused buffers held, and gives back what it outgrows", () => {
    fc.assert(
      fc.property(fc.array(fc.array(piece, { maxLength: 12 }), { minLength: 1, maxLength: 6 }), fc.integer({ min: 1, max: 64 }), (batches, capacity) => {
        const pool = new BufferPool();
        // Free buffers full of bytes that no output may show.
        for (const n of [3, 40, 700]) pool.give("out", new Uint8Array(n).fill(0x21).buffer);
        for (const pieces of batches) {
          const w = new Utf8Writer(capacity, pool, "out");
          for (const p of pieces) w.write(p);
          const bytes = w.bytes();
          const expected = Buffer.concat(pieces.map((p) => new TextEncoder().encode(p)));
          expect(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).equals(expected)).toBe(true);
          // Written out: its buffer goes back, as the executors do.
          const { buffers } = textBuffers({ out: bytes });
          for (const b of buffers) pool.give("out", b);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("starts in the largest free buffer, and keeps none above the pool's largest size", () => {
    const pool = new BufferPool(8, 1000);
    const junk = new Uint8Array(700).fill(0x21).buffer;
    pool.give("out", new ArrayBuffer(40));
    pool.give("out", junk);
    pool.give("out", new ArrayBuffer(2000));
    expect(pool.size("out")).toBe(2);
    const w = Utf8Writer.pooled(pool, "out");
    w.write("abc\n");
    const bytes = w.bytes();
    expect(bytes.buffer).toBe(junk);
    expect(Buffer.from(bytes).toString("utf8")).toBe("abc\n");
  });

  it("gives its buffer back at once when nothing was written", () => {
    const pool = new BufferPool();
    const ab = new ArrayBuffer(64);
    pool.give("out", ab);
    const w = new Utf8Writer(16, pool, "out");
    expect(w.bytes().byteLength).toBe(0);
    expect(pool.take("out", 0, 16).buffer).toBe(ab);
  });
});

describe("OutputFile", () => {
  it("calls back once the bytes are in the file, and at once for no bytes", async () => {
    const dir = tempTree();
    const file = new OutputFile(dir, "events.jsonl");
    const seen: string[] = [];
    await file.write("header\n");
    let empty = false;
    await file.write(new Uint8Array(0), () => (empty = true));
    expect(empty).toBe(true);
    const done = new Promise<void>((resolve) =>
      file.write(Buffer.from("row 1\nrow 2\n"), () => {
        seen.push(readFileSync(file.tmp, "utf8"));
        resolve();
      }),
    );
    await done;
    expect(seen).toEqual(["header\nrow 1\nrow 2\n"]);
    await file.close();
    await file.commit();
    expect(readFileSync(join(dir, "events.jsonl"), "utf8")).toBe("header\nrow 1\nrow 2\n");
  });
});

/** Documents written for these tests, one sentence with two counts each. */
const items = (from: number, n: number): ReadItem[] =>
  Array.from({ length: n }, (_, i) => ({
    kind: "doc",
    doc: { id: `b-${from + i}`, origin: `t#L${from + i}`, lang: "en", title: null, published: "2024-05-01", url: null, source: null, text: `${from + i} people were killed in an attack on a market in Gao on Monday.` },
  }));
const spec = { options: {}, boilerplate: undefined, batch: { render: { stream: false, formats: ["jsonl", "csv"] as ("jsonl" | "csv")[] }, published: null, keepRows: false } };

describe("executors recycle their results' buffers", () => {
  it("the main thread writes the next batch into the buffers of the last, once recycled", async () => {
    const ex = inlineExecutor(spec);
    const first = await ex.run(items(0, 8));
    const used = new Set(Object.values(first.text).filter((b) => b.byteLength > 0).map((b) => b.buffer));
    expect(used.size).toBeGreaterThan(0);
    const firstText = Object.fromEntries(Object.entries(first.text).map(([k, v]) => [k, Buffer.from(v).toString("utf8")]));
    ex.recycle(first);
    // A second recycle of the same result is ignored (its buffers are in use again).
    ex.recycle(first);
    const second = await ex.run(items(0, 8));
    const reused = Object.values(second.text).filter((b) => used.has(b.buffer));
    expect(reused.length).toBe(used.size);
    // Same documents, same bytes, written over the old ones.
    expect(Object.fromEntries(Object.entries(second.text).map(([k, v]) => [k, Buffer.from(v).toString("utf8")]))).toEqual(firstText);
    await ex.close();
  });
});

describe("a worker reuses the buffers sent back to it", () => {
  it("writes a small batch into the large buffer a large batch grew", async () => {
    const ex = workerExecutor(spec, 1);
    try {
      const large = await ex.run(items(0, 64));
      const grown = large.text["counts.jsonl"].buffer.byteLength;
      // A small batch alone starts in a new buffer of 16 KB.
      expect(grown).toBeGreaterThan(16 * 1024);
      ex.recycle(large);
      expect(large.text["counts.jsonl"].byteLength).toBe(0);
      const small = await ex.run(items(100, 1));
      expect(small.text["counts.jsonl"].byteLength).toBeGreaterThan(0);
      expect(small.text["counts.jsonl"].buffer.byteLength).toBe(grown);
    } finally {
      await ex.close();
    }
  });
});

describe("a stream that writes late", () => {
  /** Stdout that reads each chunk only when it calls back, some milliseconds later (a slow pipe). */
  const lateStream = () => {
    const seen: Buffer[] = [];
    const stream = new Writable({
      highWaterMark: 1024,
      write(chunk: Buffer, _enc, done) {
        setTimeout(() => {
          seen.push(Buffer.from(chunk));
          done();
        }, 2);
      },
    });
    return { stream, text: () => Buffer.concat(seen).toString("utf8") };
  };
  const places = ["Mopti", "Gao", "Kidal", "Tombouctou", "Sévaré"];
  // 400 records written for this test: 7 batches, so that buffers are reused several times.
  const LINES = Array.from({ length: 400 }, (_, i) =>
    JSON.stringify({ id: `late-${i}`, lang: "fr", published: "2024-03-04", text: `${2 + (i % 40)} soldats ont été tués lundi près de ${places[i % places.length]}. ${i % 7} autres ont été blessés.` }),
  ).join("\n");

  it("gets every batch's bytes as written, on the main thread and from workers", async () => {
    const outs: string[] = [];
    for (const concurrency of [1, 2]) {
      const late = lateStream();
      const r = await run({ inputs: ["-"], out: null, formats: ["jsonl"], lang: "auto", published: null, concurrency, maxDocBytes: 1_000_000, stdin: bytes(LINES), stdout: late.stream });
      expect(r.documents.total).toBe(400);
      await new Promise((resolve) => late.stream.end(resolve));
      outs.push(late.text());
    }
    const lines = outs[0].trim().split("\n").map((l) => JSON.parse(l));
    expect(lines.filter((l) => l.kind === "document")).toHaveLength(400);
    expect(lines.filter((l) => l.kind === "count").length).toBeGreaterThan(400);
    expect(outs[1]).toBe(outs[0]);
  });

  it("gets every byte when it keeps the chunks and is read only after the run", async () => {
    const outs: string[] = [];
    for (const concurrency of [1, 2]) {
      const kept = new PassThrough({ highWaterMark: 1 << 30 });
      await run({ inputs: ["-"], out: null, formats: ["jsonl"], lang: "auto", published: null, concurrency, maxDocBytes: 1_000_000, stdin: bytes(LINES), stdout: kept });
      kept.end();
      const chunks: Buffer[] = [];
      for await (const c of kept) chunks.push(c as Buffer);
      outs.push(Buffer.concat(chunks).toString("utf8"));
    }
    expect(outs[0].trim().split("\n").filter((l) => JSON.parse(l).kind === "document")).toHaveLength(400);
    expect(outs[1]).toBe(outs[0]);
  });
});

