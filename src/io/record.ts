import type { InputDocument } from "../../schemas/index.js";
import { deriveId } from "./ids.js";

/** Where a record came from: its origin string, the id base of its file and its line (null for whole files). */
export interface Place {
  origin: string;
  base: string;
  line: number | null;
}

export interface RecordFailure {
  rule: "read:missing-text" | "read:bad-field-type";
  reason: string;
  /** The record's own id when it had a usable one. */
  id: string | null;
}

const OPTIONAL = ["lang", "url", "title", "source"] as const;
const ISO_DAY = /^(\d{4}-\d{2}-\d{2})(?:$|[T ])/;

/** "2021-06-20" or an ISO date-time ("2021-06-20T08:00:00Z" → its day); anything else is null. */
export function isoDay(value: string): string | null {
  const m = ISO_DAY.exec(value.trim());
  if (!m) return null;
  const d = new Date(`${m[1]}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(m[1]) ? m[1] : null;
}

function bad(field: string, value: unknown, expected: string, id: string | null): RecordFailure {
  const shown = JSON.stringify(value);
  return { rule: "read:bad-field-type", reason: `field "${field}" must be ${expected}, got ${shown.length > 40 ? `${shown.slice(0, 40)}…` : shown}`, id };
}

/**
 * Turns a raw record (a JSONL object, a CSV row, a .txt body plus its sidecar)
 * into an InputDocument. Unknown fields are ignored; `text` is required and
 * must hold more than white space; optional fields must be strings (or null).
 * The id is the record's own (a string or an integer), else derived.
 */
export function toInputDocument(raw: Record<string, unknown>, place: Place): InputDocument | RecordFailure {
  let id: string | null = null;
  if (typeof raw.id === "string" && raw.id.trim() !== "") id = raw.id.trim();
  else if (typeof raw.id === "number" && Number.isInteger(raw.id)) id = String(raw.id);
  else if (raw.id !== undefined && raw.id !== null && raw.id !== "") return bad("id", raw.id, "a string", null);
  const text = raw.text;
  if (text === undefined || text === null) return { rule: "read:missing-text", reason: 'no "text" field', id };
  if (typeof text !== "string") return bad("text", text, "a string", id);
  if (text.trim() === "") return { rule: "read:missing-text", reason: '"text" is empty', id };
  const fields: Record<string, string | null> = {};
  for (const key of OPTIONAL) {
    const v = raw[key];
    if (v === undefined || v === null || v === "") fields[key] = null;
    else if (typeof v === "string") fields[key] = v.trim();
    else return bad(key, v, "a string", id);
  }
  let published: string | null = null;
  if (raw.published !== undefined && raw.published !== null && raw.published !== "") {
    published = typeof raw.published === "string" ? isoDay(raw.published) : null;
    if (published === null) return bad("published", raw.published, "a date YYYY-MM-DD", id);
  }
  return {
    id: id ?? deriveId(place.base, place.line, text),
    text,
    lang: fields.lang === null ? null : fields.lang.toLowerCase(),
    published,
    url: fields.url,
    title: fields.title,
    source: fields.source,
    origin: place.origin,
  };
}

export function isRecordFailure(x: InputDocument | RecordFailure): x is RecordFailure {
  return "rule" in x;
}
