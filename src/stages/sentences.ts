import { keptSpans } from "../text/kept.js";
import { compileSegmenter, segmentParagraph } from "../text/segment.js";
import type { Sentence, Span, Stage } from "../types.js";

/** A headline is short and does not end like a sentence. */
const HEADLINE_MAX = 250;
const SENTENCE_END = /[.!?…]["'»”)\]]*$/u;

const NON_SPACE = /\S/u;

/** Whether `text[from, to)` holds a non-space character. */
function hasNonSpace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) continue;
    if (c < 0x80 || NON_SPACE.test(text[i])) return true;
  }
  return false;
}

/** The kept parts of each line, grouped by line (each line of scraped text is a paragraph). Linear. */
function keptParagraphs(text: string, skipped: readonly Span[]): Span[][] {
  const out: Span[][] = [];
  let lineStart = -1;
  for (const k of keptSpans(text.length, skipped)) {
    let at = k.start;
    while (at < k.end) {
      let nl = text.indexOf("\n", at);
      if (nl < 0 || nl > k.end) nl = k.end;
      const lineOf = text.lastIndexOf("\n", at - 1) + 1;
      if (hasNonSpace(text, at, nl)) {
        if (lineOf !== lineStart) out.push([]);
        out[out.length - 1].push({ start: at, end: nl });
        lineStart = lineOf;
      }
      at = nl + 1;
    }
  }
  return out;
}

/**
 * Fills `doc.sentences` over the kept text only (no sentence crosses a skipped
 * span or a line break), with the language pack's abbreviations. The first kept
 * paragraph is the headline zone when short and unpunctuated.
 */
export const sentences: Stage = (doc, ctx) => {
  const pack = doc.lang ? ctx.packs.get(doc.lang) : undefined;
  if (!pack) return doc;
  const seg = pack.memo("sentences", compileSegmenter);
  const out: Sentence[] = [];
  const paragraphs = keptParagraphs(doc.text, doc.skipped);
  for (let paragraph = 0; paragraph < paragraphs.length; paragraph++) {
    const spans: Span[] = [];
    for (const p of paragraphs[paragraph]) for (const s of segmentParagraph(doc.text, p.start, p.end, seg)) spans.push(s);
    const first = spans[0];
    const whole = paragraph === 0 && first ? doc.text.slice(first.start, spans[spans.length - 1].end) : "";
    const headline = paragraph === 0 && whole.length < HEADLINE_MAX && !SENTENCE_END.test(whole);
    const zone = headline ? "headline" : "body";
    for (const s of spans) out.push({ start: s.start, end: s.end, index: out.length, paragraph, zone });
  }
  return { ...doc, sentences: out };
};
