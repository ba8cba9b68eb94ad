/** Compiles one date template (see src/lang/schema/dates.ts) into a regex source and its slot order. */

export const SPACE = "[ \\t\\u00a0\\u202f]{1,3}";

export interface CompiledTemplate {
  source: string;
  /** Slot names in capture order ("d", "mx", "y"...). */
  slots: string[];
}

const escapeChar = (c: string) => (/[.*+?^${}()|[\]\\/]/.test(c) ? "\\" + c : c);

/**
 * Grammar: `{slot}` → one capture group of the slot's source; `[` `]` → an
 * optional group; `(` `|` `)` → a non-capturing alternation; a space → 1-3
 * spaces; anything else is literal (the template is folded beforehand). Slot
 * sources contain no capture groups, so capture numbers follow `slots`.
 */
export function compileTemplate(pattern: string, slotSources: Readonly<Record<string, string>>): CompiledTemplate {
  const slots: string[] = [];
  let source = "";
  let depth = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "{") {
      const close = pattern.indexOf("}", i);
      const name = pattern.slice(i + 1, close);
      const slot = slotSources[name];
      if (close < 0 || slot === undefined) throw new Error(`date template "${pattern}": unknown slot "${name}"`);
      slots.push(name);
      source += `(${slot})`;
      i = close;
    } else if (c === "[" || c === "(") {
      depth++;
      source += "(?:";
    } else if (c === "]") {
      depth--;
      source += ")?";
    } else if (c === ")") {
      depth--;
      source += ")";
    } else if (c === "|") source += "|";
    else if (c === " ") source += SPACE;
    else source += escapeChar(c);
  }
  if (depth !== 0) throw new Error(`date template "${pattern}": unbalanced brackets`);
  return { source, slots };
}

/** A longest-first alternation of folded phrases; spaces inside phrases match 1-3 spaces. */
export function alternation(phrases: Iterable<string>): string {
  const uniq = [...new Set(phrases)].filter(Boolean).sort((a, b) => b.length - a.length);
  if (!uniq.length) return "(?!)";
  return uniq.map((p) => [...p].map((c) => (c === " " ? SPACE : escapeChar(c))).join("")).join("|");
}
