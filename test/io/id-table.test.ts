import { describe, expect, it } from "vitest";
import { IdTable } from "../../src/io/id-table.js";
import { IdRegistry } from "../../src/io/ids.js";

describe("IdTable", () => {
  it("maps ids to origins exactly, like a Map, through growth", () => {
    const table = new IdTable();
    const map = new Map<string, string>();
    const ids = ["a", "é", "", "a~2", "\uD800", "\uDC00x", "😀", "x".repeat(1000)];
    for (let i = 0; i < 5000; i++) ids.push(`doc-${i}`, `${i}`);
    ids.forEach((id, i) => {
      const origin = [`f.jsonl#L${i + 1}`, `dir/f${i}.txt`, "x#L0", "x#L01", "a#Lb", `y#L${4294967296 + i}`][i % 6];
      expect(table.has(id)).toBe(map.has(id));
      if (!map.has(id)) (table.set(id, origin), map.set(id, origin));
    });
    expect(table.size).toBe(map.size);
    for (const [id, origin] of map) expect(table.get(id)).toBe(origin);
    for (const id of ["b", "doc-5000", "\uD801", "x".repeat(999)]) expect(table.get(id)).toBeUndefined();
    table.close();
  });

  it("stays exact once its records are in a temporary file, through 32-bit hash collisions", () => {
    const table = new IdTable(4096);
    const n = 150_000; // ~2.6 pairs of ids with equal 32-bit hashes expected
    for (let i = 0; i < n; i++) table.set(`id-${i}`, `in.jsonl#L${i + 1}`);
    expect(table.size).toBe(n);
    for (let i = 0; i < n; i += 7) expect(table.get(`id-${i}`)).toBe(`in.jsonl#L${i + 1}`);
    for (let i = n; i < 2 * n; i++) expect(table.has(`id-${i}`)).toBe(false);
    expect(() => table.set("id-42", "x")).toThrow(/already present/);
    // "c693596" and "c1170850" have the same 32-bit hash: only their bytes tell them apart.
    table.set("c693596", "a.jsonl#L1");
    expect(table.get("c1170850")).toBeUndefined();
    table.set("c1170850", "b.txt");
    expect([table.get("c693596"), table.get("c1170850")]).toEqual(["a.jsonl#L1", "b.txt"]);
    table.close();
  });

  it("keeps its records in memory when no temporary folder is writable", () => {
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = "/nonexistent/sitrep-test";
    try {
      const table = new IdTable(1024);
      for (let i = 0; i < 2000; i++) table.set(`x${i}`, `f.jsonl#L${i + 1}`);
      expect([table.size, table.get("x1234"), table.get("x2000")]).toEqual([2000, "f.jsonl#L1235", undefined]);
      table.close();
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
    }
  });

  it("keeps IdRegistry's renaming of duplicates", () => {
    const r = new IdRegistry();
    expect(r.claim("a", "f#L1")).toEqual({ id: "a", note: null });
    expect(r.claim("a~2", "f#L2").id).toBe("a~2");
    expect(r.claim("a", "f#L3")).toEqual({ id: "a~3", note: 'read:duplicate-id: id "a" already used by f#L1; renamed to "a~3"' });
    expect(r.duplicates).toBe(1);
  });
});
