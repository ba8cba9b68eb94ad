import { z } from "zod";
import { Count, DocumentRow, Event } from "../../schemas/index.js";

/** How a column is written: numbers bare, text neutralised, dates `YYYY-MM-DD` (Parquet DATE), lists joined with "; " (Parquet LIST). */
export type ColumnType = "number" | "integer" | "text" | "date" | "boolean" | "list";

export interface Column {
  /** Header name: the schema path joined with "_", a filler's `text` named after the filler ("actors", "location"). */
  name: string;
  /** The schema path, `[]` marking arrays: "actors[].attribution". */
  path: string;
  type: ColumnType;
  /** The zod schema of one value (of one list item for list columns), used to check CSV cells. */
  schema: z.ZodType;
  /** The cell may be empty: the field or an object it sits in is nullable. */
  nullable: boolean;
  /** What the column holds: the `.describe()` texts of the schema fields on its path, joined with " — ". */
  meaning: string;
  /** The value in a row: a scalar, or the values of a list column (one per array element). */
  get: (row: unknown) => unknown;
}

type Def = { type: string; innerType?: z.ZodType; element?: z.ZodType; shape?: Record<string, z.ZodType>; checks?: { _zod: { def: { check: string; format?: string } } }[] };
const defOf = (s: z.ZodType) => (s as unknown as { def: Def }).def;

/** The schema inside nullable, optional and default wrappers. */
export function unwrap(s: z.ZodType): z.ZodType {
  let d = defOf(s);
  while (d.type === "nullable" || d.type === "optional" || d.type === "default") {
    s = d.innerType!;
    d = defOf(s);
  }
  return s;
}

const descriptionOf = (s: z.ZodType) => s.description ?? unwrap(s).description;

/** The column type of a scalar schema (unwrapped). */
export function scalarType(s: z.ZodType): ColumnType {
  const d = defOf(s);
  if (d.type === "string" && z.globalRegistry.get(s)?.format === "date") return "date";
  if (d.type === "number") return d.checks?.some((c) => c._zod.def.format === "safeint") ? "integer" : "number";
  if (d.type === "boolean") return "boolean";
  return "text";
}

const pick = (row: unknown, key: string) => (row === null || row === undefined ? null : (row as Record<string, unknown>)[key]);

/**
 * The flat CSV columns of a zod object schema, in schema order. Objects are
 * flattened (`location_kind`), arrays of objects become list columns of their
 * scalar fields (`actors_attribution`), and `include` drops whole paths
 * (e.g. the evidence of every role filler).
 */
export function columnsOf(schema: z.ZodType, include: (path: string) => boolean = () => true): Column[] {
  const out: Column[] = [];
  const walk = (s: z.ZodType, path: string, name: string, get: (row: unknown) => unknown, inList: boolean, nullableParent = false, parentMeaning = "") => {
    const inner = unwrap(s);
    const nullable = nullableParent || inner !== s;
    const d = defOf(inner);
    const own = descriptionOf(s);
    const meaning = own && own !== parentMeaning ? (parentMeaning ? `${parentMeaning} — ${own}` : own) : parentMeaning;
    if (d.type === "object") {
      for (const [key, child] of Object.entries(d.shape!)) {
        const childPath = path ? `${path}.${key}` : key;
        if (!include(childPath)) continue;
        const childName = key === "text" && name ? name : name ? `${name}_${key}` : key;
        walk(child, childPath, childName, (row) => (inList ? (get(row) as unknown[]).map((x) => pick(x, key)) : pick(get(row), key)), inList, nullable, meaning);
      }
    } else if (d.type === "array") {
      const el = unwrap(d.element!);
      const list = (row: unknown) => (get(row) as unknown[] | null) ?? [];
      if (defOf(el).type === "object") walk(el, `${path}[]`, name, list, true, false, meaning);
      else out.push({ name, path: `${path}[]`, type: "list", schema: d.element!, nullable: true, meaning, get: list });
    } else {
      out.push({ name, path, type: inList ? "list" : scalarType(inner), schema: s, nullable: nullable || inList, meaning, get });
    }
  };
  walk(schema, "", "", (row) => row, false, false, "");
  return out;
}

const isEvidence = (path: string) => /(^|\.|\[\]\.)evidence(\.|$)/.test(path.replace(/\[\]/g, ""));

/**
 * events.csv: every scalar field; location, actors, targets and weapons as
 * their text plus their scalar attributes; the evidence of the trigger only
 * (the JSONL keeps all evidence).
 */
export const EVENT_COLUMNS = columnsOf(Event, (p) => !isEvidence(p) || p === "evidence" || p.startsWith("evidence.trigger"));
/** counts.csv: every field, evidence included. */
export const COUNT_COLUMNS = columnsOf(Count);
/** documents.csv: every field of DocumentRow. */
export const DOCUMENT_COLUMNS = columnsOf(DocumentRow);
