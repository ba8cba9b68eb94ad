import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { InputNotFoundError, listInputs } from "../../src/io/list-inputs.js";
import type { InputInfo, ReadItem } from "../../src/io/read-item.js";
import { readInputs } from "../../src/io/read-inputs.js";
import { bytes, collect, noInput, tempTree } from "./helpers.js";

const docs = (items: ReadItem[]) => items.flatMap((i) => (i.kind === "doc" ? [i.doc] : []));
const rejects = (items: ReadItem[]) => items.flatMap((i) => (i.kind === "reject" ? [i] : []));

async function readTree(files: Record<string, string | Uint8Array>, opts = {}) {
  const dir = tempTree(files);
  const inputs: InputInfo[] = [];
  const items = await collect(readInputs(await listInputs([dir]), { ...noInput, onInput: (i) => inputs.push(i), ...opts }));
  return { dir, items, inputs };
}

describe("listInputs", () => {
  it("walks folders recursively in name order, skipping hidden files, sidecars and other types", async () => {
    const dir = tempTree({ "b.txt": "b", "a/z.jsonl": "", "a/c.csv": "text\n", ".hidden.txt": "x", "b.meta.json": "{}", "notes.md": "x", "p.HTML": "<p>x</p>" });
    const files = await listInputs([dir]);
    expect(files.map((f) => [f.path.slice(dir.length + 1), f.kind])).toEqual([
      ["a/c.csv", "csv"],
      ["a/z.jsonl", "jsonl"],
      ["b.txt", "txt"],
      ["p.HTML", "html"],
    ]);
  });

  it("throws InputNotFoundError for a missing argument", async () => {
    await expect(listInputs(["/nonexistent/sitrep"])).rejects.toBeInstanceOf(InputNotFoundError);
  });
});

describe(".txt", () => {
  it("reads the text and its sidecar metadata", async () => {
    const meta = { id: "doc-1", url: "https://example.org/a", title: "T", source: "S", published: "2021-06-20T08:00:00Z", lang: "FR", extra: 1 };
    const { items, inputs } = await readTree({ "a.txt": "Une roquette.", "a.meta.json": JSON.stringify(meta) });
    expect(docs(items)).toEqual([
      { id: "doc-1", text: "Une roquette.", lang: "fr", published: "2021-06-20", url: "https://example.org/a", title: "T", source: "S", origin: expect.stringMatching(/a\.txt$/) },
    ]);
    expect(inputs.map((i) => i.path.replace(/.*\//, ""))).toEqual(["a.txt", "a.meta.json"]);
    expect(inputs[0].sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("derives a stable id from the file name and a hash of the text", async () => {
    const { items } = await readTree({ "my article.txt": "Some text." });
    expect(docs(items)[0].id).toMatch(/^my article-[0-9a-f]{8}$/);
    const again = await readTree({ "my article.txt": "Some text." });
    expect(docs(again.items)[0].id).toBe(docs(items)[0].id);
  });

  it.each([
    ["empty", "", "read:empty"],
    ["binary", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]), "read:binary"],
    ["invalid UTF-8", Buffer.from([0x61, 0xff, 0x62]), "read:invalid-utf8"],
  ])("rejects an %s file with a clear rule", async (_, content, rule) => {
    const { items } = await readTree({ "x.txt": content });
    expect(rejects(items)).toMatchObject([{ rule, docId: expect.stringMatching(/^x-[0-9a-f]{8}$/) }]);
  });

  it("rejects a file over --max-doc-bytes without reading it, but still hashes it", async () => {
    const { items, inputs } = await readTree({ "big.txt": "x".repeat(100), "ok.txt": "fine" }, { maxDocBytes: 50 });
    expect(rejects(items)).toMatchObject([{ rule: "read:too-large" }]);
    expect(docs(items)).toHaveLength(1);
    expect(inputs[0]).toMatchObject({ bytes: 100, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it("rejects a document whose sidecar is not JSON", async () => {
    const { items } = await readTree({ "a.txt": "text", "a.meta.json": "{nope" });
    expect(rejects(items)).toMatchObject([{ rule: "read:invalid-json" }]);
  });
});

describe(".jsonl", () => {
  const lines = [
    JSON.stringify({ id: "d1", text: "first", lang: "en", other: [1, 2] }),
    "{not json",
    "",
    JSON.stringify({ text: "no id here", published: "2020-01-02" }),
    JSON.stringify({ id: "d4" }),
    JSON.stringify({ id: "d5", text: 42 }),
    JSON.stringify({ id: "d6", text: "bad date", published: "20/06/2021" }),
    "[1,2]",
    JSON.stringify({ id: "d9", text: "last" }),
  ].join("\n");

  it("reads good lines around malformed ones, each with its line number", async () => {
    const { items } = await readTree({ "f.jsonl": lines });
    expect(items.map((i) => (i.kind === "doc" ? `doc ${i.doc.id} ${i.doc.origin.replace(/.*#/, "")}` : `${i.rule} ${i.origin.replace(/.*#/, "")}`))).toEqual([
      "doc d1 L1",
      "read:invalid-json L2",
      expect.stringMatching(/^doc f-L4-[0-9a-f]{8} L4$/),
      "read:missing-text L5",
      "read:bad-field-type L6",
      "read:bad-field-type L7",
      "read:invalid-json L8",
      "doc d9 L9",
    ]);
    expect(rejects(items).find((r) => r.rule === "read:missing-text")?.docId).toBe("d4");
  });

  it("reads JSONL from stdin, split across arbitrary chunks", async () => {
    const text = `${JSON.stringify({ id: "s1", text: "é" })}\n${JSON.stringify({ id: "s2", text: "b" })}\n`;
    const buf = Buffer.from(text);
    const stdin = bytes(buf.subarray(0, 15), buf.subarray(15, 16), buf.subarray(16));
    const items = await collect(readInputs(await listInputs(["-"]), { ...noInput, stdin }));
    expect(docs(items).map((d) => [d.id, d.text, d.origin])).toEqual([["s1", "é", "-#L1"], ["s2", "b", "-#L2"]]);
  });

  it("decodes a UTF-16 file with a BOM", async () => {
    const text = `${JSON.stringify({ id: "u", text: "Aïn al-Assad" })}\r\n`;
    const { items } = await readTree({ "u.jsonl": Buffer.from(`\uFEFF${text}`, "utf16le") });
    expect(docs(items)).toMatchObject([{ id: "u", text: "Aïn al-Assad" }]);
  });

  it("rejects a line over the size limit and goes on", async () => {
    const big = JSON.stringify({ id: "big", text: "x".repeat(500) });
    const { items } = await readTree({ "f.jsonl": `${big}\n${JSON.stringify({ id: "ok", text: "y" })}\n` }, { maxDocBytes: 100 });
    expect(items.map((i) => (i.kind === "doc" ? i.doc.id : i.rule))).toEqual(["read:too-large", "ok"]);
  });

  it("rejects invalid UTF-8 on one line only", async () => {
    const good = Buffer.from(`${JSON.stringify({ id: "a", text: "a" })}\n`);
    const bad = Buffer.concat([Buffer.from('{"id":"b","text":"'), Buffer.from([0xe9]), Buffer.from('"}\n')]);
    const { items } = await readTree({ "f.jsonl": Buffer.concat([good, bad, good]) });
    expect(items.map((i) => (i.kind === "doc" ? i.doc.id : i.rule))).toEqual(["a", "read:invalid-utf8", "a~2"]);
  });

  it("renames a repeated id with ~2 and a note", async () => {
    const { items } = await readTree({ "f.jsonl": `${JSON.stringify({ id: "x", text: "1" })}\n${JSON.stringify({ id: "x", text: "2" })}\n` });
    expect(items).toMatchObject([{ doc: { id: "x" } }, { doc: { id: "x~2" }, note: expect.stringContaining("read:duplicate-id") }]);
  });

  it("rejects a binary file and an empty file", async () => {
    const { items } = await readTree({ "a.jsonl": Buffer.from([0x50, 0x4b, 3, 4, 0, 0]), "b.jsonl": "" });
    expect(items.map((i) => (i.kind === "reject" ? i.rule : "doc"))).toEqual(["read:binary", "read:empty"]);
  });
});

describe(".csv", () => {
  it("reads rows by header name, with quoted line breaks and the line each record starts on", async () => {
    const csv = '\uFEFFid,Title,text,views\r\nc1,"A, title","line one\r\nline two",01234\r\n\r\n,,"second ""quoted"" text",5\r\n';
    const { items } = await readTree({ "f.csv": csv });
    expect(docs(items).map((d) => [d.id.replace(/-[0-9a-f]{8}$/, ""), d.title, d.text, d.origin.replace(/.*#/, "")])).toEqual([
      ["c1", "A, title", "line one\r\nline two", "L2"],
      ["f-L5", null, 'second "quoted" text', "L5"],
    ]);
  });

  it("reads semicolon-separated files", async () => {
    const { items } = await readTree({ "f.csv": "id;text\na;hello; world\n".replace("hello; world", '"hello; world"') });
    expect(docs(items)).toMatchObject([{ id: "a", text: "hello; world" }]);
  });

  it("rejects a file without a text column, once", async () => {
    const { items, inputs } = await readTree({ "f.csv": "id,body\n1,hello\n2,world\n" });
    expect(items).toMatchObject([{ kind: "reject", rule: "read:missing-text", reason: expect.stringContaining("id, body") }]);
    expect(inputs[0].sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("rejects a row with the wrong number of fields and goes on", async () => {
    const { items } = await readTree({ "f.csv": "id,text\na,one\nb,two,extra\nc,three\n" });
    expect(items.map((i) => (i.kind === "doc" ? i.doc.id : i.rule))).toEqual(["a", "read:invalid-csv", "c"]);
  });
});

describe(".html", () => {
  const page = `<!DOCTYPE html><html lang="fr-FR"><head><title>Attaque près de Gao</title>
    <meta property="article:published_time" content="2023-03-12T10:00:00Z"><meta property="og:site_name" content="Le Site"></head>
    <body><nav><a href="/">Accueil</a><a href="/monde">Monde</a></nav>
    <article><h1>Attaque près de Gao</h1>
    <p>Le camp militaire de Gao a été la cible de tirs d'obus dans la nuit de samedi à dimanche, selon l'armée malienne qui fait état de trois blessés.</p>
    <p>Une dizaine d'obus sont tombés dans l'enceinte du camp, a précisé une source sécuritaire, sans faire de victime parmi les militaires.</p></article>
    <div id="cookie-banner"><p>Nous utilisons des cookies.</p></div></body></html>`;

  it("keeps the headline and paragraphs, one per block, with the page metadata", async () => {
    const { items } = await readTree({ "p.html": page });
    const [doc] = docs(items);
    expect(doc).toMatchObject({ title: "Attaque près de Gao", lang: "fr", published: "2023-03-12", source: "Le Site" });
    expect(doc.text.split("\n\n")[0]).toBe("Attaque près de Gao");
    expect(doc.text).toContain("trois blessés.\n\nUne dizaine");
    expect(doc.text).not.toContain("Accueil");
  });

  it("rejects a page without text", async () => {
    const { items } = await readTree({ "p.html": "<html><body><nav>x</nav></body></html>" });
    expect(rejects(items)).toMatchObject([{ rule: "read:missing-text" }]);
  });
});

describe("unsupported files", () => {
  it("rejects an explicitly named file of another type", async () => {
    const dir = tempTree({ "a.pdf": "%PDF-1.4" });
    const items = await collect(readInputs(await listInputs([join(dir, "a.pdf")]), noInput));
    expect(items).toMatchObject([{ kind: "reject", rule: "read:unsupported-type" }]);
  });
});
