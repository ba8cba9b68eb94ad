import type { Count, Event, InputDocument } from "../schemas/index.js";
import type { PackRegistry } from "./lang/registry.js";
import type { WordIndex } from "./text/word-index.js";

/** A half-open `[start, end)` span into the normalised text. */
export interface Span {
  start: number;
  end: number;
}

/** A span removed from analysis (boilerplate), with the rule that removed it. It is never used as evidence. */
export interface Skipped extends Span {
  rule: string;
}

export interface Sentence extends Span {
  index: number;
  /** Paragraph (block of lines) the sentence belongs to; 0 is the first paragraph kept. */
  paragraph: number;
  /** The first kept paragraph of a scraped article is usually its headline. */
  zone: "headline" | "body";
}

/** A message about a document (vfile-message style): where, which rule, what. */
export interface Message {
  stage: string;
  rule: string;
  reason: string;
  start?: number;
  end?: number;
  /** A fatal message rejects the document. */
  fatal: boolean;
}

/** The unit of work that every stage receives and returns. */
export interface Doc {
  input: InputDocument;
  id: string;
  /** The normalised text: the one coordinate system of every offset. */
  text: string;
  /** `fold(text)` (same length, same offsets), set with `text` by the normalise stage so that later stages fold it once; null before. */
  folded: string | null;
  /** The words of `folded`, set by the boilerplate stage and read again by the counts and events stages (built once per document); absent before. */
  words?: WordIndex;
  skipped: Skipped[];
  lang: string | null;
  sentences: Sentence[];
  counts: Count[];
  events: Event[];
  messages: Message[];
  /** Records that failed schema validation; they are written to rejects, not to the outputs. */
  invalid: InvalidRecord[];
  /** Set when a fatal message rejects the document; later stages pass it through. */
  rejected: Message | null;
}

export interface Options {
  /** "auto" detects the language; a code forces it. */
  lang: string;
  /** Fallback publication date (YYYY-MM-DD) for documents that carry none. */
  published: string | null;
}

/** What stages may read besides the document: compiled language packs and options. No clock, no I/O. */
export interface Ctx {
  packs: PackRegistry;
  options: Options;
}

export type Stage = (doc: Doc, ctx: Ctx) => Doc;

export interface InvalidRecord {
  record: "event" | "count";
  record_id: string;
  issues: { path: string; message: string }[];
  value: unknown;
}
