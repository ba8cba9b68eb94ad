import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { vi } from "vitest";
import { cli } from "../../src/cli/cli.js";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "../..");

/** Runs the `sitrep` executable from its TypeScript sources in a child process, as a user would. */
export function sitrepProcess(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "src/cli/main.ts"), ...args], {
    cwd: ROOT,
    input,
    encoding: "utf8",
    env: { ...process.env, TZ: "UTC", SITREP_DEBUG: "" },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs a command line in this process (fast), capturing what it writes to stdout and stderr. */
export async function sitrep(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const so = vi.spyOn(process.stdout, "write").mockImplementation((s: string | Uint8Array) => (out.push(Buffer.from(s).toString()), true));
  const se = vi.spyOn(process.stderr, "write").mockImplementation((s: string | Uint8Array) => (err.push(Buffer.from(s).toString()), true));
  try {
    const code = await cli(args);
    return { code, stdout: out.join(""), stderr: err.join("") };
  } finally {
    so.mockRestore();
    se.mockRestore();
  }
}
