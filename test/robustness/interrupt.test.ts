/**
 * Nothing lost, nothing half-written (issue 7): a `sitrep extract` killed
 * with SIGINT or SIGTERM half-way through a large input leaves the previous
 * outputs byte for byte, removes its temporary files and says so; a finished
 * run accounts for every input record and records each input's sha256.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { Manifest } from "../../schemas/index.js";
import { ROOT } from "../cli/sitrep.js";
import { tempTree } from "../io/helpers.js";
import { EN, ES, FR, jsonl } from "./fixtures.js";

const OUTPUTS = ["counts.csv", "counts.jsonl", "documents.csv", "events.csv", "events.jsonl", "manifest.json", "rejects.jsonl"];

function startCli(args: string[]) {
  const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, "src/cli/main.ts"), ...args], { cwd: ROOT, env: { ...process.env, TZ: "UTC" } });
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += d));
  const exit = new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
  return { child, exit, stderr: () => stderr };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("an interrupted run", () => {
  it.each(["SIGTERM", "SIGINT"] as const)("killed with %s leaves the previous outputs intact and says so", async (signal) => {
    const dir = tempTree({ "small.jsonl": jsonl({ id: "s1", text: EN }, { id: "s2", text: FR }) });
    const out = join(dir, "out");
    const first = startCli(["extract", join(dir, "small.jsonl"), "--out", out, "--quiet", "--concurrency", "1"]);
    expect(await first.exit).toBe(0);
    const before = Object.fromEntries(OUTPUTS.map((n) => [n, readFileSync(join(out, n))]));

    const docs = Array.from({ length: 30_000 }, (_, i) => ({ id: `big-${i}`, text: [EN, FR, ES][i % 3] }));
    writeFileSync(join(dir, "big.jsonl"), jsonl(...docs));
    const second = startCli(["extract", join(dir, "big.jsonl"), "--out", out, "--concurrency", "1"]);
    // Kill it once it is writing: its temporary files are in the output folder.
    for (let k = 0; k < 600 && !readdirSync(out).some((n) => n.includes("sitrep-tmp")); k++) await sleep(50);
    expect(readdirSync(out).some((n) => n.includes("sitrep-tmp"))).toBe(true);
    second.child.kill(signal);
    expect(await second.exit).toBe(130);
    expect(second.stderr()).toContain(`interrupted (${signal}); previous outputs left as they were`);
    expect(readdirSync(out).sort()).toEqual(OUTPUTS);
    for (const n of OUTPUTS) expect(readFileSync(join(out, n)).equals(before[n]), n).toBe(true);
  });
});

describe("a finished run", () => {
  it("accounts for every input record in documents.csv and records every input by sha256", async () => {
    const files = {
      "a.jsonl": jsonl({ id: "a1", text: EN }, "{bad", { id: "a1", text: FR }, { text: ES }),
      "b.csv": `id,text\nb1,"${FR}"\nb2,"${EN}",extra\n`,
      "c.txt": ES,
      "d.txt": "",
      "e/f.txt": Buffer.from([0x89, 0x50, 0x4e, 0x47]),
    };
    const dir = tempTree(files);
    const out = join(dir, "out");
    const cli = startCli(["extract", dir, "--out", out, "--quiet", "--concurrency", "2", "--deterministic"]);
    expect(await cli.exit).toBe(1);
    const rows = Papa.parse<Record<string, string>>(readFileSync(join(out, "documents.csv"), "utf8").replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true }).data;
    // 4 JSONL lines + 2 CSV rows + 3 files.
    expect(rows.map((r) => r.origin.slice(dir.length + 1))).toEqual(["a.jsonl#L1", "a.jsonl#L2", "a.jsonl#L3", "a.jsonl#L4", "b.csv#L2", "b.csv#L3", "c.txt", "d.txt", "e/f.txt"]);
    expect(rows.filter((r) => r.status === "rejected").map((r) => r.reason.split(":").slice(0, 2).join(":"))).toEqual(["read:invalid-json", "read:invalid-csv", "read:empty", "read:binary"]);
    const manifest = Manifest.parse(JSON.parse(readFileSync(join(out, "manifest.json"), "utf8")));
    expect(manifest.documents).toEqual({ total: 9, ok: 5, rejected: 4 });
    for (const [name, content] of Object.entries(files)) {
      const entry = manifest.inputs.find((i) => i.path === join(dir, name));
      expect(entry, name).toMatchObject({ bytes: Buffer.byteLength(content), sha256: createHash("sha256").update(content).digest("hex") });
    }
  });
});
