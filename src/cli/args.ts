import { parseArgs, type ParseArgsConfig } from "node:util";
import { usage } from "./error.js";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** node:util parseArgs with every parse error turned into a usage error (exit 2). */
export function parse<O extends Options>(argv: string[], options: O, allowPositionals = true) {
  try {
    return parseArgs({ args: argv, options: { ...options, help: { type: "boolean", short: "h" } }, allowPositionals, strict: true });
  } catch (e) {
    throw usage((e as Error).message.split("\n")[0]);
  }
}

export function positiveInt(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1) throw usage(`--${name} must be a positive integer, got "${value}"`);
  return Number(value);
}

export function isoDateArg(name: string, value: string | undefined): string | null {
  if (value === undefined) return null;
  const ok = /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
  if (!ok) throw usage(`--${name} must be a date YYYY-MM-DD, got "${value}"`);
  return value;
}

export function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) throw usage(`--${name} must be one of ${allowed.join(", ")}, got "${value}"`);
  return value as T;
}

export function listOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: readonly T[]): T[] {
  if (value === undefined) return [...fallback];
  const items = value.split(",").map((s) => s.trim()).filter(Boolean);
  const bad = items.filter((s) => !(allowed as readonly string[]).includes(s));
  if (items.length === 0 || bad.length > 0) throw usage(`--${name} takes a comma-separated list of ${allowed.join(", ")}, got "${value}"`);
  return allowed.filter((a) => items.includes(a));
}
