import { describe, expect, it } from "vitest";
import { decodeBytes } from "../../src/io/decode.js";

const utf16 = (text: string, be: boolean) => {
  const le = Buffer.from(`\uFEFF${text}`, "utf16le");
  if (be) for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return le;
};

describe("decodeBytes", () => {
  it.each([
    ["plain UTF-8", Buffer.from("Aïn al-Assad"), "Aïn al-Assad"],
    ["UTF-8 with BOM (stripped)", Buffer.from("\uFEFFAïn al-Assad"), "Aïn al-Assad"],
    ["UTF-16 LE with BOM", utf16("Aïn al-Assad", false), "Aïn al-Assad"],
    ["UTF-16 BE with BOM", utf16("Aïn al-Assad", true), "Aïn al-Assad"],
  ])("%s", (_, bytes, text) => {
    expect(decodeBytes(bytes)).toBe(text);
  });

  it.each([
    ["empty file", Buffer.alloc(0), "read:empty"],
    ["only white space", Buffer.from(" \n\t\n"), "read:empty"],
    ["PNG magic", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2]), "read:binary"],
    ["ZIP magic", Buffer.from([0x50, 0x4b, 0x03, 0x04, 20, 0]), "read:binary"],
    ["NUL bytes", Buffer.from("abc\u0000def"), "read:binary"],
    ["invalid UTF-8 (Latin-1 é)", Buffer.from([0x41, 0xef, 0xe9, 0x42]), "read:invalid-utf8"],
    ["truncated UTF-8 sequence", Buffer.from([0x41, 0xc3]), "read:invalid-utf8"],
  ])("%s is refused", (_, bytes, rule) => {
    expect(decodeBytes(bytes)).toMatchObject({ rule });
  });

  it("says where invalid UTF-8 starts", () => {
    expect(decodeBytes(Buffer.from([0x41, 0x42, 0xe9, 0x43]))).toMatchObject({ reason: expect.stringContaining("byte 2") });
  });
});
