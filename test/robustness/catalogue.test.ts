/**
 * The catalogue of bad inputs (issue 7): each kind is written to a temp
 * folder, the whole folder goes through one run, and each kind asserts the
 * documented behaviour: a row in documents.csv with the status and the rule
 * (in `reason`), the same rule in rejects.jsonl, and the other documents
 * processed. docs/robustness.md lists the kinds and their behaviour.
 */
import { execFileSync } from "node:child_process";
import { chmodSync, closeSync, mkdirSync, openSync, readFileSync, symlinkSync, ftruncateSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";
import { run, type RunResult } from "../../src/io/run.js";
import { readInputs } from "../../src/io/read-inputs.js";
import { listInputs } from "../../src/io/list-inputs.js";
import { collect, noInput, tempTree } from "../io/helpers.js";
import { AR, BOILERPLATE_ONLY, EN, ES, FR, GZIP, jsonl, PNG, utf16be, utf16le, ZH, ZIP } from "./fixtures.js";

type Row = Record<string, string>;
/** One expected documents.csv row: origin relative to the folder (with #L for records), status, and the rule its reason starts with. */
type Expect = [origin: string, status: "ok" | "rejected", rule?: string | RegExp];
interface Kind {
  name: string;
  files?: Record<string, string | Uint8Array>;
  expect: Expect[];
  /** Extra assertions on the rows of this kind. */
  check?: (rows: Row[]) => void;
}

const MB = 1024 * 1024;
const LONG_LINE = (EN + " ").repeat(Math.ceil(2_000_000 / (EN.length + 1))).slice(0, 2_000_000);
const root = typeof process.getuid === "function" && process.getuid() === 0;

const KINDS: Kind[] = [
  { name: "empty file", files: { "empty.txt": "" }, expect: [["empty.txt", "rejected", "read:empty"]] },
  { name: "only white space", files: { "blank.txt": " \n\t \r\n  " }, expect: [["blank.txt", "rejected", "read:empty"]] },
  { name: "only control characters", files: { "controls.txt": "\u0001\u0002\u0007\u001b" }, expect: [["controls.txt", "rejected", "input:empty"]] },
  { name: "only punctuation", files: { "punct.txt": "!!! ??? ... --- *** ###" }, expect: [["punct.txt", "rejected", "input:no-words"]] },
  { name: "only boilerplate", files: { "boilerplate.txt": BOILERPLATE_ONLY }, expect: [["boilerplate.txt", "rejected", "boilerplate:only"]] },
  { name: "PNG image", files: { "png.txt": PNG }, expect: [["png.txt", "rejected", "read:binary"]] },
  { name: "ZIP archive", files: { "zip.txt": ZIP }, expect: [["zip.txt", "rejected", "read:binary"]] },
  { name: "GZIP as JSONL", files: { "gzip.jsonl": GZIP }, expect: [["gzip.jsonl", "rejected", "read:binary"]] },
  { name: "NUL bytes", files: { "nul.txt": Buffer.from(`${EN}\u0000\u0000${EN}`) }, expect: [["nul.txt", "rejected", "read:binary"]] },
  { name: "invalid UTF-8", files: { "bad-utf8.txt": Buffer.concat([Buffer.from(EN), Buffer.from([0xc3, 0x28, 0xff])]) }, expect: [["bad-utf8.txt", "rejected", "read:invalid-utf8"]] },
  {
    name: "Windows-1252 French text (rejected, with the fix named)",
    files: { "latin1.txt": Buffer.from(FR, "latin1") },
    expect: [["latin1.txt", "rejected", "read:invalid-utf8"]],
    check: ([r]) => expect(r.reason).toMatch(/Windows-1252.*iconv/),
  },
  { name: "UTF-16 LE with BOM", files: { "utf16le.txt": utf16le(EN) }, expect: [["utf16le.txt", "ok"]], check: ([r]) => expect(r.lang).toBe("en") },
  { name: "UTF-16 BE with BOM", files: { "utf16be.txt": utf16be(FR) }, expect: [["utf16be.txt", "ok"]], check: ([r]) => expect(r.lang).toBe("fr") },
  { name: "UTF-16 LE JSONL", files: { "utf16.jsonl": utf16le(jsonl({ id: "u16", text: ES })) }, expect: [["utf16.jsonl#L1", "ok"]] },
  {
    name: "mixed line endings",
    files: { "eol.txt": `${EN}\r\n\r\n${FR}\r${EN}\n\n\r\n${EN}` },
    expect: [["eol.txt", "ok"]],
    check: ([r]) => expect(Number(r.chars)).toBe(`${EN}\n\n${FR}\n${EN}\n\n\n${EN}`.length),
  },
  {
    name: "a 50 MB document over --max-doc-bytes (hashed, not read)",
    expect: [["big.txt", "rejected", "read:too-large"]],
    check: ([r]) => expect(r.reason).toMatch(/52428800 bytes, over the 5242880-byte limit/),
  },
  { name: "a 2,000,000-character line", files: { "long-line.txt": LONG_LINE }, expect: [["long-line.txt", "ok"]], check: ([r]) => expect(Number(r.chars)).toBe(2_000_000) },
  {
    name: "a JSONL line over --max-doc-bytes",
    files: { "huge-line.jsonl": jsonl({ id: "before", text: EN }, { id: "huge", text: "x".repeat(6 * MB) }, { id: "after", text: FR }) },
    expect: [["huge-line.jsonl#L1", "ok"], ["huge-line.jsonl#L2", "rejected", "read:too-large"], ["huge-line.jsonl#L3", "ok"]],
  },
  {
    name: "malformed JSONL lines among good ones",
    files: { "malformed.jsonl": jsonl({ id: "g1", text: EN }, "{broken", "[1,2]", '"a string"', "null", "{\"text\": \"unterminated}", { id: "g2", text: FR }) },
    expect: [
      ["malformed.jsonl#L1", "ok"],
      ["malformed.jsonl#L2", "rejected", "read:invalid-json"],
      ["malformed.jsonl#L3", "rejected", "read:invalid-json"],
      ["malformed.jsonl#L4", "rejected", "read:invalid-json"],
      ["malformed.jsonl#L5", "rejected", "read:invalid-json"],
      ["malformed.jsonl#L6", "rejected", "read:invalid-json"],
      ["malformed.jsonl#L7", "ok"],
    ],
  },
  {
    name: "JSONL with wrong field types",
    files: {
      "types.jsonl": jsonl({ id: "t1", text: 42 }, { id: { a: 1 }, text: EN }, { id: "t3", text: EN, published: 20210620 }, { id: "t4", text: EN, lang: ["en"] }, { id: "t5", text: EN, published: "2021-02-30" }, { id: "t6" }, { id: "t7", text: "   " }, { id: "t8", text: EN, title: null }),
    },
    expect: [
      ["types.jsonl#L1", "rejected", "read:bad-field-type"],
      ["types.jsonl#L2", "rejected", "read:bad-field-type"],
      ["types.jsonl#L3", "rejected", "read:bad-field-type"],
      ["types.jsonl#L4", "rejected", "read:bad-field-type"],
      ["types.jsonl#L5", "rejected", "read:bad-field-type"],
      ["types.jsonl#L6", "rejected", "read:missing-text"],
      ["types.jsonl#L7", "rejected", "read:missing-text"],
      ["types.jsonl#L8", "ok"],
    ],
  },
  {
    name: "JSONL nested 100,000 levels deep",
    files: { "deep.jsonl": `${"[".repeat(100_000)}${"]".repeat(100_000)}\n${JSON.stringify({ id: "after-deep", text: EN })}\n` },
    expect: [["deep.jsonl#L1", "rejected", "read:invalid-json"], ["deep.jsonl#L2", "ok"]],
  },
  {
    name: "JSONL with __proto__ (no prototype pollution)",
    files: { "proto.jsonl": `{"__proto__": {"text": "${EN}", "polluted": true}, "id": "proto"}\n{"constructor": {"prototype": {"polluted": true}}, "id": "ctor", "text": "${EN}"}\n` },
    expect: [["proto.jsonl#L1", "rejected", "read:missing-text"], ["proto.jsonl#L2", "ok"]],
    check: () => expect(({} as Record<string, unknown>).polluted).toBeUndefined(),
  },
  { name: "JSONL line of invalid UTF-8", files: { "utf8-line.jsonl": Buffer.concat([Buffer.from(jsonl({ id: "v1", text: EN })), Buffer.from([0x7b, 0xff, 0x7d, 0x0a]), Buffer.from(jsonl({ id: "v3", text: FR }))]) }, expect: [["utf8-line.jsonl#L1", "ok"], ["utf8-line.jsonl#L2", "rejected", "read:invalid-utf8"], ["utf8-line.jsonl#L3", "ok"]] },
  { name: "lone surrogates and control characters in JSON text", files: { "surrogates.jsonl": `{"id":"sur","text":"${EN} \\ud800 \\udfff \\u0000 \\u001b ${EN}"}\n` }, expect: [["surrogates.jsonl#L1", "ok"]] },
  { name: "empty JSONL file", files: { "empty.jsonl": "" }, expect: [["empty.jsonl", "rejected", "read:empty"]] },
  {
    name: "CSV with an unbalanced quote (one row lost, the rows after it read)",
    files: { "quote.csv": `id,text\nq1,"${EN}"\nq2,"an unclosed quote\nq3,"${FR}"\nq4,${ES.replace(/,/g, "")}\n` },
    expect: [["quote.csv#L2", "ok"], ["quote.csv#L3", "rejected", "read:invalid-csv"], ["quote.csv#L4", "ok"], ["quote.csv#L5", "ok"]],
  },
  { name: "CSV without a text column", files: { "notext.csv": "id,body\n1,hello\n2,world\n" }, expect: [["notext.csv#L1", "rejected", "read:missing-text"]] },
  {
    name: "CSV with extra columns",
    files: { "extra.csv": `id,text,views,extra\nx1,"${EN}",3,a\nx2,"${FR}",4,b,c,d\n` },
    expect: [["extra.csv#L2", "ok"], ["extra.csv#L3", "rejected", "read:invalid-csv"]],
  },
  {
    name: "HTML with scripts and event handlers (never run, never read as text)",
    files: {
      "script.html": `<html lang="en"><head><title>Raid</title><script>globalThis.pwned = 1; document.write("PWNED")</script></head><body onload="globalThis.pwned = 2"><article><p>${EN}</p><script>globalThis.pwned = 3</script><img src=x onerror="globalThis.pwned = 4"><p>${EN}</p></article></body></html>`,
    },
    expect: [["script.html", "ok"]],
    check: () => expect((globalThis as Record<string, unknown>).pwned).toBeUndefined(),
  },
  {
    name: "HTML nested 100,000 levels deep",
    files: { "deep.html": `<html><body>${"<div>".repeat(100_000)}<p>${EN}</p>${"</div>".repeat(100_000)}</body></html>` },
    expect: [["deep.html", "rejected", "read:html-too-deep"]],
  },
  {
    name: "HTML entity bomb",
    files: {
      "entities.html": `<!DOCTYPE html [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><html lang="en"><body><article><p>${EN}</p><p>${"&amp;&#x10FFFF;&#0;&#xD800;&b;&lt;".repeat(50_000)}</p><p>${EN}</p></article></body></html>`,
    },
    expect: [["entities.html", "ok"]],
  },
  { name: "HTML without text", files: { "notext.html": "<html><body><nav>x</nav></body></html>" }, expect: [["notext.html", "rejected", "read:missing-text"]] },
  { name: "Arabic text", files: { "arabic.txt": AR }, expect: [["arabic.txt", "rejected", "language:unsupported"]], check: ([r]) => expect(r.reason).toMatch(/Arabic script/) },
  { name: "Chinese text", files: { "chinese.txt": ZH }, expect: [["chinese.txt", "rejected", "language:unsupported"]], check: ([r]) => expect(r.reason).toMatch(/Han script/) },
  {
    name: "duplicate document ids",
    files: { "dups.jsonl": jsonl({ id: "same", text: EN }, { id: "same", text: FR }, { id: "same", text: ES }) },
    expect: [["dups.jsonl#L1", "ok"], ["dups.jsonl#L2", "ok", "read:duplicate-id"], ["dups.jsonl#L3", "ok", "read:duplicate-id"]],
    check: (rows) => expect(rows.map((r) => r.doc_id)).toEqual(["same", "same~2", "same~3"]),
  },
  { name: "sidecar that is not JSON", files: { "side.txt": EN, "side.meta.json": "{nope" }, expect: [["side.txt", "rejected", "read:invalid-json"]] },
  { name: "sidecar with a wrong type", files: { "side2.txt": EN, "side2.meta.json": JSON.stringify({ published: 12 }) }, expect: [["side2.txt", "rejected", "read:bad-field-type"]] },
  { name: "a folder named like a file", files: { "folder.txt/inner.txt": FR }, expect: [["folder.txt/inner.txt", "ok"]] },
  { name: "a symlink loop between folders (entered once)", files: { "loop/a.txt": ES }, expect: [["loop/a.txt", "ok"]] },
  { name: "a symlink to itself", expect: [["self.txt", "rejected", "read:unreadable"]], check: ([r]) => expect(r.reason).toMatch(/symlink loop/) },
  { name: "a dangling symlink", expect: [["dangling.txt", "rejected", "read:unreadable"]], check: ([r]) => expect(r.reason).toMatch(/dangling symlink/) },
  { name: "a FIFO (would block a reader)", expect: [["fifo.jsonl", "rejected", "read:unreadable"]], check: ([r]) => expect(r.reason).toMatch(/FIFO/) },
  { name: "an explicitly named file of another type", expect: [["../other.pdf", "rejected", "read:unsupported-type"]] },
];

const UNREADABLE: Kind = { name: "a file without read permission", files: { "locked.txt": EN }, expect: [["locked.txt", "rejected", "read:unreadable"]] };
if (!root) KINDS.push(UNREADABLE);

let dir = "";
let rows: Row[] = [];
let rejects: Record<string, unknown>[] = [];
let result: RunResult;

beforeAll(async () => {
  const base = tempTree({ "other.pdf": "%PDF-1.4" });
  dir = join(base, "in");
  mkdirSync(dir);
  for (const k of KINDS) for (const [name, content] of Object.entries(k.files ?? {})) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  // A 50 MB file without writing 50 MB: sparse.
  const fd = openSync(join(dir, "big.txt"), "w");
  ftruncateSync(fd, 50 * MB);
  closeSync(fd);
  symlinkSync("..", join(dir, "loop/up"));
  symlinkSync("self.txt", join(dir, "self.txt"));
  symlinkSync("nowhere.txt", join(dir, "dangling.txt"));
  execFileSync("mkfifo", [join(dir, "fifo.jsonl")]);
  if (!root) chmodSync(join(dir, "locked.txt"), 0);
  const out = join(base, "out");
  result = await run({ inputs: [dir, join(base, "other.pdf")], out, formats: ["jsonl", "csv"], lang: "auto", published: null, concurrency: 1, maxDocBytes: 5 * MB, deterministic: true });
  rows = Papa.parse<Row>(readFileSync(join(out, "documents.csv"), "utf8").replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true }).data;
  rejects = readFileSync(join(out, "rejects.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l));
}, 120_000);

const rel = (origin: string) => relative(dir, origin);

describe("catalogue of bad inputs", () => {
  it(`has at least 30 kinds (${KINDS.length})`, () => expect(KINDS.length).toBeGreaterThanOrEqual(30));

  it("accounts for every record once: one documents.csv row each, no other rows", () => {
    const expected = KINDS.flatMap((k) => k.expect.map(([o]) => o)).sort();
    expect(rows.map((r) => rel(r.origin)).sort()).toEqual(expected);
    expect(result.documents.total).toBe(expected.length);
    expect(new Set(rows.map((r) => r.doc_id)).size).toBe(rows.length);
  });

  it.each(KINDS.map((k) => [k.name, k] as const))("%s", (_, kind) => {
    const mine = kind.expect.map(([origin, status, rule]) => {
      const row = rows.find((r) => rel(r.origin) === origin);
      expect(row, origin).toBeDefined();
      expect(row!.status, origin).toBe(status);
      if (rule) expect(row!.reason, origin).toMatch(rule instanceof RegExp ? rule : new RegExp(`^${rule}`));
      else expect(row!.reason, origin).toBe("");
      if (status === "rejected") {
        const rej = rejects.find((r) => r.doc_id === row!.doc_id && r.record === "document");
        expect(rej, origin).toMatchObject({ rule: typeof rule === "string" ? rule : expect.any(String), origin: row!.origin });
        expect(String(rej!.reason).length).toBeGreaterThan(5);
      }
      return row!;
    });
    kind.check?.(mine);
  });

  it("reads the script page without its scripts", async () => {
    const items = await collect(readInputs(await listInputs([join(dir, "script.html")]), noInput));
    const doc = items.find((i) => i.kind === "doc");
    expect(doc?.kind === "doc" && doc.doc.text).toContain("Gunmen killed 12 villagers");
    expect(doc?.kind === "doc" && doc.doc.text).not.toMatch(/pwned|PWNED/);
  });
});
