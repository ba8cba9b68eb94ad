import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { shebangFlags } from "../../scripts/shebang-flags.js";

const ROOT = join(import.meta.dirname, "../..");
const MAIN = join(ROOT, "src/cli/main.ts");
const dir = mkdtempSync(join(tmpdir(), "sitrep-flags-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Prints the young generation's size in MB after allocating objects that survive a few scavenges. */
const PROBE = [
  `import { getHeapSpaceStatistics } from "node:v8";`,
  `const keep = [];`,
  `for (let i = 0; i < 3e6; i++) { keep.push({ a: i, b: "x" + i }); if (keep.length > 200000) keep.splice(0, 100000); }`,
  `const s = getHeapSpaceStatistics().find((x) => x.space_name === "new_space");`,
  `process.stdout.write(String(s.space_size / 2 ** 20));`,
].join("\n");

describe("the CLI's #! line", () => {
  it("gives the node flags that make bench reads", () => {
    expect(shebangFlags(MAIN)).toContain("--max-semi-space-size=4");
    expect(shebangFlags(MAIN)).toContain("--single-threaded-gc");
  });

  it("fits the 127 bytes that Linux kernels before 5.1 read of a #! line", () => {
    const first = readFileSync(MAIN, "utf8").split("\n", 1)[0];
    expect(Buffer.byteLength(first)).toBeLessThanOrEqual(127);
  });

  it("passes every flag to node through env -S", () => {
    const script = join(dir, "argv.mjs");
    writeFileSync(script, `#!/usr/bin/env -S node ${shebangFlags(MAIN).join(" ")}\nprocess.stdout.write(JSON.stringify(process.execArgv));\n`, { mode: 0o755 });
    const r = spawnSync(script, [], { encoding: "utf8", env: { ...process.env, PATH: `${join(process.execPath, "..")}:${process.env.PATH}` } });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(shebangFlags(MAIN));
  });

  it("holds flags this node accepts", () => {
    const r = spawnSync(process.execPath, [...shebangFlags(MAIN), "-e", "process.stdout.write('ok')"], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("ok");
  });

  it("caps the young generation when run through env -S, as the sitrep bin is started", () => {
    const script = join(dir, "probe.mjs");
    writeFileSync(script, `#!/usr/bin/env -S node ${shebangFlags(MAIN).join(" ")}\n${PROBE}\n`, { mode: 0o755 });
    const flagged = spawnSync(script, [], { encoding: "utf8", env: { ...process.env, PATH: `${join(process.execPath, "..")}:${process.env.PATH}` } });
    expect(flagged.error).toBeUndefined();
    expect(flagged.stderr).toBe("");
    expect(flagged.status).toBe(0);
    // Two semi-spaces of 4 MB (and a page or so of rounding).
    expect(Number(flagged.stdout)).toBeLessThanOrEqual(8.5);
    // node reading the same file skips its first line, flags included: V8's own sizing, larger on this machine.
    const unflagged = spawnSync(process.execPath, [script], { encoding: "utf8" });
    expect(unflagged.status).toBe(0);
    expect(Number(unflagged.stdout)).toBeGreaterThan(Number(flagged.stdout));
  });

  it("reads no flags from other first lines, and refuses an env -S node line it cannot read", () => {
    const x = join(dir, "x.js");
    for (const line of ["#!/usr/bin/env node", "// no shebang", ""]) {
      writeFileSync(x, `${line}\n`);
      expect(shebangFlags(x)).toEqual([]);
    }
    for (const line of ["#!/usr/bin/env -S node --x; rm -rf /", "#!/usr/bin/env -S node --inspect=127.0.0.1:9229"]) {
      writeFileSync(x, `${line}\n`);
      expect(() => shebangFlags(x)).toThrow(/cannot read the node flags/);
    }
  });
});
