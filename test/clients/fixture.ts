import { spawnSync } from "node:child_process";
import type { Count, DocumentRow, Event, Manifest } from "../../schemas/index.js";
import type { CsvDelimiter } from "../../src/io/csv-format.js";
import { fileSink, type Format } from "../../src/io/sinks.js";

/**
 * Written fixtures for the real-client tests: rows that exercise what
 * spreadsheets and notebooks get wrong (accents, quotes, commas, semicolons,
 * line breaks, formula-looking text, the country code "NA", nulls), written
 * through the real file sink. Expected fatalities by country: IQ 3, ML 5, NA 1.
 */
const ev = (start: number, rule = "test:rule") => ({ start, end: start + 4, sentence: 0, rule, basis: "stated" as const });
const actor = (text: string, attribution: "stated" | "alleged" | "suspected", attributed_by: string | null = null, unnamed = false) => ({ text, attribution, attributed_by, unnamed, evidence: ev(10) });
const base = { evidence: { trigger: ev(0, "trigger:fr.tirer"), event_type: ev(0), event_date: null, country: null, fatalities: null, injured: null } };

export const HYPERLINK = '=HYPERLINK("http://evil.example/?q=1,2","clic")';
export const CMD = "+cmd|' /C calc'!A0";

export const EVENTS: Event[] = [
  { ...base, doc_id: "d1", event_id: "d1:e1", event_type: "Explosions/Remote violence", sub_event_type: "Shelling/artillery/missile attack", event_date: "2021-06-20", date_precision: "day", country: "IQ",
    location: { text: "Aïn al-Assad, base « Al-Asad »", kind: "site", evidence: ev(20) },
    actors: [actor(HYPERLINK, "alleged", "Washington"), actor('Groupe "Ashab al-Kahf"', "stated")],
    targets: [{ text: "convoi\nmilitaire", kind: "military", evidence: ev(30) }],
    weapons: [{ text: "roquettes Katioucha", class: "rocket/missile/mortar/artillery", evidence: ev(40) }],
    fatalities: 3, injured: null, attackers_killed: 0 },
  { ...base, doc_id: "d1", event_id: "d1:e2", event_type: "Violence against civilians", sub_event_type: "Attack", event_date: null, date_precision: null, country: "IQ", location: null,
    actors: [actor(CMD, "stated", null, true)], targets: [], weapons: [], fatalities: null, injured: 2, attackers_killed: null },
  { ...base, doc_id: "d2", event_id: "d2:e1", event_type: "Battles", sub_event_type: "Armed clash", event_date: "2023-03-12", date_precision: "week", country: "ML",
    location: { text: "Gao", kind: "city", evidence: ev(5) }, actors: [actor("-3 jihadistes", "suspected", "une source sécuritaire", true)],
    targets: [], weapons: [{ text: "@SUM(1+1)", class: "other", evidence: ev(9) }], fatalities: 5, injured: 12, attackers_killed: null },
  { ...base, doc_id: "d3", event_id: "d3:e1", event_type: "Riots", sub_event_type: "Mob violence", event_date: "2022-01-02", date_precision: "day", country: "NA",
    location: { text: "Windhoek; centre-ville", kind: "city", evidence: ev(7) }, actors: [],
    targets: [{ text: "\tpassants", kind: "civilians", evidence: ev(3) }, { text: "niños", kind: "civilians", evidence: ev(4) }], weapons: [], fatalities: 1, injured: null, attackers_killed: null },
];

const count = (doc_id: string, n: number, rest: Partial<Count>): Count => ({
  doc_id, count_id: `${doc_id}:c${n}`, event_id: null, value: 1, value_max: null, qualifier: "exact", category: "people", noun: null, currency: null, text: "x", evidence: ev(n), ...rest,
});

export const COUNTS: Count[] = [
  count("d1", 1, { event_id: "d1:e1", value: 3, category: "killed", noun: "soldats", text: "trois soldats" }),
  count("d1", 2, { value: 2500.5, qualifier: "approximate", category: "troops", noun: "soldats", text: "2 500,5 soldats, « environ »" }),
  count("d2", 1, { event_id: "d2:e1", value: 100, value_max: 200, qualifier: "range", text: "entre 100 et 200\ncivils" }),
  count("d3", 1, { value: 3_000_000, qualifier: "up to", category: "money", currency: "USD", text: "+3 millions de dollars" }),
];

const doc = (doc_id: string, title: string | null, published: string | null): DocumentRow => ({
  doc_id, origin: `fixture/${doc_id}.txt`, lang: "fr", title, published, status: "ok", reason: null,
  events: EVENTS.filter((e) => e.doc_id === doc_id).length, counts: COUNTS.filter((c) => c.doc_id === doc_id).length, chars: 100, skipped_chars: 0,
});
export const DOCUMENTS = [doc("d1", "Attaque à la roquette, « revendiquée »", "2021-06-21"), doc("d2", null, "2023-03-13"), doc("d3", "=1+1", null)];

export const FATALITIES_BY_COUNTRY = { IQ: 3, ML: 5, NA: 1 };

/** Writes the fixture rows into `dir` with the real file sink, as `sitrep extract` would. */
export async function writeFixture(dir: string, formats: readonly Format[], csvDelimiter: CsvDelimiter = ",", events = EVENTS): Promise<void> {
  const sink = await fileSink(dir, formats, { csvDelimiter });
  // A batch with no rendered text: the sink renders its rows, as it does for a Parquet-only batch.
  const rows = DOCUMENTS.map((d) => ({ document: d, events: events.filter((e) => e.doc_id === d.doc_id), counts: COUNTS.filter((c) => c.doc_id === d.doc_id), rejects: [] }));
  await sink.addBatch({ text: {}, rows });
  await sink.finish((outputs): Manifest => ({
    tool: "sitrep", version: "0.0.0-fixture", inputs: [], options: { csv_delimiter: csvDelimiter }, outputs,
    documents: { total: DOCUMENTS.length, ok: DOCUMENTS.length, rejected: 0 }, stages: {}, duration_ms: null,
  }));
}

/** Whether `cmd args` runs and exits 0 (a program, or a Python that imports a module). */
export const works = (cmd: string, args: string[]) => spawnSync(cmd, args, { stdio: "ignore", timeout: 60_000 }).status === 0;

/**
 * Skips the test with `reason` when a program it needs is missing locally;
 * under CI (where .ci/run installs it) a missing program fails the test.
 */
export function requireTool(ctx: { skip: (note?: string) => void }, present: boolean, reason: string): void {
  if (present) return;
  if (process.env.CI) throw new Error(`${reason} (.ci/run should have installed it)`);
  ctx.skip(`${reason}; .ci/run installs it`);
}

/** Debian's Python (python3-pandas and friends install there, not into a pyenv or venv Python). */
export const PYTHON = "/usr/bin/python3";
