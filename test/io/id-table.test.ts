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
  });

  it("keeps IdRegistry's renaming of duplicates", () => {
    const r = new IdRegistry();
    expect(r.claim("a", "f#L1")).toEqual({ id: "a", note: null });
    expect(r.claim("a~2", "f#L2").id).toBe("a~2");
    expect(r.claim("a", "f#L3")).toEqual({ id: "a~3", note: 'read:duplicate-id: id "a" already used by f#L1; renamed to "a~3"' });
    expect(r.duplicates).toBe(1);
  });
});
