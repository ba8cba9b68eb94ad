import { withUserBoilerplateFile } from "../lang/user-boilerplate.js";
import { createContext } from "../pipeline.js";
import type { Ctx, Options } from "../types.js";

/** What a run's context is built from; plain data, so that it can be sent to worker threads. */
export interface ContextSpec {
  options: Partial<Options>;
  /** The parsed JSON of a user boilerplate file (--boilerplate), merged into every language pack. */
  boilerplate?: unknown;
}

/** The pipeline context of a run: createContext plus the user's boilerplate entries, if any. Throws on an invalid boilerplate file. */
export function runContext(spec: ContextSpec): Ctx {
  const ctx = createContext(spec.options);
  return spec.boilerplate === undefined ? ctx : { ...ctx, packs: withUserBoilerplateFile(ctx.packs, spec.boilerplate) };
}
