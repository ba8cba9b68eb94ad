import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { shebangFlags } from "../../scripts/node-flags.js";

const ROOT = join(import.meta.dirname, "../..");

describe("the CLI's #! line", () => {
  it("gives the main thread's node flags, which make bench reads", () => {
    const flags = shebangFlags(join(ROOT, "src/cli/main.ts"));
    expect(flags).toContain("--max-semi-space-size=4");
  });

  it("holds flags this node accepts", () => {
    const flags = shebangFlags(join(ROOT, "src/cli/main.ts"));
    const r = spawnSync(process.execPath, [...flags, "-e", "process.stdout.write('ok')"], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("ok");
  });

  it("caps the young generation when run through env -S, as the sitrep bin is started", () => {
    // Objects that survive a few scavenges: without the flag V8 grows the young generation to 32 MB here.
    const dir = mkdtempSync(join(tmpdir(), "sitrep-flags-"));
    const script = join(dir, "probe.mjs");
    const first = `#!/usr/bin/env -S node ${shebangFlags(join(ROOT, "src/cli/main.ts")).join(" ")}`;
    const probe = [
      `import { getHeapSpaceStatistics } from "node:v8";`,
      `const keep = [];`,
      `for (let i = 0; i < 3e6; i++) { keep.push({ a: i, b: "x" + i }); if (keep.length > 200000) keep.splice(0, 100000); }`,
      `const s = getHeapSpaceStatistics().find((x) => x.space_name === "new_space");`,
      `process.stdout.write(String(Math.round(s.space_size / 2 ** 20)));`,
    ];
    writeFileSync(script, `${first}\n${probe.join("\n")}\n`, { mode: 0o755 });
    const r = spawnSync(script, [], { encoding: "utf8", env: { ...process.env, PATH: `${join(process.execPath, "..")}:${process.env.PATH}` } });
    expect(r.stderr).toBe("");
    expect(Number(r.stdout)).toBeLessThanOrEqual(8);
    const unflagged = spawnSync(process.execPath, [script], { encoding: "utf8" });
    expect(Number(unflagged.stdout)).toBeGreaterThan(8);
  });

  it("reads no flags from other first lines", () => {
    const dir = mkdtempSync(join(tmpdir(), "sitrep-flags-"));
    for (const line of ["#!/usr/bin/env node", "// no shebang", "#!/usr/bin/env -S node --x; rm -rf /"]) {
      writeFileSync(join(dir, "x.js"), `${line}\n`);
      expect(shebangFlags(join(dir, "x.js"))).toEqual([]);
    }
  });
});
