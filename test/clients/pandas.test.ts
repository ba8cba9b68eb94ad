import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempTree } from "../io/helpers.js";
import { FATALITIES_BY_COUNTRY, HYPERLINK, PYTHON, requireTool, writeFixture } from "./fixture.js";

/**
 * pandas (Debian's python3-pandas) reads events.csv and counts.csv with the
 * call documented in docs/columns.md (dates parsed, counts integer, nulls
 * NA/NaN, "NA" kept as a country code), the ";"-separated files to the same
 * frames, and the JSONL with read_json(lines=True).
 */
const hasPandas = spawnSync(PYTHON, ["-c", "import pandas"], { stdio: "ignore" }).status === 0;

const SCRIPT = String.raw`
import json, sys
import pandas as pd
out, semi = sys.argv[1], sys.argv[2]
INTS = {"fatalities": "Int64", "injured": "Int64", "attackers_killed": "Int64"}
def events_csv(d, sep=","):
    return pd.read_csv(f"{d}/events.csv", sep=sep, encoding="utf-8-sig", keep_default_na=False, na_values=[""], parse_dates=["event_date"], dtype=INTS)
def counts_csv(d, sep=","):
    return pd.read_csv(f"{d}/counts.csv", sep=sep, encoding="utf-8-sig", keep_default_na=False, na_values=[""])
ev, co = events_csv(out), counts_csv(out)
ev_semi, co_semi = events_csv(semi, ";"), counts_csv(semi, ";")
js = pd.read_json(f"{out}/events.jsonl", lines=True, dtype=INTS)
cj = pd.read_json(f"{out}/counts.jsonl", lines=True)
print(json.dumps({
    "events_rows": len(ev), "events_columns": list(ev.columns),
    "dtypes": {c: str(t) for c, t in ev.dtypes.items()},
    "counts_dtypes": {c: str(t) for c, t in co.dtypes.items()},
    "event_dates": [None if pd.isna(d) else d.strftime("%Y-%m-%d") for d in ev["event_date"]],
    "fatalities_na": [bool(pd.isna(v)) for v in ev["fatalities"]],
    "countries": list(ev["country"]),
    "locations": [None if pd.isna(v) else v for v in ev["location"]],
    "actors": list(ev["actors"].fillna("")),
    "targets": list(ev["targets"].fillna("")),
    "by_country": {k: int(v) for k, v in ev.groupby("country")["fatalities"].sum().items()},
    "value_max_nan": [bool(pd.isna(v)) for v in co["value_max"]],
    "count_texts": list(co["text"]),
    "semicolon_same": bool(ev.equals(ev_semi) and co.equals(co_semi)),
    "jsonl_rows": len(js), "jsonl_counts_rows": len(cj),
    "jsonl_dtypes": {c: str(js[c].dtype) for c in ["fatalities", "event_date", "country"]},
    "jsonl_first_actor": js["actors"][0][0]["text"],
    "jsonl_countries": list(js["country"]),
    "jsonl_by_country": {k: int(v) for k, v in js.groupby("country")["fatalities"].sum().items()},
}))
`;

describe("pandas reads the outputs", () => {
  it("with the documented dtypes: dates parsed, counts integer, nulls NA, text intact", async (ctx) => {
    requireTool(ctx, hasPandas, `pandas is not installed for ${PYTHON} (Debian package python3-pandas)`);
    const dir = tempTree();
    await writeFixture(join(dir, "out"), ["jsonl", "csv"]);
    await writeFixture(join(dir, "semi"), ["csv"], ";");
    const r = spawnSync(PYTHON, ["-c", SCRIPT, join(dir, "out"), join(dir, "semi")], { encoding: "utf8" });
    expect(r.status, r.stderr).toBe(0);
    const got = JSON.parse(r.stdout);
    expect(got.events_rows).toBe(4);
    expect(got.dtypes).toMatchObject({ event_date: "datetime64[ns]", fatalities: "Int64", injured: "Int64", evidence_trigger_start: "int64", country: "object" });
    expect(got.counts_dtypes).toMatchObject({ value: "float64", value_max: "float64", evidence_start: "int64", text: "object" });
    expect(got.event_dates).toEqual(["2021-06-20", null, "2023-03-12", "2022-01-02"]);
    expect(got.fatalities_na).toEqual([false, true, false, false]);
    expect(got.countries).toEqual(["IQ", "IQ", "ML", "NA"]);
    expect(got.locations).toEqual(["Aïn al-Assad, base « Al-Asad »", null, "Gao", "Windhoek; centre-ville"]);
    expect(got.actors[0]).toBe(`'${HYPERLINK}; Groupe "Ashab al-Kahf"`);
    expect(got.targets[0]).toBe("convoi\nmilitaire");
    expect(got.by_country).toEqual(FATALITIES_BY_COUNTRY);
    expect(got.value_max_nan).toEqual([true, true, false, true]);
    expect(got.count_texts).toEqual(["trois soldats", "2 500,5 soldats, « environ »", "entre 100 et 200\ncivils", "'+3 millions de dollars"]);
    expect(got.semicolon_same).toBe(true);
    expect(got.jsonl_rows).toBe(4);
    expect(got.jsonl_counts_rows).toBe(4);
    expect(got.jsonl_dtypes).toEqual({ fatalities: "Int64", event_date: "object", country: "object" });
    expect(got.jsonl_first_actor).toBe(HYPERLINK);
    expect(got.jsonl_countries).toEqual(["IQ", "IQ", "ML", "NA"]);
    expect(got.jsonl_by_country).toEqual(FATALITIES_BY_COUNTRY);
  });
});
