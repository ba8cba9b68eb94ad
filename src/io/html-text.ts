import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { isoDay } from "./record.js";

export interface HtmlArticle {
  text: string;
  title: string | null;
  lang: string | null;
  published: string | null;
  source: string | null;
  url: string | null;
}

const BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre";

function clean(s: string | null | undefined): string | null {
  const t = (s ?? "").replace(/\s+/g, " ").trim();
  return t === "" ? null : t;
}

/** Text of the block elements under `root`, one paragraph each, separated by blank lines; nested blocks are read once. */
function blockText(root: Element): string[] {
  const out: string[] = [];
  for (const el of Array.from(root.querySelectorAll(BLOCKS))) {
    if (el.parentElement?.closest(BLOCKS)) continue;
    const t = clean(el.textContent);
    if (t) out.push(t);
  }
  return out;
}

/**
 * The main text of an HTML page through @mozilla/readability (over linkedom):
 * the headline, then the paragraphs and headings of the article body, one per
 * paragraph ("\n\n" between them). Navigation, banners and captions are left
 * out by Readability. Null when the page has no readable text.
 */
export function htmlArticle(html: string): HtmlArticle | null {
  const { document } = parseHTML(html);
  const doc = document as unknown as Document;
  const meta = (sel: string) => clean(doc.querySelector(sel)?.getAttribute("content"));
  const url = clean(doc.querySelector('link[rel="canonical"]')?.getAttribute("href")) ?? meta('meta[property="og:url"]');
  const parsed = new Readability<Element>(doc, { serializer: (node) => node as Element, charThreshold: 100 }).parse();
  const title = clean(parsed?.title) ?? clean(doc.querySelector("title")?.textContent);
  let paragraphs = parsed?.content ? blockText(parsed.content) : [];
  if (paragraphs.length === 0 && doc.body) paragraphs = blockText(doc.body as Element);
  if (paragraphs.length === 0) return null;
  if (title && paragraphs[0] !== title) paragraphs.unshift(title);
  const lang = clean(parsed?.lang) ?? clean(doc.documentElement?.getAttribute("lang"));
  const published = clean(parsed?.publishedTime) ?? meta('meta[property="article:published_time"]');
  return {
    text: paragraphs.join("\n\n"),
    title,
    lang: lang ? lang.toLowerCase().split(/[-_]/)[0] : null,
    published: published ? isoDay(published) : null,
    source: clean(parsed?.siteName) ?? meta('meta[property="og:site_name"]'),
    url,
  };
}
