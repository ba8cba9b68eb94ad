import { describe, expect, it } from "vitest";
import { autoStart } from "../../src/io/auto-concurrency.js";

describe("autoStart", () => {
  const file = (bytes: number) => ({ path: `f${bytes}.jsonl`, kind: "jsonl" as const, bytes });
  const stdin = { path: "-", kind: "stdin" as const };

  it("takes every core for files that add up to the threshold, else the main thread", () => {
    expect(autoStart([file(600), file(400)], 2, 1000)).toEqual({ concurrency: 2, mayGrow: false });
    expect(autoStart([file(600), file(399)], 2, 1000)).toEqual({ concurrency: 1, mayGrow: false });
    // A file that cannot be read (no size) adds nothing.
    expect(autoStart([file(600), { path: "x.txt", kind: "txt", error: "dangling symlink" }], 2, 1000)).toEqual({ concurrency: 1, mayGrow: false });
  });

  it("starts stdin on the main thread, free to grow, unless the files beside it already reach the threshold", () => {
    expect(autoStart([file(500), stdin], 4, 1000)).toEqual({ concurrency: 1, mayGrow: true });
    expect(autoStart([file(5000), stdin], 4, 1000)).toEqual({ concurrency: 4, mayGrow: false });
  });

  it("never leaves the main thread on one core", () => {
    expect(autoStart([file(5000), stdin], 1, 1000)).toEqual({ concurrency: 1, mayGrow: false });
    expect(autoStart([stdin], 1, 1000)).toEqual({ concurrency: 1, mayGrow: false });
  });
});
