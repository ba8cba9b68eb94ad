import type { CompiledBoilerplate } from "./boilerplate-compile.js";
import type { LineFacts } from "./boilerplate-facts.js";
import { unitClass } from "./word-index.js";
import { hasWordChar } from "./char-tests.js";

/** The verdict on one line: the rule (without the `boilerplate:` prefix) and whether it is a line of buttons. */
export interface Verdict {
  rule: string;
  button: boolean;
}

/** Whether `s[i]` (a UTF-16 unit; false out of bounds) is a letter or digit, as `/[\p{L}\p{N}]/u` tests it (a lone surrogate is neither). */
const isWordAt = (s: string, i: number) => i >= 0 && i < s.length && unitClass(s.charCodeAt(i)) > 1;
const MARKUP: Verdict = Object.freeze({ rule: "markup", button: false });
const COOKIE_BANNER: Verdict = Object.freeze({ rule: "cookie-banner", button: false });
const FOLLOW_US: Verdict = Object.freeze({ rule: "follow-us", button: false });
const PLACEHOLDER = /^(?:!\[|\[[^\]]{0,80}\]$)/u;
/** `PLACEHOLDER.test(s)`, most lines told apart by their first character. */
const isPlaceholder = (s: string) => (s[0] === "!" || s[0] === "[") && PLACEHOLDER.test(s);
const TRAILING_CHAR = /[\s)\]|"'»”]/u;
const MAX_BUTTONS = 120;
const MAX_CREDIT = 250;

/** The first button phrase of the first pack that has one at `i` (longest first). */
function buttonAt(line: string, i: number, packs: readonly CompiledBoilerplate[]): { phrase: string; rule: string } | undefined {
  const first = line[i];
  for (const p of packs) {
    const list = p.buttons.get(first);
    if (list) for (const b of list) if (line.startsWith(b.phrase, i)) return b;
  }
  return undefined;
}

/** True when the folded line is made only of button phrases (glued or not) and punctuation. Greedy, linear. */
function buttonRule(line: string, packs: readonly CompiledBoilerplate[]): string | null {
  let rule: string | null = null;
  let i = 0;
  for (;;) {
    while (i < line.length && !isWordAt(line, i)) i++;
    if (i === line.length) return rule;
    const hit = buttonAt(line, i, packs);
    if (!hit) return null;
    rule ??= hit.rule;
    i += hit.phrase.length;
  }
}

function namesNetwork(line: string, packs: readonly CompiledBoilerplate[]): boolean {
  for (const p of packs) {
    for (const n of p.networks) {
      let at = line.indexOf(n);
      while (at >= 0) {
        // "surTelegram": a long name may be glued on the left; "X" must stand alone.
        if (!isWordAt(line, at + n.length) && (n.length > 2 || !isWordAt(line, at - 1))) return true;
        at = line.indexOf(n, at + 1);
      }
    }
  }
  return false;
}

/** `line` without its trailing spaces, closing brackets, bars and quotes (read backwards). */
function trimTrailing(line: string): string {
  let end = line.length;
  while (end > 0 && TRAILING_CHAR.test(line[end - 1])) end--;
  return line.slice(0, end);
}

/** "… - Name-AFP", "(Reuters)", "Source: Reuters", "© X/AFP" → "photo-credit"; a line that is only an agency → "byline". */
function agencyRule(line: string, packs: readonly CompiledBoilerplate[]): string | null {
  const s = trimTrailing(line);
  for (const p of packs) {
    for (const a of p.agencies) {
      if (!s.endsWith(a) || isWordAt(s, s.length - a.length - 1)) continue;
      const pre = s.slice(0, s.length - a.length).trimEnd();
      if (!hasWordChar(pre)) return "byline";
      const last = pre[pre.length - 1];
      if (last === "(" || last === "/" || last === "©" || last === ":") return "photo-credit";
      // "Name-AFP" (glued) is a credit; "Headline - Reuters" (spaced) is a source suffix, not one.
      if (last === "-" && pre.length === s.length - a.length && isWordAt(pre, pre.length - 2)) return "photo-credit";
      if (pre.slice(-60).includes("©")) return "photo-credit";
    }
  }
  return null;
}

/** Classifies a line by its own content (context rules come later). `text` is the original, `folded` its folded form. */
export function classifyLine(f: LineFacts, text: string, folded: string, packs: readonly CompiledBoilerplate[]): Verdict | null {
  if (f.lo === f.hi) return null;
  const raw = text.slice(f.lo, f.hi);
  const line = folded.slice(f.lo, f.hi);
  const len = f.hi - f.lo;
  if (!hasWordChar(raw) || isPlaceholder(raw)) return MARKUP;
  for (const p of packs) if (f.consent >= p.minConsent) return COOKIE_BANNER;
  if (len <= MAX_BUTTONS) {
    const rule = buttonRule(line, packs);
    if (rule) return { rule, button: true };
  }
  if (f.follow && namesNetwork(line, packs)) return FOLLOW_US;
  if (f.startTag) return { rule: f.startTag.rule, button: false };
  for (const p of packs) {
    for (const pat of p.patterns) if (len <= pat.maxLength && pat.re.test(raw)) return { rule: pat.rule, button: false };
  }
  if (f.anyTag) return { rule: f.anyTag.rule, button: false };
  if (len <= MAX_CREDIT) {
    const rule = agencyRule(line, packs);
    if (rule) return { rule, button: false };
  }
  return null;
}
