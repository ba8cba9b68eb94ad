import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Executor, ExecutorSpec } from "../../src/io/executor.js";
import { defaultConcurrency, run, type RunOptions } from "../../src/io/run.js";
import { bytes, tempTree } from "./helpers.js";

/** Every executor a run makes, in order: its size and the size of each batch it ran. */
const made: { size: number; batches: number[] }[] = [];
/** Each result handed back to its executor once written: its executor's size, and per text buffer whether it left this thread. */
const recycled: { size: number; moved: boolean[] }[] = [];

vi.mock("../../src/io/executor.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/io/executor.js")>();
  const createExecutor = (spec: ExecutorSpec, concurrency: number): Executor => {
    const ex = real.createExecutor(spec, concurrency);
    const seen = { size: ex.size, batches: [] as number[] };
    made.push(seen);
    return {
      size: ex.size,
      capacity: ex.capacity,
      run: (items) => (seen.batches.push(items.length), ex.run(items)),
      recycle: (r) => {
        const buffers = Object.values(r.text).filter((b) => b.byteLength > 0).map((b) => b.buffer);
        ex.recycle(r);
        recycled.push({ size: ex.size, moved: buffers.map((b) => b.byteLength === 0) });
      },
      close: () => ex.close(),
    };
  };
  return { ...real, createExecutor };
});

beforeEach(() => {
  made.length = 0;
  recycled.length = 0;
});

const OUTPUTS = ["events.jsonl", "events.csv", "counts.jsonl", "counts.csv", "documents.csv", "rejects.jsonl"];
const base = (inputs: string[], out: string, extra: Partial<RunOptions>): RunOptions => ({
  inputs, out, formats: ["jsonl", "csv"], lang: "auto", published: null, concurrency: 1, maxDocBytes: 1_000_000, deterministic: true, ...extra,
});
const read = (dir: string, name: string) => readFileSync(join(dir, name));
const sameOutputs = (a: string, b: string) => {
  for (const name of OUTPUTS) expect(read(a, name).equals(read(b, name)), name).toBe(true);
};

// 150 records written for these tests (two batches of 64 and a rest of 22), varied by their numbers and places; ~90 characters of text each.
const places = ["Mopti", "Gao", "Kidal", "Tombouctou", "Sévaré"];
const LINES = Array.from({ length: 150 }, (_, i) =>
  JSON.stringify({ id: `auto-${i}`, lang: "fr", published: `2024-03-0${1 + (i % 9)}`, text: `${2 + (i % 40)} soldats ont été tués lundi près de ${places[i % places.length]}, selon l'armée. ${i % 7} autres ont été blessés.` }),
).join("\n");

describe.skipIf(defaultConcurrency() < 2)("the default concurrency (auto)", () => {
  it("runs input files under the threshold on the main thread, and on every core from the start past it, with the same bytes", async () => {
    const dir = tempTree({ "in.jsonl": LINES });
    const outs = tempTree();
    await run(base([dir], join(outs, "one"), { concurrency: 1 }));
    made.length = 0;
    const small = await run(base([dir], join(outs, "small"), { concurrency: "auto", deterministic: false }));
    expect(made).toEqual([{ size: 1, batches: [64, 64, 22] }]);
    expect(small.manifest!.options.concurrency).toBe(1);
    made.length = 0;
    const large = await run(base([dir], join(outs, "large"), { concurrency: "auto", autoPoolBytes: 1000, deterministic: false }));
    expect(made).toEqual([{ size: defaultConcurrency(), batches: [64, 64, 22] }]);
    expect(large.manifest!.options.concurrency).toBe(defaultConcurrency());
    sameOutputs(join(outs, "small"), join(outs, "one"));
    sameOutputs(join(outs, "large"), join(outs, "one"));
  });

  it("starts stdin on the main thread and sends the batches after the threshold to the workers, with the same bytes", async () => {
    const outs = tempTree();
    await run(base(["-"], join(outs, "one"), { concurrency: 1, stdin: bytes(LINES) }));
    made.length = 0;
    recycled.length = 0;
    // The threshold is passed about 90 records in: the first batch was sent before, the next two after.
    const r = await run(base(["-"], join(outs, "grown"), { concurrency: "auto", autoPoolBytes: 8000, stdin: bytes(LINES), deterministic: false }));
    expect(made).toEqual([
      { size: 1, batches: [64] },
      { size: defaultConcurrency(), batches: [64, 22] },
    ]);
    expect(r.manifest!.options.concurrency).toBe(defaultConcurrency());
    expect(r.documents.total).toBe(150);
    sameOutputs(join(outs, "grown"), join(outs, "one"));
    // Each result is offered to both executors, the main thread's first; only the pool moves its workers' buffers back.
    expect(recycled.map((x) => [x.size, x.moved.every(Boolean)])).toEqual([[1, false], [defaultConcurrency(), false], [1, false], [defaultConcurrency(), true], [1, false], [defaultConcurrency(), true]]);
    // Under the threshold, stdin never leaves the main thread.
    made.length = 0;
    await run(base(["-"], join(outs, "small"), { concurrency: "auto", stdin: bytes(LINES) }));
    expect(made).toEqual([{ size: 1, batches: [64, 64, 22] }]);
    sameOutputs(join(outs, "small"), join(outs, "one"));
  });

  it("hands each batch's text buffers back to the thread that wrote them once they are written", async () => {
    const dir = tempTree({ "in.jsonl": LINES });
    const outs = tempTree();
    await run(base([dir], join(outs, "one"), { concurrency: 1 }));
    // On the main thread they stay where they are, for its next batch (test/io/buffer-pool.test.ts checks they are reused).
    expect(recycled).toEqual([64, 64, 22].map(() => ({ size: 1, moved: [false, false, false, false, false] })));
    recycled.length = 0;
    await run(base([dir], join(outs, "two"), { concurrency: 2 }));
    // A worker's are transferred back to it (detached here); rejects.jsonl is empty, so not sent.
    expect(recycled).toEqual([64, 64, 22].map(() => ({ size: 2, moved: [true, true, true, true, true] })));
    sameOutputs(join(outs, "two"), join(outs, "one"));
  });
});
