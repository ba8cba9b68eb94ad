import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { RUNTIME_V8_FLAGS } from "../../src/cli/v8-flags.js";

const ROOT = join(import.meta.dirname, "../..");

describe("the CLI's run-time V8 flags", () => {
  it("are flags this node accepts on its command line", () => {
    const r = spawnSync(process.execPath, [...RUNTIME_V8_FLAGS, "-e", "process.stdout.write('ok')"], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("ok");
  });

  it("can be set once node runs, before a worker starts, and the worker runs", () => {
    const script = `
      import { setRuntimeV8Flags } from ${JSON.stringify(join(ROOT, "src/cli/v8-flags.ts"))};
      import { Worker } from "node:worker_threads";
      setRuntimeV8Flags();
      const w = new Worker('import("node:worker_threads").then((m) => m.parentPort.postMessage(6 * 7))', { eval: true });
      w.on("message", (m) => { process.stdout.write(String(m)); w.terminate(); });`;
    const r = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { encoding: "utf8", cwd: ROOT });
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("42");
  });
});
