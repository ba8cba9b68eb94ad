/**
 * A linear pre-scan of an HTML page's tag nesting, run before the DOM parser:
 * linkedom and Readability are super-linear (or recurse) on pathological
 * nesting (10^5 levels), so such pages are refused up front.
 */

/** Pages nested deeper than this are refused (real pages stay under a few hundred levels). */
export const MAX_HTML_DEPTH = 1000;

const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "!doctype"]);
/** Elements that a new sibling of the same name closes implicitly (`<p>a<p>b`). */
const SELF_CLOSING_SIBLINGS = new Set(["p", "li", "dt", "dd", "option", "tr", "td", "th"]);
/** Elements whose content is raw text: tags inside are not tags. */
const RAW = new Set(["script", "style", "textarea", "title"]);

/**
 * The deepest nesting of elements in `html`, up to `limit` (the scan stops
 * there), reading each character about once. Approximate: of the HTML
 * parser's implicit closes only same-name siblings are modelled.
 */
export function htmlDepth(html: string, limit = MAX_HTML_DEPTH + 1): number {
  const stack: string[] = [];
  const open = new Map<string, number>();
  let max = 0;
  let at = 0;
  const pop = () => {
    const name = stack.pop()!;
    open.set(name, open.get(name)! - 1);
  };
  for (;;) {
    const lt = html.indexOf("<", at);
    if (lt < 0) return max;
    const gt = html.indexOf(">", lt + 1);
    if (gt < 0) return max;
    if (html.startsWith("<!--", lt)) {
      const end = html.indexOf("-->", lt + 4);
      if (end < 0) return max;
      at = end + 3;
      continue;
    }
    const m = /^<(\/?)([A-Za-z!][A-Za-z0-9:-]*)/.exec(html.slice(lt, Math.min(gt, lt + 64)));
    at = gt + 1;
    if (!m) continue;
    const name = m[2].toLowerCase();
    if (m[1]) {
      // Closes the innermost open element of that name and the ones opened inside it (amortised O(1)).
      if (open.get(name)) {
        while (stack[stack.length - 1] !== name) pop();
        pop();
      }
      continue;
    }
    if (VOID.has(name) || html[gt - 1] === "/") continue;
    if (RAW.has(name)) {
      const close = new RegExp(`</${name}`, "gi");
      close.lastIndex = at;
      at = close.exec(html)?.index ?? html.length;
      continue;
    }
    if (SELF_CLOSING_SIBLINGS.has(name) && stack[stack.length - 1] === name) pop();
    stack.push(name);
    open.set(name, (open.get(name) ?? 0) + 1);
    if (stack.length > max && (max = stack.length) >= limit) return max;
  }
}
