import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempTree } from "../io/helpers.js";
import { sitrep, sitrepProcess } from "./sitrep.js";

const good = JSON.stringify({ id: "g1", lang: "en", text: "A roadside bomb killed two soldiers near Quetta on Monday." });
const oneLine = (s: string) => s.trim().split("\n").length === 1;

describe("sitrep extract", () => {
  it("exits 0 when every document went through, with a summary line on stderr", async () => {
    const dir = tempTree({ "in/a.jsonl": `${good}\n` });
    const r = await sitrep(["extract", join(dir, "in"), "--out", join(dir, "out"), "--concurrency", "1"]);
    expect(r.stderr).toMatch(/^sitrep: 1 documents \(1 ok, 0 rejected\)/);
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, "out", "documents.csv"), "utf8")).toContain("g1");
  });

  it("exits 1 when some documents were rejected (as a process)", async () => {
    const dir = tempTree({ "a.jsonl": `${good}\n{oops\n` });
    const r = sitrepProcess(["extract", join(dir, "a.jsonl"), "--out", join(dir, "out"), "--quiet"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("");
    expect(readFileSync(join(dir, "out", "rejects.jsonl"), "utf8")).toContain("read:invalid-json");
  });

  it.each([
    [["extract"], /needs at least one input/],
    [["extract", "x", "--bogus"], /Unknown option '--bogus'/],
    [["extract", "x", "--lang", "de"], /--lang must be one of auto, /],
    [["extract", "x", "--published", "20/06/2021"], /YYYY-MM-DD/],
    [["extract", "x", "--concurrency", "0"], /positive integer/],
    [["extract", "x", "--format", "xml"], /--format takes/],
    [["extract", "-", "--format", "csv"], /CSV output needs --out/],
    [["frobnicate"], /unknown command "frobnicate"/],
    [["schema"], /schema needs --out/],
    [["eval"], /eval needs --gold/],
  ])("exits 2 with one line for a usage error: %j", async (args, message) => {
    const r = await sitrep(args as string[]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(oneLine(r.stderr)).toBe(true);
  });

  it("exits 3 with one line when an input does not exist (as a process)", async () => {
    const r = sitrepProcess(["extract", "/nonexistent/articles", "--out", join(tempTree(), "out")]);
    expect(r.code).toBe(3);
    expect(r.stderr).toBe("sitrep: input not found: /nonexistent/articles (ENOENT)\n");
  });

  it("exits 5 with one line when the output folder cannot be written", async () => {
    const dir = tempTree({ "a.jsonl": good, "blocker": "a file where the output folder should be" });
    const r = await sitrep(["extract", join(dir, "a.jsonl"), "--out", join(dir, "blocker", "out"), "--quiet"]);
    expect(r.code).toBe(5);
    expect(r.stderr).toMatch(/^sitrep: cannot write output: ENOTDIR/);
    expect(oneLine(r.stderr)).toBe(true);
  });

  it("takes user boilerplate entries from --boilerplate and refuses a bad file with exit 3", async () => {
    const user = { lines: [{ id: "user.promo", rule: "promo", match: "start", phrase: "Follow Test News" }] };
    const dir = tempTree({ "a.jsonl": `${good}\n`, "bp.json": JSON.stringify(user), "bad.json": '{"bogus":1}' });
    const ok = await sitrep(["extract", join(dir, "a.jsonl"), "--out", join(dir, "out"), "--boilerplate", join(dir, "bp.json"), "--quiet"]);
    expect(ok.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, "out", "manifest.json"), "utf8")).options.boilerplate).toBe(join(dir, "bp.json"));
    const bad = await sitrep(["extract", join(dir, "a.jsonl"), "--out", join(dir, "out2"), "--boilerplate", join(dir, "bad.json")]);
    expect(bad.code).toBe(3);
    expect(oneLine(bad.stderr)).toBe(true);
  });

  it("filters JSONL from stdin to tagged rows on stdout", async () => {
    const r = sitrepProcess(["extract", "-", "--quiet"], `${good}\nnot json\n`);
    const rows = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(rows.filter((x) => x.kind === "document").map((x) => [x.doc_id, x.status])).toEqual([["g1", "ok"], [expect.stringMatching(/^stdin-L2-/), "rejected"]]);
    expect(rows.some((x) => x.kind === "reject" && x.rule === "read:invalid-json")).toBe(true);
    expect(r.code).toBe(1);
  });
});

describe("sitrep validate / schema / help", () => {
  it("validate exits 0 on fresh outputs and 4 on a corrupted file", async () => {
    const dir = tempTree({ "a.jsonl": `${good}\n` });
    const out = join(dir, "out");
    expect((await sitrep(["extract", join(dir, "a.jsonl"), "--out", out, "--quiet"])).code).toBe(0);
    const ok = await sitrep(["validate", out]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain("all files valid");
    writeFileSync(join(out, "counts.jsonl"), '{"value":"many"}\n');
    const bad = await sitrep(["validate", out]);
    expect(bad.code).toBe(4);
    expect(bad.stdout).toMatch(/counts\.jsonl .* 1 problem/);
  });

  it("validate exits 3 when the folder does not exist", async () => {
    const r = await sitrep(["validate", "/nonexistent/out"]);
    expect(r.code).toBe(3);
    expect(oneLine(r.stderr)).toBe(true);
  });

  it("schema writes the JSON Schema files", async () => {
    const out = join(tempTree(), "schemas");
    const r = await sitrep(["schema", "--out", out]);
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(join(out, "event.schema.json"), "utf8")).title).toBe("event");
  });

  it("eval prints the table and writes eval.json", async () => {
    const gold = { id: "g", lang: "en", published: "2023-09-18", source: null, url: null, title: null, text: "Two soldiers were killed by a roadside bomb near Quetta on Monday.", events: [], counts: [{ value: 2, category: "killed", text: "Two soldiers" }] };
    const dir = tempTree({ "gold.jsonl": `${JSON.stringify(gold)}\n` });
    const r = await sitrep(["eval", "--gold", join(dir, "gold.jsonl"), "--out", join(dir, "out")]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/counts/);
    expect(JSON.parse(readFileSync(join(dir, "out", "eval.json"), "utf8")).documents).toHaveLength(1);
  });

  it("eval exits 3 with one line for an invalid gold file", async () => {
    const dir = tempTree({ "gold.jsonl": '{"id":"x"}\n' });
    const r = await sitrep(["eval", "--gold", join(dir, "gold.jsonl")]);
    expect(r.code).toBe(3);
    expect(oneLine(r.stderr)).toBe(true);
  });

  it("eval exits 3 with one line for a missing gold file", async () => {
    const r = await sitrep(["eval", "--gold", "/nonexistent/gold.jsonl"]);
    expect(r.code).toBe(3);
    expect(oneLine(r.stderr)).toBe(true);
  });

  it.each(["extract", "eval", "validate", "schema"])("%s --help prints usage and exits 0", async (command) => {
    const r = await sitrep([command, "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^Usage: sitrep ${command}`));
  });
});
