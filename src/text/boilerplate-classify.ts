import type { CompiledBoilerplate } from "./boilerplate-compile.js";
import type { LineFacts } from "./boilerplate-facts.js";

/** The verdict on one line: the rule (without the `boilerplate:` prefix) and whether it is a line of buttons. */
export interface Verdict {
  rule: string;
  button: boolean;
}

const isWord = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
const HAS_WORD = /[\p{L}\p{N}]/u;
const PLACEHOLDER = /^(?:!\[|\[[^\]]{0,80}\]$)/u;
const TRAILING_CHAR = /[\s)\]|"'»”]/u;
const MAX_BUTTONS = 120;
const MAX_CREDIT = 250;

/** True when the folded line is made only of button phrases (glued or not) and punctuation. Greedy, linear. */
function buttonRule(line: string, packs: readonly CompiledBoilerplate[]): string | null {
  let rule: string | null = null;
  let i = 0;
  for (;;) {
    while (i < line.length && !isWord(line[i])) i++;
    if (i === line.length) return rule;
    let hit: { phrase: string; rule: string } | undefined;
    for (const p of packs) {
      hit = p.buttons.get(line[i])?.find((b) => line.startsWith(b.phrase, i));
      if (hit) break;
    }
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
        if (!isWord(line[at + n.length]) && (n.length > 2 || !isWord(line[at - 1]))) return true;
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
      if (!s.endsWith(a) || isWord(s[s.length - a.length - 1])) continue;
      const pre = s.slice(0, s.length - a.length).trimEnd();
      if (!HAS_WORD.test(pre)) return "byline";
      const last = pre[pre.length - 1];
      if (last === "(" || last === "/" || last === "©" || last === ":") return "photo-credit";
      // "Name-AFP" (glued) is a credit; "Headline - Reuters" (spaced) is a source suffix, not one.
      if (last === "-" && pre.length === s.length - a.length && isWord(pre[pre.length - 2])) return "photo-credit";
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
  if (!HAS_WORD.test(raw) || PLACEHOLDER.test(raw)) return { rule: "markup", button: false };
  if (packs.some((p) => f.consent >= p.minConsent)) return { rule: "cookie-banner", button: false };
  if (len <= MAX_BUTTONS) {
    const rule = buttonRule(line, packs);
    if (rule) return { rule, button: true };
  }
  if (f.follow && namesNetwork(line, packs)) return { rule: "follow-us", button: false };
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
