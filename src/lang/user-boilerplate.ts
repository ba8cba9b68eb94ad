import { makePack, type LanguagePack } from "./pack.js";
import type { PackRegistry } from "./registry.js";
import { UserBoilerplate } from "./schema/boilerplate.js";

export { UserBoilerplate };

/**
 * A copy of `pack` whose boilerplate section also holds the user's entries
 * (their outlets' noise). The merged pack is validated again, so a user id that
 * collides with a pack id, or a broken pattern, throws with its path.
 */
export function withUserBoilerplate(pack: LanguagePack, user: UserBoilerplate): LanguagePack {
  const b = pack.data.boilerplate;
  const boilerplate = {
    ...b,
    agencies: [...b.agencies, ...user.agencies],
    networks: [...b.networks, ...user.networks],
    follow: [...b.follow, ...user.follow],
    consent: { ...b.consent, phrases: [...b.consent.phrases, ...user.consent] },
    lines: [...b.lines, ...user.lines],
    patterns: [...b.patterns, ...user.patterns],
  };
  return makePack({ ...pack.data, boilerplate }, `${pack.code} with user boilerplate`);
}

/**
 * Validates a user boilerplate file's parsed JSON (the CLI reads the file) and
 * merges it into every pack: the boilerplate stage applies all packs' rules,
 * since it runs before the language is known. Throws a readable error on bad input.
 */
export function withUserBoilerplateFile(packs: PackRegistry, raw: unknown): PackRegistry {
  const parsed = UserBoilerplate.safeParse(raw);
  if (!parsed.success) {
    const where = parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ");
    throw new Error(`user boilerplate is invalid: ${where}`);
  }
  return new Map([...packs].map(([code, pack]) => [code, withUserBoilerplate(pack, parsed.data)]));
}
