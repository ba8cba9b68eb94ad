import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../../src/io/run.js";
import { ROOT } from "../cli/sitrep.js";
import { tempTree } from "../io/helpers.js";
import { requireTool, works } from "./fixture.js";

/**
 * examples/analysis.ipynb runs headless (Debian's jupyter-nbconvert,
 * python3-ipykernel, python3-matplotlib) on the output of input/, and every
 * cell succeeds: the tables and the plot are there.
 */
const NBCONVERT = "/usr/bin/jupyter-nbconvert";
const hasJupyter = works(NBCONVERT, ["--version"]) && works("/usr/bin/python3", ["-c", "import ipykernel, matplotlib, pandas"]);

interface Cell { cell_type: string; outputs?: { output_type: string; data?: Record<string, unknown>; text?: string[] }[] }

describe("examples/analysis.ipynb", () => {
  it("executes headless against the output of input/", async (ctx) => {
    requireTool(ctx, hasJupyter, "jupyter-nbconvert with python3-ipykernel, python3-matplotlib and python3-pandas is not installed");
    const dir = tempTree();
    await run({ inputs: [join(ROOT, "input")], out: join(dir, "out"), formats: ["jsonl", "csv"], lang: "auto", published: null, concurrency: 1, maxDocBytes: 5_000_000, deterministic: true });
    const r = spawnSync(NBCONVERT, ["--to", "notebook", "--execute", "--ExecutePreprocessor.timeout=120", "--output-dir", dir, "--output", "executed.ipynb", join(ROOT, "examples/analysis.ipynb")], {
      encoding: "utf8",
      // No MPLBACKEND: the kernel's inline backend puts the plot in the notebook.
      env: { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== "MPLBACKEND")), SITREP_OUT: join(dir, "out"), PATH: `/usr/bin:${process.env.PATH}` },
      timeout: 300_000,
    });
    expect(r.status, r.stderr).toBe(0);
    const cells = (JSON.parse(readFileSync(join(dir, "executed.ipynb"), "utf8")) as { cells: Cell[] }).cells.filter((c) => c.cell_type === "code");
    const outputs = cells.flatMap((c) => c.outputs ?? []);
    expect(outputs.filter((o) => o.output_type === "error")).toEqual([]);
    expect(outputs.some((o) => o.data && "image/png" in o.data)).toBe(true);
    const text = outputs.map((o) => JSON.stringify(o.data ?? o.text ?? "")).join("\n");
    expect(text).toMatch(/\d+ documents, \d+ events, \d+ counts/);
    expect(text).toContain("fatalities");
    expect(text).toContain("datetime64[ns]");
  });
});
