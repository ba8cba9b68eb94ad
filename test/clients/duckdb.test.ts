import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { describe, expect, it } from "vitest";
import { COUNT_COLUMNS, EVENT_COLUMNS, type Column } from "../../src/io/columns.js";
import { parquetTypeLabel } from "../../src/io/parquet-file.js";
import { validateOutputs } from "../../src/io/validate-outputs.js";
import { tempTree } from "../io/helpers.js";
import { EVENTS, FATALITIES_BY_COUNTRY, HYPERLINK, writeFixture } from "./fixture.js";

/**
 * DuckDB (@duckdb/node-api, its native build comes inside the npm package)
 * queries the Parquet and JSONL outputs: same row counts, the column types of
 * docs/columns.md, the same aggregate, and several row groups for a large file.
 */
const DUCKDB_TYPE: Record<string, string> = { "STRING (UTF8)": "VARCHAR", DATE: "DATE", INT64: "BIGINT", DOUBLE: "DOUBLE", BOOLEAN: "BOOLEAN" };
const duckType = (c: Column) => parquetTypeLabel(c).replace(/^LIST<(.*)>$/, "$1[]").replace(/^[^[]+/, (leaf) => DUCKDB_TYPE[leaf]);

async function query(sql: string): Promise<Record<string, unknown>[]> {
  const db = await DuckDBInstance.create(":memory:");
  const c = await db.connect();
  try {
    return (await c.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[];
  } finally {
    c.closeSync();
  }
}

describe("DuckDB reads the Parquet and JSONL outputs", () => {
  it("with the same rows, the documented types and the right fatalities by country", async () => {
    const out = join(tempTree(), "out");
    await writeFixture(out, ["jsonl", "parquet"]);
    expect((await validateOutputs(out)).filter((c) => c.violations > 0)).toEqual([]);
    const f = (name: string) => `'${join(out, name)}'`;
    for (const [name, columns] of [["events", EVENT_COLUMNS], ["counts", COUNT_COLUMNS]] as const) {
      const [pq] = await query(`SELECT count(*)::INT AS n FROM ${f(`${name}.parquet`)}`);
      const [js] = await query(`SELECT count(*)::INT AS n FROM read_json(${f(`${name}.jsonl`)})`);
      expect(pq.n, name).toBe(4);
      expect(js.n, name).toBe(pq.n);
      const types = await query(`DESCRIBE SELECT * FROM ${f(`${name}.parquet`)}`);
      expect(types.map((t) => [t.column_name, t.column_type])).toEqual(columns.map((c) => [c.name, duckType(c)]));
    }
    const byCountry = async (from: string) => Object.fromEntries((await query(`SELECT country, sum(fatalities)::INT AS f FROM ${from} GROUP BY country ORDER BY country`)).map((r) => [r.country, r.f]));
    expect(await byCountry(f("events.parquet"))).toEqual(FATALITIES_BY_COUNTRY);
    expect(await byCountry(`read_json(${f("events.jsonl")})`)).toEqual(FATALITIES_BY_COUNTRY);
    const rows = await query(`SELECT event_date::VARCHAR AS d, fatalities, actors, actors_unnamed, targets_kind FROM ${f("events.parquet")}`);
    expect(rows.map((r) => r.d)).toEqual(["2021-06-20", null, "2023-03-12", "2022-01-02"]);
    expect(rows[1].fatalities).toBeNull();
    expect(rows[0].actors).toEqual([HYPERLINK, 'Groupe "Ashab al-Kahf"']);
    expect(rows[1].actors_unnamed).toEqual([true]);
    expect(rows[3].targets_kind).toEqual(["civilians", "civilians"]);
    const [unnested] = await query(`SELECT count(*)::INT AS n FROM (SELECT unnest(actors) FROM ${f("events.parquet")})`);
    expect(unnested.n).toBe(EVENTS.reduce((n, e) => n + e.actors.length, 0));
  });

  it("reads a large Parquet file written in row groups of 10 000 rows", async () => {
    const out = join(tempTree(), "out");
    const many = Array.from({ length: 25_001 }, (_, i) => ({ ...EVENTS[i % 4], event_id: `${EVENTS[i % 4].doc_id}:e${i}` }));
    await writeFixture(out, ["parquet"], ",", many);
    const groups = await query(`SELECT count(DISTINCT row_group_id)::INT AS g, max(row_group_num_rows)::INT AS m FROM parquet_metadata('${join(out, "events.parquet")}')`);
    expect(groups[0]).toEqual({ g: 3, m: 10_000 });
    const [sum] = await query(`SELECT count(*)::INT AS n, sum(fatalities)::INT AS f FROM '${join(out, "events.parquet")}'`);
    expect(sum).toEqual({ n: 25_001, f: many.reduce((n, e) => n + (e.fatalities ?? 0), 0) });
  });
});
