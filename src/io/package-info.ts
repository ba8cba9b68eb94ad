import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

let cached: string | null = null;

/** sitrep's version from its package.json, found by walking up from this module (works from src/ and dist/src/). */
export function packageVersion(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { name?: string; version?: string };
      if (pkg.name === "sitrep" && pkg.version) return (cached = pkg.version);
    } catch {
      // not here: go up
    }
    const up = dirname(dir);
    if (up === dir) return (cached = "0.0.0");
    dir = up;
  }
}
